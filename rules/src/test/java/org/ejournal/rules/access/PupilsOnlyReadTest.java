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
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.PupilsOnlyRead;
import org.junit.jupiter.api.Test;

class PupilsOnlyReadTest {

    @Test
    void POL_1_7_a_pupil_cannot_give_herself_a_mark() {
        SchoolFixture f = guarded();

        Violation v = refusedBy(f.reject(IVANOVA_PUPIL, RecordMark.of(TASK, IVANOVA, FivePoint.of(5))),
                AccessRules.CODE_PUPIL_WRITES, "POL-1.7");

        assertThat(v.concerns()).isEqualTo("RecordMark student:" + IVANOVA);
        assertThat(v.messageEn()).contains("pupils only view the journal");
        assertThat(v.messageRu()).contains("обучающийся только просматривает журнал");
    }

    @Test
    void POL_1_7_a_pupil_cannot_excuse_her_own_absence() {
        SchoolFixture f = guarded();
        f.accept(MATH_TEACHER, RecordAttendance.of(LESSON, IVANOVA, "н"));

        refusedBy(f.reject(IVANOVA_PUPIL, new CorrectAttendance(LESSON, IVANOVA, "у", "была у врача")),
                AccessRules.CODE_PUPIL_WRITES, "POL-1.7");
    }

    @Test
    void POL_1_7_the_same_mark_from_the_teacher_of_the_lesson_is_accepted() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5))));
    }

    @Test
    void POL_1_7_an_audit_finds_a_mark_a_pupil_recorded_in_an_imported_log() {
        SchoolFixture f = guarded();
        List<JournalEvent> events = new ArrayList<>(f.store.events(SCHOOL_ID).toList());
        Instant later = at(MONDAY, 11, 0);
        events.add(new JournalEvent(events.size() + 1, later, PETROV_PUPIL, RecordMark.of(TASK, PETROV,
                FivePoint.of(5)), List.of()));
        events.add(new JournalEvent(events.size() + 1, later, MATH_TEACHER, RecordMark.of(TASK, IVANOVA,
                FivePoint.of(4)), List.of()));

        AuditReport report = Audit.run(school(), AccessRules.all(PROFILE), events.stream(), later);

        assertThat(report.applied()).isEqualTo(events.size());
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.sequence()).isEqualTo(events.size() - 1);
            assertThat(finding.violation().code()).isEqualTo(AccessRules.CODE_PUPIL_WRITES);
            assertThat(finding.violation().clause()).isEqualTo(PupilsOnlyRead.CLAUSE);
        });
    }
}
