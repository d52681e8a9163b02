package org.ejournal.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.ZoneId;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.ViolationCodes;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolId;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The test kit's generators drive QuickTheories through the adapter, and QuickTheories shrinks their draws. */
class QuickTheoriesAdapterTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void valid_commands_through_the_adapter_pass_bean_validation() {
        qt().withFixedSeed(20260901L).withExamples(150)
                .forAll(QuickTheoriesGens.of(Commands.anyValid()))
                .check(c -> VALIDATOR.validate(c).isEmpty());
    }

    @Test
    void invalid_commands_through_the_adapter_break_their_named_constraint() {
        qt().withFixedSeed(20260902L).withExamples(100)
                .forAll(QuickTheoriesGens.of(Commands.anyInvalid()))
                .check(i -> VALIDATOR.validate(i.command()).stream().anyMatch(v -> v.getConstraintDescriptor()
                        .getAnnotation().annotationType().getSimpleName().equals(i.constraint())));
    }

    @Test
    void the_journal_rejects_every_invalid_command_with_ej1100_and_records_nothing() {
        School school = School.builder().id(SchoolId.of("qt-school")).name("МБОУ «Школа свойств»")
                .zone(ZoneId.of("Asia/Kamchatka")).build();
        Journal journal = Journal.builder().school(school).build();
        Actor installer = Actor.system("installer");
        qt().withFixedSeed(20260903L).withExamples(200)
                .forAll(QuickTheoriesGens.of(Commands.anyInvalid()))
                .check(i -> journal.execute(installer, i.command()).violations().stream()
                        .anyMatch(v -> v.code().equals(ViolationCodes.INVALID_VALUE) && v.concerns()
                                .equals(i.command().commandName() + "." + i.field()))
                        && journal.size() == 0);
    }

    @Test
    void a_failing_property_shrinks_to_the_simplest_mark() {
        // "no mark is a 5" is false; the draws shrink towards the first option of each choice
        assertThatThrownBy(() -> qt().withFixedSeed(1L).withExamples(100)
                .forAll(QuickTheoriesGens.of(Commands.valid(RecordMark.class)))
                .check(m -> !m.value().symbol().equals("5")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("falsified")
                .hasMessageContaining("RecordMark[task=t-1, student=s-1, value=5]");
    }

    @Test
    void the_adapter_keeps_bounds() {
        qt().withFixedSeed(3L).withExamples(200).forAll(QuickTheoriesGens.of(Gen.ints(-3, 3)))
                .check(i -> i >= -3 && i <= 3);
        assertThat(QuickTheoriesGens.of(Gen.constant("x"))).isNotNull();
    }
}
