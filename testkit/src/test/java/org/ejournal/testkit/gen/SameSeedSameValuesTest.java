package org.ejournal.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generators are deterministic: the same seed gives the same values; the combinators keep their bounds. */
class SameSeedSameValuesTest {

    private static final Map<String, Gen<?>> VALUES = Map.ofEntries(
            Map.entry("studentIds", Values.studentIds()), Map.entry("personNames", Values.personNames()),
            Map.entry("marks", Values.marks()), Map.entry("attendanceCodes", Values.attendanceCodes()),
            Map.entry("schoolDays", Values.schoolDays()), Map.entry("orderRefs", Values.orderRefs()),
            Map.entry("contacts", Values.contacts()), Map.entry("schoolCalendars", Values.schoolCalendars()),
            Map.entry("thematicPlans", Values.thematicPlans()), Map.entry("anyValid", Commands.anyValid()),
            Map.entry("anyInvalid", Commands.anyInvalid()));

    @Test
    void same_seed_gives_the_same_values_and_another_seed_others() {
        VALUES.forEach((name, gen) -> {
            assertThat(gen.sample(42, 50)).as(name).isEqualTo(gen.sample(42, 50));
        });
        assertThat(Commands.anyValid().sample(1, 50)).isNotEqualTo(Commands.anyValid().sample(2, 50));
        // the invalid commands say the same broken constraints, too
        assertThat(Commands.anyInvalid().sample(7, 50).stream().map(InvalidCommand::breaks).toList())
                .isEqualTo(Commands.anyInvalid().sample(7, 50).stream().map(InvalidCommand::breaks).toList());
    }

    @Test
    void days_stay_within_the_school_year() {
        assertThat(Values.schoolDays().sample(3, 2000))
                .allMatch(d -> !d.isBefore(Values.YEAR_FIRST) && !d.isAfter(Values.YEAR_LAST))
                .contains(Values.YEAR_FIRST);
        LocalDate first = LocalDate.of(2027, 1, 11);
        assertThat(Values.days(first, first).sample(3, 10)).containsOnly(first);
    }

    @Test
    void marks_cover_every_scale() {
        assertThat(Values.marks().sample(5, 500).stream().map(m -> m.scale().value()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("five-point", "pass-fail", "special");
        assertThat(Values.fivePointMarks().sample(5, 500).stream().map(m -> m.symbol()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5");
    }

    @Test
    void values_the_rules_reject_are_outside_the_valid_ones() {
        List<String> known = Values.attendanceCodes().sample(4, 100);
        assertThat(Values.unknownAttendanceCodes().sample(4, 100)).doesNotContainAnyElementsOf(known);
        assertThat(Values.marksOffTheirScale().sample(4, 200))
                .noneMatch(m -> org.ejournal.core.model.FivePoint.SCALE.contains(m));
        assertThat(Values.daysOutsideTheSchoolYear().sample(4, 200))
                .allMatch(d -> d.isBefore(Values.YEAR_FIRST) || d.isAfter(Values.YEAR_LAST));
    }

    @Test
    void combinators_keep_their_bounds() {
        assertThat(Gen.ints(-2, 2).sample(9, 500)).allMatch(i -> i >= -2 && i <= 2).contains(-2, 2);
        assertThat(Gen.listOf(Gen.ints(0, 9), 1, 3).sample(9, 200)).allMatch(l -> l.size() >= 1 && l.size() <= 3);
        assertThat(Gen.frequency(Gen.weighted(1, Gen.constant("a")), Gen.weighted(3, Gen.constant("b")))
                .sample(9, 400).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .hasEntrySatisfying("b", n -> assertThat(n).isGreaterThan(200));
        assertThat(Gen.oneOf(Gen.constant(1), Gen.constant(2)).map(i -> i * 10).sample(9, 100)).containsOnly(10, 20);
        assertThat(Gen.ints(1, 3).flatMap(n -> Gen.listOf(Gen.constant("x"), n, n)).sample(9, 50))
                .allMatch(l -> !l.isEmpty() && l.size() <= 3);
        assertThatThrownBy(() -> Gen.ints(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.elements(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
