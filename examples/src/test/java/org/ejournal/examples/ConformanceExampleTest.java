package org.ejournal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejournal.testkit.conformance.Mismatch;
import org.junit.jupiter.api.Test;

class ConformanceExampleTest {

    @Test
    void the_library_passes_the_suite_and_a_journal_without_entry_deadlines_is_caught_at_those_rules() {
        ConformanceExample.Result r = ConformanceExample.run();

        assertThat(r.library().isConformant()).as(r.library().describe()).isTrue();
        assertThat(r.library().scenarios()).isGreaterThanOrEqualTo(40);
        assertThat(r.vendor().isConformant()).isFalse();
        assertThat(r.vendor().mismatches()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.toString()).containsAnyOf("LessonsAreEnteredOnTheirDay",
                        "AbsencesAreEnteredOnTheLessonDay", "HomeworkIsEnteredInTime", "MarksAreEnteredWithinTheDeadline",
                        "EJ2200", "EJ2201", "EJ2202", "EJ2203", "EJ2204", "EJ2205", "EJ2206", "EJ2210", "EJ2211",
                        "EJ2215", "EJ2216", "EJ2217"));
        assertThat(r.vendor().mismatches().stream().map(Mismatch::toString)).anyMatch(s -> s.contains("EJ2215"));
    }
}
