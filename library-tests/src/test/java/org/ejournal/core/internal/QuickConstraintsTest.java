package org.ejournal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import jakarta.validation.BootstrapConfiguration;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.executable.ExecutableType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejournal.core.FixtureUniverse;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.RecordMark;
import org.ejournal.testkit.gen.Attempt;
import org.ejournal.testkit.gen.Commands;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * The quick check of the library's own validator: where it models a class, it holds exactly when the
 * validator finds no violation; where it does not, it never holds; and the library's validation gives
 * the same violations with it as the validator alone, over random commands (valid and broken ones) that
 * the test kit's {@link Commands#over} draws over {@link org.ejournal.core.SchoolFixture}'s school.
 * That each broken constraint of every command makes it not hold is in {@code CommandConstraintsTest}.
 */
class QuickConstraintsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-05T00:00:00Z"), ZoneOffset.UTC);
    private final Validator validator = CommandValidation.defaultValidator(CLOCK);
    private final QuickConstraints quick = new QuickConstraints(validator);

    /** Every kind of constraint the quick check models, on fields of every type it models them on. */
    public record Modelled(@NotNull String id, @NotBlank @Size(max = 3) String name, @NotEmpty String code,
            @Size(min = 1, max = 2) List<String> tags, @NotEmpty Set<String> roles, @Min(1) @Max(11) int grade,
            @Min(-2) @Max(2) Long weight, @Valid Inner inner, @NotNull @Valid Inner required) {
    }

    /** A cascaded record with its own constraints. */
    public record Inner(@NotNull String scale, @NotBlank @Size(min = 2, max = 4) String symbol) {
    }

    /** A constraint read through a getter: not modelled. */
    public record WithGetter(@NotNull String from, @NotNull String to) {
        @AssertTrue(message = "ordered")
        public boolean isOrdered() {
            return from == null || to == null || from.compareTo(to) <= 0;
        }
    }

    /** A kind of constraint the quick check does not model. */
    public record WithPattern(@NotNull @jakarta.validation.constraints.Email String id) {
    }

    /** Patterns, with and without flags. */
    public record Patterned(@Pattern(regexp = "[a-z0-9-]{1,5}") String code,
            @Pattern(regexp = "ab+c", flags = {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.COMMENTS}) String word) {
    }

    /** A constraint on container elements. */
    public record WithElements(@NotNull List<@NotNull String> items) {
    }

    /** A constraint of another group than the default one. */
    public record WithGroup(@NotNull(groups = Extra.class) String id) {
    }

    /** A group. */
    public interface Extra {
    }

    /** A redefined default group sequence. */
    @GroupSequence({WithSequence.class, Extra.class})
    public record WithSequence(@NotNull String id, @NotNull(groups = Extra.class) String other) {
    }

    /** A cascade into a list. */
    public record WithCascadedList(@Valid List<Inner> inners) {
    }

    /** A cascade into a class the quick check does not model. */
    public record WithUnmodelledInside(@NotNull @Valid WithPattern inside) {
    }

    /** A cascade that could go on for ever: asks the validator past the depth limit. */
    public record Chain(@NotNull String name, @Valid Chain next) {
    }

    @Test
    void where_it_models_a_class_it_holds_exactly_when_the_validator_finds_nothing() {
        assertThat(quick.models(Modelled.class)).isTrue();
        assertThat(quick.models(Inner.class)).isTrue();
        List<Inner> inners = Arrays.asList(null, new Inner("five", "4"), new Inner("five", "45"),
                new Inner(null, "45"), new Inner("five", " \t "), new Inner("five", "12345"), new Inner("five", "1234"));
        List<String> texts = Arrays.asList(null, "", " ", "\u2003", "a", "abc", "abcd");
        List<List<String>> lists = Arrays.asList(null, List.of(), List.of("a"), List.of("a", "b"),
                List.of("a", "b", "c"));
        List<Set<String>> sets = Arrays.asList(null, Set.of(), Set.of("x"));
        int[] grades = {Integer.MIN_VALUE, 0, 1, 11, 12};
        List<Long> weights = Arrays.asList(null, -3L, -2L, 2L, 3L, Long.MAX_VALUE);
        int checked = 0;
        int valid = 0;
        for (String t : texts) {
            for (List<String> l : lists) {
                for (Set<String> s : sets) {
                    for (int g : grades) {
                        for (Long w : weights) {
                            for (Inner i : inners) {
                                Modelled m = new Modelled(t, t, t, l, s, g, w, i, i);
                                Modelled other = new Modelled("id", t, "c", l, s, g, w, i, new Inner("x", "ab"));
                                for (Modelled bean : List.of(m, other)) {
                                    boolean empty = validator.validate(bean).isEmpty();
                                    assertThat(quick.holds(bean)).as("%s", bean).isEqualTo(empty);
                                    checked++;
                                    valid += empty ? 1 : 0;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(valid).as("valid beans among %s", checked).isGreaterThan(50).isLessThan(checked / 2);
    }

    @Test
    void a_pattern_holds_exactly_when_the_validator_finds_the_whole_text_matches() {
        assertThat(quick.models(Patterned.class)).isTrue();
        List<String> texts = Arrays.asList(null, "", "abc", "a-1", "abcdef", "ABC", "a b c", "abbbc", "AbBc",
                "ab c", "xabc", "abc\n");
        for (String code : texts) {
            for (String word : texts) {
                Patterned bean = new Patterned(code, word);
                assertThat(quick.holds(bean)).as("%s", bean).isEqualTo(validator.validate(bean).isEmpty());
            }
        }
    }

    @Test
    void where_it_does_not_model_a_class_it_never_holds() {
        List<Object> unmodelled = List.of(new WithGetter("a", "b"), new WithPattern("a@example.ru"),
                new WithElements(List.of("a")), new WithGroup("a"), new WithSequence("a", "b"),
                new WithCascadedList(List.of(new Inner("x", "ab"))), new WithUnmodelledInside(new WithPattern("a@example.ru")),
                new Object(), "text", List.of());
        for (Object bean : unmodelled) {
            assertThat(validator.validate(bean)).as("%s is valid", bean).isEmpty();
            assertThat(quick.holds(bean)).as("%s", bean).isFalse();
        }
        assertThat(quick.models(WithGetter.class)).isFalse();
        assertThat(quick.models(WithPattern.class)).isFalse();
        assertThat(quick.models(WithElements.class)).isFalse();
        assertThat(quick.models(WithGroup.class)).isFalse();
        assertThat(quick.models(WithSequence.class)).isFalse();
        assertThat(quick.models(WithCascadedList.class)).isFalse();
        assertThat(quick.models(WithUnmodelledInside.class)).as("its own fields are modelled").isTrue();
    }

    @Test
    void a_cascade_deeper_than_the_limit_asks_the_validator() {
        Chain shallow = null;
        for (int i = 0; i <= QuickConstraints.MAX_DEPTH; i++) {
            shallow = new Chain("c" + i, shallow);
        }
        Chain deep = new Chain("too deep", shallow);
        assertThat(validator.validate(deep)).isEmpty();
        assertThat(quick.holds(shallow)).isTrue();
        assertThat(quick.holds(deep)).isFalse();
    }

    @Test
    void only_a_plain_configuration_is_modelled() {
        assertThat(QuickConstraints.isPlain(new Bootstrap(Map.of(), Set.of(), null))).isTrue();
        assertThat(QuickConstraints.isPlain(new Bootstrap(Map.of("hibernate.validator.fail_fast", "true"), Set.of(),
                null))).isFalse();
        assertThat(QuickConstraints.isPlain(new Bootstrap(Map.of(), Set.of("META-INF/constraints.xml"), null)))
                .isFalse();
        assertThat(QuickConstraints.isPlain(new Bootstrap(Map.of(), Set.of(), "com.example.Factory"))).isFalse();
        assertThat(CommandValidation.quickConstraints()).as("the library's own validator here is plain").isNotNull();
    }

    @Test
    void the_commands_recorded_most_often_are_modelled() {
        QuickConstraints library = CommandValidation.quickConstraints();
        for (String name : List.of("RecordMark", "CorrectMark", "CancelMark", "RecordAttendance", "CorrectAttendance",
                "AssignTask", "AssignHomework", "CorrectLesson", "RecordPeriodMark")) {
            assertThat(library.models(org.ejournal.core.codec.EventCodec.commandType(name).orElseThrow()))
                    .as(name).isTrue();
        }
        assertThat(library.models(RecordMark.class)).isTrue();
    }

    @Test
    void the_library_validation_gives_what_the_validator_alone_gives_for_random_commands() {
        CommandValidation withQuickCheck = CommandValidation.library(CLOCK);
        CommandValidation validatorAlone = new CommandValidation(validator);
        int[] quickly = {0};
        int[] total = {0};
        qt().withFixedSeed(20261128L).withExamples(3000).withShrinkCycles(200)
                .forAll(QuickTheoriesGens.of(Commands.over(FixtureUniverse.of()).map(Attempt::command)))
                .checkAssert(command -> {
                    assertThat(withQuickCheck.validate(command)).isEqualTo(validatorAlone.validate(command));
                    total[0]++;
                    quickly[0] += CommandValidation.quickConstraints().holds(command) ? 1 : 0;
                });
        assertThat(quickly[0]).as("commands the quick check answered, of %s", total[0]).isGreaterThan(total[0] / 10);
    }

    /** A bootstrap configuration as a {@code META-INF/validation.xml} could give it. */
    private record Bootstrap(Map<String, String> properties, Set<String> mappings, String factory)
            implements BootstrapConfiguration {
        @Override
        public String getDefaultProviderClassName() {
            return null;
        }

        @Override
        public String getConstraintValidatorFactoryClassName() {
            return factory;
        }

        @Override
        public String getMessageInterpolatorClassName() {
            return null;
        }

        @Override
        public String getTraversableResolverClassName() {
            return null;
        }

        @Override
        public String getParameterNameProviderClassName() {
            return null;
        }

        @Override
        public String getClockProviderClassName() {
            return null;
        }

        @Override
        public Set<String> getValueExtractorClassNames() {
            return Set.of();
        }

        @Override
        public Set<String> getConstraintMappingResourcePaths() {
            return mappings;
        }

        @Override
        public boolean isExecutableValidationEnabled() {
            return true;
        }

        @Override
        public Set<ExecutableType> getDefaultValidatedExecutableTypes() {
            return Set.of(ExecutableType.IMPLICIT);
        }

        @Override
        public Map<String, String> getProperties() {
            return properties;
        }
    }
}
