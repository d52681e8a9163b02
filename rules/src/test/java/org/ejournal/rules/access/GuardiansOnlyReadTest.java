package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.LinkGuardian;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordPaperReport;
import org.ejournal.core.model.Kinship;
import org.ejournal.rules.catalogue.AccessRules;
import org.junit.jupiter.api.Test;

class GuardiansOnlyReadTest {

    @Test
    void POL_3_6_a_guardian_cannot_excuse_her_own_childs_absence_in_the_journal() {
        SchoolFixture f = guarded();
        f.accept(MATH_TEACHER, RecordAttendance.of(LESSON, IVANOVA, "н"));

        Violation v = refusedBy(f.reject(MOTHER, new CorrectAttendance(LESSON, IVANOVA, "у", "справка от врача")),
                AccessRules.CODE_GUARDIAN_WRITES, "POL-3.6");

        assertThat(v.messageEn()).contains("guardians only view their own children's data");
        assertThat(v.concerns()).isEqualTo("CorrectAttendance guardian:" + IVANOVA_MOTHER);
    }

    @Test
    void POL_3_6_a_guardian_cannot_link_herself_to_another_pupil_nor_record_her_own_paper_report() {
        SchoolFixture f = guarded();

        refusedBy(f.reject(MOTHER, new LinkGuardian(IVANOVA_MOTHER, PETROV, Kinship.MOTHER)),
                AccessRules.CODE_GUARDIAN_WRITES, "POL-3.6");
        refusedBy(f.reject(MOTHER, new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, MONDAY.minusDays(7), MONDAY)),
                AccessRules.CODE_GUARDIAN_WRITES, "POL-3.6");
    }

    @Test
    void POL_3_6_the_same_correction_by_the_teacher_of_the_lesson_is_accepted() {
        SchoolFixture f = guarded();
        f.accept(MATH_TEACHER, RecordAttendance.of(LESSON, IVANOVA, "н"));

        acceptedCleanly(f.journal.execute(MATH_TEACHER, new CorrectAttendance(LESSON, IVANOVA, "у", "справка")));
    }

    @Test
    void POL_3_6_an_audit_finds_an_attendance_entry_a_guardian_made() {
        SchoolFixture f = guarded();
        List<JournalEvent> events = new ArrayList<>(f.store.events(SCHOOL_ID).toList());
        Instant later = at(MONDAY, 12, 0);
        events.add(new JournalEvent(events.size() + 1, later, MOTHER, RecordAttendance.of(LESSON, IVANOVA, "у"),
                List.of()));

        AuditReport report = Audit.run(school(), AccessRules.all(PROFILE), events.stream(), later);

        assertThat(report.findings()).singleElement()
                .satisfies(x -> assertThat(x.violation().code()).isEqualTo(AccessRules.CODE_GUARDIAN_WRITES))
                .satisfies(x -> assertThat(x.sequence()).isEqualTo(events.size()));
    }
}
