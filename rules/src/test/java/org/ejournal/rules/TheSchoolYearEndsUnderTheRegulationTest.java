package org.ejournal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.util.List;
import java.util.Set;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.ViolationCodes;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.rules.catalogue.MarkRules;
import org.junit.jupiter.api.Test;

/**
 * The end of a school year under the whole catalogue (POL-4.6, REC-6.4): the administrator closes the
 * periods and the year, opens the next and promotes a class by one order, each without a finding; a
 * closed year refuses a correction by the core's own code, before any rule is asked; the leadership
 * reopens the year and then the periods, and the correction goes through; an audit of the whole log
 * finds nothing against the closing, the promotion or the reopening.
 */
class TheSchoolYearEndsUnderTheRegulationTest {

    private static final Profile PROFILE = Profile.defaults();

    private static void clean(Outcome outcome) {
        assertThat(outcome.violations()).as("findings").isEmpty();
        assertThat(outcome.isAccepted()).isTrue();
    }

    @Test
    void the_year_is_closed_the_next_opened_a_class_promoted_and_a_correction_waits_for_the_leadership() {
        SchoolFixture f = SchoolFixture.create(b -> b.rules(Regulation.rules(PROFILE))
                .access(Regulation.accessPolicy(PROFILE)));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(3)));

        f.endTheYear();
        clean(f.journal.execute(ADMIN, new CloseSchoolYear(YEAR, OrderRef.of("101-о", AFTER_THE_YEAR))));
        CorrectMark correction = new CorrectMark(TASK, PETROV, FivePoint.of(4), "ошибка при вводе");
        assertThat(f.reject(MATH_TEACHER, correction).codes()).containsExactly(ViolationCodes.YEAR_CLOSED);

        f.openTheNextYear();
        clean(f.journal.execute(ADMIN, PromoteClass.of(C5A, C6A, OrderRef.of("88-у", YEAR_LAST), NEXT_FIRST,
                PupilDecision.conditionalPromotion(PETROV, Set.of(MATH)),
                PupilDecision.repetition(SIDOROV, C5A_NEXT))));
        assertThat(f.state().classOf(PETROV, NEXT_FIRST)).contains(C6A);
        assertThat(f.state().classOf(SIDOROV, NEXT_FIRST)).contains(C5A_NEXT);

        clean(f.journal.execute(DIRECTOR, new ReopenSchoolYear(YEAR, "исправление отметки по решению педсовета")));
        // the year open again, its periods are still closed: the catalogue's rule speaks now
        assertThat(f.reject(MATH_TEACHER, correction).codes()).containsExactly(MarkRules.CODE_CLOSED_PERIOD);
        f.accept(DIRECTOR, new ReopenPeriod(Q1, "исправление отметки"));
        f.accept(DIRECTOR, new ReopenPeriod(YEAR_PERIOD, "исправление отметки"));
        assertThat(f.journal.execute(MATH_TEACHER, correction).isAccepted()).isTrue();

        List<JournalEvent> log = f.store.events(SCHOOL_ID).toList();
        AuditReport report = Regulation.audit(school(), PROFILE, log.stream(), f.clock.instant());
        for (JournalEvent e : log) {
            if (e.command() instanceof CloseSchoolYear || e.command() instanceof PromoteClass
                    || e.command() instanceof ReopenSchoolYear) {
                assertThat(report.findings()).as("findings for %s", e.command().commandName())
                        .noneMatch(x -> x.sequence() == e.sequence());
            }
        }
        assertThat(report.blocking()).isEmpty();
    }
}
