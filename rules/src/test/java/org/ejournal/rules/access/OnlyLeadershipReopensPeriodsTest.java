package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.util.ArrayList;
import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.ViolationCodes;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.CloseSchoolYear;
import org.ejournal.core.command.ReopenPeriod;
import org.ejournal.core.command.ReopenSchoolYear;
import org.ejournal.core.model.StaffRole;
import org.ejournal.rules.catalogue.AccessRules;
import org.junit.jupiter.api.Test;

class OnlyLeadershipReopensPeriodsTest {

    private static final String CODE = AccessRules.CODE_NOT_LEADERSHIP;
    private static final ReopenPeriod REOPEN = new ReopenPeriod(Q1, "ошибка в итоговых отметках, приказ № 12");

    @Test
    void REC_6_4_the_director_reopens_a_closed_period_with_a_reason() {
        SchoolFixture f = guarded();
        f.accept(ADMIN, new ClosePeriod(Q1));

        acceptedCleanly(f.journal.execute(DIRECTOR, REOPEN));
    }

    @Test
    void REC_6_4_a_deputy_director_reopens_it_too() {
        SchoolFixture f = guarded();
        Actor deputy = staff(f, "deputy", StaffRole.DEPUTY_DIRECTOR);
        f.accept(ADMIN, new ClosePeriod(Q1));

        acceptedCleanly(f.journal.execute(deputy, REOPEN));
    }

    @Test
    void REC_6_4_the_administrator_who_closed_it_a_teacher_and_an_import_may_not_reopen_it() {
        SchoolFixture f = guarded();
        f.accept(ADMIN, new ClosePeriod(Q1));

        Violation v = refusedBy(f.reject(ADMIN, REOPEN), CODE, "REC-6.4");
        assertThat(v.messageEn()).contains("only the director or a deputy director may reopen a closed period");
        refusedBy(f.reject(MATH_TEACHER, REOPEN), CODE, "REC-6.4");
        refusedBy(f.reject(IMPORT, REOPEN), CODE, "REC-6.4");
        refusedBy(f.reject(CLERK, REOPEN), CODE, "REC-6.4");
    }

    @Test
    void REC_6_4_the_reason_is_mandatory_whoever_reopens() {
        SchoolFixture f = guarded();
        f.accept(ADMIN, new ClosePeriod(Q1));

        assertThat(f.reject(DIRECTOR, new ReopenPeriod(Q1, " ")).codes()).containsExactly(ViolationCodes.INVALID_VALUE);
    }

    @Test
    void REC_6_4_an_audit_finds_a_period_reopened_by_the_administrator() {
        SchoolFixture f = guarded();
        f.accept(ADMIN, new ClosePeriod(Q1));
        List<JournalEvent> events = new ArrayList<>(f.store.events(SCHOOL_ID).toList());
        events.add(new JournalEvent(events.size() + 1, at(MONDAY, 16, 0), ADMIN, REOPEN, List.of()));

        AuditReport report = Audit.run(school(), AccessRules.all(PROFILE), events.stream(), at(MONDAY, 17, 0));

        assertThat(report.findings()).singleElement().satisfies(x -> {
            assertThat(x.violation().code()).isEqualTo(CODE);
            assertThat(x.violation().clause()).isEqualTo("REC-6.4");
            assertThat(x.sequence()).isEqualTo(events.size());
        });
    }

    // ---------------------------------------------------------------- a closed school year

    /** The fixture's year, ended, every period closed, and the year closed by the administrator. */
    private static SchoolFixture closedYear() {
        SchoolFixture f = guarded();
        f.endTheYear();
        f.accept(ADMIN, CloseSchoolYear.of(YEAR));
        return f;
    }

    private static final ReopenSchoolYear REOPEN_YEAR = new ReopenSchoolYear(YEAR,
            "исправление итоговой отметки по решению педагогического совета");

    @Test
    void REC_6_4_the_director_or_a_deputy_reopens_a_closed_school_year_with_a_reason() {
        SchoolFixture f = closedYear();
        acceptedCleanly(f.journal.execute(DIRECTOR, REOPEN_YEAR));

        SchoolFixture g = closedYear();
        acceptedCleanly(g.journal.execute(staff(g, "deputy", StaffRole.DEPUTY_DIRECTOR), REOPEN_YEAR));
    }

    @Test
    void REC_6_4_the_administrator_who_closed_the_year_a_teacher_and_an_import_may_not_reopen_it() {
        SchoolFixture f = closedYear();

        Violation v = refusedBy(f.reject(ADMIN, REOPEN_YEAR), CODE, "REC-6.4");
        assertThat(v.messageEn()).contains("only the director or a deputy director may reopen a closed school year");
        assertThat(v.messageRu()).contains("открыть закрытый учебный год может только директор");
        refusedBy(f.reject(MATH_TEACHER, REOPEN_YEAR), CODE, "REC-6.4");
        refusedBy(f.reject(IMPORT, REOPEN_YEAR), CODE, "REC-6.4");
        refusedBy(f.reject(CLERK, REOPEN_YEAR), CODE, "REC-6.4");
    }

    @Test
    void REC_6_4_a_period_of_a_closed_year_is_reopened_only_after_the_year_is() {
        SchoolFixture f = closedYear();

        assertThat(f.reject(DIRECTOR, REOPEN).codes()).containsExactly(ViolationCodes.YEAR_CLOSED);
        f.accept(DIRECTOR, REOPEN_YEAR);
        acceptedCleanly(f.journal.execute(DIRECTOR, REOPEN));
    }
}
