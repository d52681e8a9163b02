package org.ejournal.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.Violation;
import org.ejournal.core.ViolationCodes;
import org.ejournal.core.command.Command;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolId;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of the journal (the permitted types of the sealed {@link Command}) has a valid and at
 * least one invalid generator; valid commands pass the library's Bean Validation, and each invalid one
 * is rejected by the journal with a violation {@code EJ1100} that concerns the field it names, while
 * the journal records nothing.
 */
class EveryCommandHasGeneratorsTest {

    /** The library's configuration: Hibernate Validator without EL, the journal's clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-05T00:00:00Z"), ZoneId.of("UTC"));
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).clockProvider(() -> CLOCK)
            .buildValidatorFactory().getValidator();
    private static final Actor INSTALLER = Actor.system("installer");

    static Stream<Class<?>> commandTypes() {
        return Stream.of(Command.class.getPermittedSubclasses());
    }

    private static Journal emptyJournal() {
        School school = School.builder().id(SchoolId.of("gen-school")).name("МБОУ «Школа генераторов»")
                .zone(ZoneId.of("Asia/Kamchatka")).build();
        return Journal.builder().school(school).clock(CLOCK).build();
    }

    @Test
    void every_permitted_command_type_has_generators() {
        assertThat(Command.class.getPermittedSubclasses()).hasSize(35);
        Set<Class<?>> generated = new java.util.HashSet<>(Commands.types());
        assertThat(generated).isEqualTo(Set.of(Command.class.getPermittedSubclasses()));
        List<String> withoutInvalid = new ArrayList<>();
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            if (Commands.invalidShapes(type.asSubclass(Command.class)).isEmpty()) {
                withoutInvalid.add(type.getSimpleName());
            }
        }
        assertThat(withoutInvalid).as("command types without an invalid generator").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commandTypes")
    void valid_commands_pass_bean_validation_and_the_journals_validation(Class<?> type) {
        Journal journal = emptyJournal();
        for (Command c : Commands.valid(type.asSubclass(Command.class)).sample(type.getName().hashCode(), 60)) {
            assertThat(c).isInstanceOf(type);
            Set<ConstraintViolation<Command>> found = VALIDATOR.validate(c);
            assertThat(found).as("%s", c).isEmpty();
            Outcome outcome = journal.execute(INSTALLER, c);
            assertThat(outcome.violations()).as("%s", c).noneMatch(v -> v.code().startsWith("EJ10")
                    || v.code().equals(ViolationCodes.INVALID_VALUE));
        }
    }

    @ParameterizedTest
    @MethodSource("commandTypes")
    void each_invalid_shape_is_rejected_with_a_coded_violation_naming_its_field(Class<?> type) {
        Class<? extends Command> commandType = type.asSubclass(Command.class);
        Journal journal = emptyJournal();
        Set<String> shapes = Commands.invalidShapes(commandType);
        assertThat(shapes).isNotEmpty();
        for (String shape : shapes) {
            String field = shape.substring(0, shape.indexOf(" @"));
            String constraint = shape.substring(shape.indexOf(" @") + 2);
            for (InvalidCommand invalid : Commands.invalid(commandType, field, constraint).sample(shape.hashCode(), 3)) {
                assertThat(invalid.field()).isEqualTo(field);
                assertThat(invalid.constraint()).isEqualTo(constraint);
                assertThat(VALIDATOR.validate(invalid.command()))
                        .as(invalid.breaks())
                        .anyMatch(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                                .equals(constraint));
                long before = journal.size();
                Outcome outcome = journal.execute(INSTALLER, invalid.command());
                assertThat(outcome).as(invalid.breaks()).isInstanceOf(Outcome.Rejected.class);
                List<Violation> violations = outcome.violations();
                assertThat(violations).as(invalid.toString())
                        .anyMatch(v -> v.code().equals(ViolationCodes.INVALID_VALUE)
                                && v.concerns().equals(type.getSimpleName() + "." + field));
                assertThat(journal.size()).isEqualTo(before);
            }
        }
    }

    /**
     * Each invalid shape breaks its constraint alone, except where that cannot be: the only other
     * violation allowed is the cross-field check of the same value ({@code grades.from @Max} is also
     * {@code grades.ordered @AssertTrue}).
     */
    @Test
    void each_invalid_shape_breaks_nothing_else() {
        int shapes = 0;
        for (Class<? extends Command> type : Commands.types()) {
            for (String shape : Commands.invalidShapes(type)) {
                shapes++;
                String field = shape.substring(0, shape.indexOf(" @"));
                String constraint = shape.substring(shape.indexOf(" @") + 2);
                String parent = field.contains(".") ? field.substring(0, field.lastIndexOf('.') + 1) : "";
                for (InvalidCommand invalid : Commands.invalid(type, field, constraint).sample(shape.hashCode(), 3)) {
                    List<String> found = VALIDATOR.validate(invalid.command()).stream()
                            .map(v -> rendered(v.getPropertyPath()) + " @"
                                    + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                            .toList();
                    assertThat(found).as(invalid.toString()).contains(field + " @" + constraint)
                            .allMatch(f -> f.equals(field + " @" + constraint) || f.equals(parent + "ordered @AssertTrue"));
                }
            }
        }
        assertThat(shapes).as("invalid shapes over all commands").isGreaterThan(200);
    }

    /** The path as the library renders it: an element of a collection is {@code name[]} or {@code name[0]}. */
    private static String rendered(jakarta.validation.Path path) {
        return path.toString().replaceAll("\\.<[a-z ]+ element>", "");
    }

    @Test
    void the_invalid_shapes_include_every_kind_of_constraint() {
        Set<String> kinds = new java.util.TreeSet<>();
        for (Class<? extends Command> type : Commands.types()) {
            Commands.invalidShapes(type).forEach(s -> kinds.add(s.substring(s.indexOf(" @") + 2)));
        }
        assertThat(kinds).contains("NotNull", "NotBlank", "NotEmpty", "Size", "Min", "Max", "DecimalMin",
                "DecimalMax", "Pattern", "Email", "Past", "AssertTrue");
    }
}
