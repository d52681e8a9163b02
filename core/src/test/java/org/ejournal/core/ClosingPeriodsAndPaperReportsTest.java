package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.RecordPaperReport;
import org.ejournal.core.command.ReopenPeriod;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.PaperReport;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.rule.RuleId;
import org.ejournal.core.view.JournalView;
import org.junit.jupiter.api.Test;

/**
 * Closing and reopening study periods (REC-6.4) and recording paper reports for guardians without
 * electronic access (POL-8.3), through the journal: what the core records and what it refuses. Who
 * may close or reopen, and what a closed period forbids, are rules of the {@code rules} module.
 */
class ClosingPeriodsAndPaperReportsTest {

    /** The journal as it stands after the fixture's log, read through an audit's final view. */
    private static JournalView viewOf(SchoolFixture f) {
        JournalView[] seen = new JournalView[1];
        Rule probe = new Rule() {
            @Override
            public RuleId id() {
                return RuleId.of("Probe", "REC-6.4");
            }

            @Override
            public Stream<Violation> check(JournalEvent candidate, JournalView view) {
                return Stream.empty();
            }

            @Override
            public Stream<Violation> outstanding(Instant asOf, JournalView view) {
                seen[0] = view;
                return Stream.empty();
            }
        };
        try (Stream<JournalEvent> events = f.store.events(SCHOOL_ID)) {
            AuditReport report = Audit.run(school(), List.of(probe), events, f.clock.instant());
            assertThat(report.applied()).isEqualTo(f.journal.size());
        }
        return seen[0];
    }

    private static Violation onlyViolation(Outcome.Rejected rejected) {
        assertThat(rejected.violations()).hasSize(1);
        return rejected.violations().get(0);
    }

    // ---------------------------------------------------------------- ClosePeriod

