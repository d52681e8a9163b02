package org.ejournal.testkit.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.ejournal.core.AuditReport;
import org.junit.jupiter.api.Test;

/**
 * A school generated without mistakes is a school that keeps the regulation: the full catalogue
 * accepts every command at entry, on time, with no warning, and audits the recorded log as clean — over
 * the end of a study period, its period marks and its closing.
 */
class CleanSchoolsAreAcceptedTest {

    /**
     * Every grade, one class each, two in grades 1 and 6 so that pupils can change class; 12–24 pupils,
     * so that some classes learn English in groups and some do not; nine weeks, past the end of the
     * first quarter (25 October) and its closing.
     */
    private static final SchoolKnobs PAST_THE_FIRST_QUARTER = SchoolKnobs.builder()
            .classesPerGrade(List.of(2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1))
            .minPupils(12).maxPupils(24)
            .weeks(9)
            .build();

    @Test
    void with_no_mistakes_the_regulation_accepts_every_command_on_time_and_the_audit_is_clean() {
        qt().withFixedSeed(20260901L).withExamples(3).withShrinkCycles(0)
                .forAll(longs().between(1, 1_000_000_000L))
                .checkAssert(seed -> {
                    GeneratedSchool school = SchoolGenerator.generate(PAST_THE_FIRST_QUARTER.withSeed(seed));
                    assertKeepsTheRegulation(school);
                    assertThat(school.expected().closedPeriods()).containsExactly(GeneratedSchool.FIRST_QUARTER);
                    assertThat(school.expected().periodMarks()).containsOnlyKeys(GeneratedSchool.FIRST_QUARTER);
                });
    }

    @Test
    void the_half_year_and_the_second_quarter_end_as_cleanly() {
        GeneratedSchool school = SchoolGenerator.generate(SchoolKnobs.builder()
                .seed(77)
                .classesPerGrade(List.of(0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1))
                .minPupils(10).maxPupils(22)
                .weeks(18)
                .build());
        assertKeepsTheRegulation(school);
        assertThat(school.expected().closedPeriods()).containsExactly(GeneratedSchool.FIRST_QUARTER,
                org.ejournal.core.model.StudyPeriodId.of("2026-q2"), GeneratedSchool.FIRST_HALF_YEAR);
    }

    private static void assertKeepsTheRegulation(GeneratedSchool school) {
        Replay replay = school.replay();
        assertThat(school.mistakes()).isEmpty();
        assertThat(replay.rejectedSteps()).as("rejected: %s", Findings.atEntry(school, replay)).isEmpty();
        assertThat(Findings.atEntry(school, replay)).as("warnings at entry").isEmpty();
        AuditReport audit = replay.audit();
        assertThat(audit.applied()).isEqualTo(audit.events()).isEqualTo(school.steps().size());
        assertThat(Findings.inAudit(audit)).as("audit findings").isEmpty();
        assertThat(audit.findings()).as("not even a note: every period mark follows the suggestion").isEmpty();
    }
}
