package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.marks.MarkingSchool.codes;

import java.time.LocalDate;
import java.util.TimeZone;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.MarkRules;
import org.ejournal.rules.catalogue.PeriodsAreClosedAfterTheyEnd;
import org.junit.jupiter.api.Test;

/** {@link PeriodsAreClosedAfterTheyEnd} (REC-6.4): the first quarter's last day is Sunday 25 October 2026. */
class PeriodsAreClosedAfterTheyEndTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 25);

    private final MarkingSchool school = MarkingSchool.withDefaults();

    private Outcome closeAt(MarkingSchool s, LocalDate day, int hour, int minute) {
        s.school.clock.set(at(day, hour, minute));
        return s.execute(ADMIN, new ClosePeriod(Q1));
    }

    @Test
    void REC_6_4_closing_a_quarter_three_weeks_before_it_ends_is_recorded_with_a_warning() {
        Outcome closed = closeAt(school, MONDAY, 10, 0);

        assertThat(closed.isAccepted()).isTrue();
        assertThat(closed.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(MarkRules.CODE_CLOSED_BEFORE_END);
            assertThat(v.clause()).isEqualTo("REC-6.4");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.concerns()).isEqualTo("period q1");
            assertThat(v.messageRu()).contains("«1 четверть» закрыт до своего окончания", "25.10.2026");
            assertThat(v.messageEn()).contains("quarter 1 was closed before it ended", "2026-10-25");
        });
    }

    @Test
    void REC_6_4_closing_at_23_30_on_the_last_day_in_Kamchatka_is_still_early() {
        assertThat(codes(closeAt(school, LAST_DAY, 23, 30))).containsExactly(MarkRules.CODE_CLOSED_BEFORE_END);
    }

    @Test
    void REC_6_4_closing_at_midnight_after_the_last_day_is_in_order() {
        assertThat(codes(closeAt(school, LAST_DAY.plusDays(1), 0, 0))).isEmpty();
    }

    @Test
    void REC_6_4_closing_at_00_30_in_Kamchatka_is_in_order_although_it_is_still_the_last_day_in_UTC_and_in_Moscow() {
        // 00:30 on 26 October in Kamchatka is 12:30 on 25 October in UTC and 15:30 in Moscow
        assertThat(TimeZone.getDefault().getID()).isIn("UTC", "Etc/UTC", "GMT", "Europe/Moscow");
        assertThat(at(LAST_DAY.plusDays(1), 0, 30).atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(LAST_DAY);

        assertThat(codes(closeAt(school, LAST_DAY.plusDays(1), 0, 30))).isEmpty();
    }

    @Test
    void REC_6_4_a_school_whose_local_act_makes_it_blocking_refuses_an_early_closing() {
        MarkingSchool strict = MarkingSchool.with(Profile.builder()
                .putSeverities(PeriodsAreClosedAfterTheyEnd.NAME, RuleSeverity.BLOCKING).build());
        strict.school.clock.set(at(LAST_DAY, 18, 0));

        Outcome.Rejected rejected = strict.school.reject(ADMIN, new ClosePeriod(Q1));

        assertThat(codes(rejected)).containsExactly(MarkRules.CODE_CLOSED_BEFORE_END);
        assertThat(rejected.violations().get(0).isBlocking()).isTrue();
    }

    @Test
    void REC_6_4_a_school_that_turns_it_off_closes_early_without_a_word() {
        MarkingSchool off = MarkingSchool.with(Profile.builder()
                .putSeverities(PeriodsAreClosedAfterTheyEnd.NAME, RuleSeverity.OFF).build());

        assertThat(codes(closeAt(off, MONDAY, 10, 0))).isEmpty();
    }

    @Test
    void REC_6_4_an_audit_finds_the_early_closing_by_its_recorded_instant() {
        MarkingSchool recorded = MarkingSchool.withoutRules();
        closeAt(recorded, LAST_DAY, 12, 0);
        long early = recorded.school.journal.size();
        closeAt(recorded, LAST_DAY.plusDays(1), 8, 0); // Q1 is closed: refused by the core, not logged
        recorded.school.accept(DIRECTOR, new org.ejournal.core.command.ReopenPeriod(Q1, "исправление"));
        closeAt(recorded, LAST_DAY.plusDays(1), 9, 0);

        AuditReport report = recorded.audit(Profile.defaults(), at(LAST_DAY.plusDays(2), 0, 0));

        assertThat(report.findings()).filteredOn(f -> f.violation().code().equals(MarkRules.CODE_CLOSED_BEFORE_END))
                .extracting(AuditReport.Finding::sequence).containsExactly(early);
    }
}