    @Test
    void the_administrator_closes_a_period_and_the_journal_records_it_as_closed() {
        SchoolFixture f = SchoolFixture.create();
        f.clock.set(at(LocalDate.of(2026, 10, 27), 9, 0));

        Outcome.Accepted accepted = f.accept(ADMIN, new ClosePeriod(Q1));

        assertThat(accepted.events()).singleElement().satisfies(e -> {
            assertThat(e.command()).isEqualTo(new ClosePeriod(Q1));
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.recordedAt()).isEqualTo(at(LocalDate.of(2026, 10, 27), 9, 0));
        });
        JournalView view = viewOf(f);
        assertThat(view.isClosed(Q1)).isTrue();
        assertThat(view.isClosed(Q2)).isFalse();
        assertThat(view.isClosed(YEAR_PERIOD)).isFalse();
    }

    @Test
    void closing_an_unknown_period_is_refused_with_EJ1102() {
        SchoolFixture f = SchoolFixture.create();

        Violation v = onlyViolation(f.reject(ADMIN, new ClosePeriod(StudyPeriodId.of("q9"))));

        assertThat(v.code()).isEqualTo(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(v.concerns()).isEqualTo("ClosePeriod.period");
        assertThat(v.clause()).isEqualTo("REC-6.4");
        assertThat(v.messageEn()).contains("'q9'");
    }

    @Test
    void closing_a_period_already_closed_is_refused_with_EJ1120() {
        SchoolFixture f = SchoolFixture.create();
        f.accept(ADMIN, new ClosePeriod(Q1));

        Violation v = onlyViolation(f.reject(ADMIN, new ClosePeriod(Q1)));

        assertThat(v.code()).isEqualTo(ViolationCodes.PERIOD_CLOSED);
        assertThat(v.concerns()).isEqualTo("ClosePeriod.period");
        assertThat(v.isBlocking()).isTrue();
        assertThat(viewOf(f).isClosed(Q1)).isTrue();
    }

    @Test
    void closing_without_a_period_is_refused_by_bean_validation_with_EJ1100() {
        SchoolFixture f = SchoolFixture.create();

        Violation v = onlyViolation(f.reject(ADMIN, new ClosePeriod(null)));

        assertThat(v.code()).isEqualTo(ViolationCodes.INVALID_VALUE);
        assertThat(v.concerns()).isEqualTo("ClosePeriod.period");
    }

    @Test
    void closing_by_someone_unknown_to_the_journal_is_refused_with_EJ1101() {
        SchoolFixture f = SchoolFixture.create();

        Violation v = onlyViolation(f.reject(Actor.staff(org.ejournal.core.model.StaffId.of("stranger")),
                new ClosePeriod(Q1)));

        assertThat(v.code()).isEqualTo(ViolationCodes.UNKNOWN_ACTOR);
    }

    // ---------------------------------------------------------------- ReopenPeriod

    @Test
    void the_director_reopens_a_closed_period_with_a_reason_that_the_log_keeps() {
        SchoolFixture f = SchoolFixture.create();
        f.accept(ADMIN, new ClosePeriod(Q1));
        ReopenPeriod reopen = new ReopenPeriod(Q1, "приказ № 52: исправление отметки по апелляции");

        Outcome.Accepted accepted = f.accept(DIRECTOR, reopen);

        assertThat(accepted.events()).singleElement().satisfies(e -> {
            assertThat(e.command()).isEqualTo(reopen);
            assertThat(e.actor()).isEqualTo(DIRECTOR);
        });
        try (Stream<JournalEvent> stored = f.store.events(SCHOOL_ID)) {
            assertThat(stored.reduce((a, b) -> b).orElseThrow().command()).isEqualTo(reopen);
        }
        assertThat(viewOf(f).isClosed(Q1)).isFalse();
    }

    @Test
    void a_reopened_period_can_be_closed_again() {
        SchoolFixture f = SchoolFixture.create();
        f.accept(ADMIN, new ClosePeriod(Q1));
        f.accept(DIRECTOR, new ReopenPeriod(Q1, "апелляция"));

        f.accept(ADMIN, new ClosePeriod(Q1));

        assertThat(viewOf(f).isClosed(Q1)).isTrue();
    }

    @Test
    void reopening_a_period_that_is_not_closed_is_refused_with_EJ1121() {
        SchoolFixture f = SchoolFixture.create();

        Violation v = onlyViolation(f.reject(DIRECTOR, new ReopenPeriod(Q1, "апелляция")));

        assertThat(v.code()).isEqualTo(ViolationCodes.PERIOD_NOT_CLOSED);
        assertThat(v.concerns()).isEqualTo("ReopenPeriod.period");
        assertThat(v.clause()).isEqualTo("REC-6.4");
    }

    @Test
    void reopening_an_unknown_period_is_refused_with_EJ1102() {
        SchoolFixture f = SchoolFixture.create();

        Violation v = onlyViolation(f.reject(DIRECTOR, new ReopenPeriod(StudyPeriodId.of("q9"), "апелляция")));

        assertThat(v.code()).isEqualTo(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(v.concerns()).isEqualTo("ReopenPeriod.period");
    }

    @Test
    void reopening_without_a_reason_or_with_a_reason_too_long_is_refused_with_EJ1100() {
        SchoolFixture f = SchoolFixture.create();
        f.accept(ADMIN, new ClosePeriod(Q1));

        for (String reason : new String[] {null, "", "   ", "я".repeat(501)}) {
            Violation v = onlyViolation(f.reject(DIRECTOR, new ReopenPeriod(Q1, reason)));
            assertThat(v.code()).as("reason %s", reason).isEqualTo(ViolationCodes.INVALID_VALUE);
            assertThat(v.concerns()).isEqualTo("ReopenPeriod.reason");
        }
        f.accept(DIRECTOR, new ReopenPeriod(Q1, "я".repeat(500)));
        assertThat(viewOf(f).isClosed(Q1)).isFalse();
    }

    // ---------------------------------------------------------------- RecordPaperReport

    @Test
    void a_paper_report_handed_to_a_linked_guardian_is_recorded_with_its_instant() {
        SchoolFixture f = SchoolFixture.create();
        f.clock.set(at(LocalDate.of(2026, 10, 9), 15, 30));
        RecordPaperReport report = new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 9));

        f.accept(RUS_TEACHER, report);

        assertThat(viewOf(f).paperReports(IVANOVA_MOTHER)).containsExactly(new PaperReport(IVANOVA_MOTHER, IVANOVA,
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9), at(LocalDate.of(2026, 10, 9), 15, 30)));
    }

    @Test
    void paper_reports_accumulate_in_the_order_recorded_and_a_single_day_report_is_allowed() {
        SchoolFixture f = SchoolFixture.create();
        f.accept(RUS_TEACHER, new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 10, 2)));
        f.clock.advance(java.time.Duration.ofDays(7));
        f.accept(RUS_TEACHER, new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 5)));

        assertThat(viewOf(f).paperReports(IVANOVA_MOTHER)).extracting(PaperReport::first)
                .containsExactly(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 5));
        assertThat(viewOf(f).paperReports(GuardianId.of("g-other"))).isEmpty();
    }

    @Test
    void a_paper_report_for_a_pupil_the_guardian_is_not_linked_to_is_refused_with_EJ1122() {
        SchoolFixture f = SchoolFixture.create();

        Violation v = onlyViolation(f.reject(RUS_TEACHER, new RecordPaperReport(IVANOVA_MOTHER, PETROV,
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9))));

        assertThat(v.code()).isEqualTo(ViolationCodes.NOT_LINKED);
        assertThat(v.concerns()).isEqualTo("RecordPaperReport.student");
        assertThat(v.clause()).isEqualTo("POL-8.3");
        assertThat(viewOf(f).paperReports(IVANOVA_MOTHER)).isEmpty();
    }

    @Test
    void a_paper_report_naming_an_unknown_guardian_or_pupil_is_refused_with_EJ1102() {
        SchoolFixture f = SchoolFixture.create();
        LocalDate first = LocalDate.of(2026, 10, 5);
        LocalDate last = LocalDate.of(2026, 10, 9);

        Violation guardian = onlyViolation(f.reject(RUS_TEACHER,
                new RecordPaperReport(GuardianId.of("g-nobody"), IVANOVA, first, last)));
        Violation pupil = onlyViolation(f.reject(RUS_TEACHER,
                new RecordPaperReport(IVANOVA_MOTHER, StudentId.of("s-nobody"), first, last)));
        Outcome.Rejected both = f.reject(RUS_TEACHER,
                new RecordPaperReport(GuardianId.of("g-nobody"), StudentId.of("s-nobody"), first, last));

        assertThat(guardian.code()).isEqualTo(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(guardian.concerns()).isEqualTo("RecordPaperReport.guardian");
        assertThat(pupil.code()).isEqualTo(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(pupil.concerns()).isEqualTo("RecordPaperReport.student");
        assertThat(both.violations()).extracting(Violation::concerns)
                .containsExactly("RecordPaperReport.guardian", "RecordPaperReport.student");
    }

    @Test
    void a_paper_report_whose_days_are_missing_or_out_of_order_is_refused_by_bean_validation_with_EJ1100() {
        SchoolFixture f = SchoolFixture.create();

        Violation backwards = onlyViolation(f.reject(RUS_TEACHER, new RecordPaperReport(IVANOVA_MOTHER, IVANOVA,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 5))));
        Violation noFirst = onlyViolation(f.reject(RUS_TEACHER, new RecordPaperReport(IVANOVA_MOTHER, IVANOVA,
                null, LocalDate.of(2026, 10, 5))));
        Outcome.Rejected nothing = f.reject(RUS_TEACHER, new RecordPaperReport(null, null, null, null));

        assertThat(backwards.code()).isEqualTo(ViolationCodes.INVALID_VALUE);
        assertThat(backwards.messageEn()).contains("last must not be before first");
        assertThat(noFirst.code()).isEqualTo(ViolationCodes.INVALID_VALUE);
        assertThat(noFirst.concerns()).isEqualTo("RecordPaperReport.first");
        assertThat(nothing.violations()).hasSize(4).allMatch(v -> v.code().equals(ViolationCodes.INVALID_VALUE));
        assertThat(nothing.violations()).extracting(Violation::concerns).containsExactly("RecordPaperReport.first",
                "RecordPaperReport.guardian", "RecordPaperReport.last", "RecordPaperReport.student");
    }
}
