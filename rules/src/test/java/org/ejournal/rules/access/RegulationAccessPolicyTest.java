package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.time.LocalDate;
import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.Answer;
import org.ejournal.core.Journal;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;
import org.ejournal.rules.Regulation;
import org.ejournal.rules.catalogue.AccessRules;
import org.junit.jupiter.api.Test;

class RegulationAccessPolicyTest {

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
    private static final ExamResultId EXAM = ExamResultId.of("e-ivanova");

    /** The fixture's school with marks, attendance, a period mark and an exam result for Ivanova and Petrov. */
    private static SchoolFixture withMarks() {
        SchoolFixture f = guarded();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(2)));
        f.accept(MATH_TEACHER, RecordAttendance.of(LESSON, SIDOROV, "н"));
        f.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)));
        f.accept(MATH_TEACHER, new RecordExamResult(EXAM, IVANOVA, MATH, ExamKind.INTERMEDIATE_ATTESTATION, MONDAY,
                FivePoint.of(5)));
        return f;
    }

    private static Violation refused(Answer<?> answer, String code, String clause) {
        assertThat(answer).isInstanceOf(Answer.Refused.class);
        List<Violation> vs = ((Answer.Refused<?>) answer).violations();
        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.clause()).isEqualTo(clause);
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
        });
        return vs.get(0);
    }

    private static List<StudentId> rows(Answer<JournalPage> page) {
        return page.orElseThrow().rows().stream().map(JournalPage.Row::student).toList();
    }

    // ------------------------------------------------------------------ leadership and the clerk

    @Test
    void REC_6_2_the_director_a_deputy_the_administrator_the_clerk_and_an_import_read_and_print_everything() {
        SchoolFixture f = withMarks();
        Actor deputy = staff(f, "deputy", StaffRole.DEPUTY_DIRECTOR);

        for (Actor a : List.of(DIRECTOR, deputy, ADMIN, CLERK, IMPORT)) {
            assertThat(rows(f.journal.page(a, C5A, MATH, Q1))).as(a.describe())
                    .containsExactlyInAnyOrder(IVANOVA, PETROV, SIDOROV, ALEKSEEVA);
            assertThat(rows(f.journal.page(a, C5B, RUSSIAN, Q1))).as(a.describe()).containsExactly(KUZNETSOV);
            assertThat(f.journal.diary(a, KUZNETSOV, OCT_1, OCT_31).isGranted()).as(a.describe()).isTrue();
            assertThat(f.journal.history(a, EntryRef.mark(TASK, PETROV)).isGranted()).as(a.describe()).isTrue();
            assertThat(f.journal.history(a, EntryRef.examResult(EXAM)).isGranted()).as(a.describe()).isTrue();
        }
    }

    // ------------------------------------------------------------------ teachers

    @Test
    void POL_3_4_a_teacher_reads_the_pages_of_her_classes_and_subjects_with_every_row() {
        SchoolFixture f = withMarks();

        JournalPage page = f.journal.page(MATH_TEACHER, C5A, MATH, Q1).orElseThrow();
        assertThat(page.rows()).extracting(JournalPage.Row::student)
                .containsExactlyInAnyOrder(IVANOVA, PETROV, SIDOROV, ALEKSEEVA);
        assertThat(page.row(PETROV).orElseThrow().marks()).containsEntry(TASK, FivePoint.of(2));
        assertThat(rows(f.journal.page(MATH_TEACHER, C5B, MATH, Q2))).containsExactly(KUZNETSOV);
    }

    @Test
    void REC_1_8_a_teacher_does_not_read_a_page_of_a_subject_she_does_not_teach() {
        SchoolFixture f = withMarks();

        Violation v = refused(f.journal.page(MATH_TEACHER, C5A, RUSSIAN, Q1), AccessRules.CODE_PAGE_REFUSED,
                "REC-1.8");
        assertThat(v.messageEn()).contains("'staff:" + MATH_TEACHER_ID + "' is none of them");
        refused(f.journal.page(MATH_TEACHER, C5B, PE, Q1), AccessRules.CODE_PAGE_REFUSED, "REC-1.8");
    }

    @Test
    void POL_4_5_the_class_teacher_reads_every_subject_of_her_class_and_no_other_class() {
        SchoolFixture f = withMarks();

        assertThat(rows(f.journal.page(RUS_TEACHER, C5A, MATH, Q1))).hasSize(4);
        assertThat(rows(f.journal.page(RUS_TEACHER, C5A, PE, Q1))).hasSize(4);
        assertThat(rows(f.journal.page(RUS_TEACHER, C5B, RUSSIAN, Q1))).containsExactly(KUZNETSOV);
        refused(f.journal.page(RUS_TEACHER, C5B, MATH, Q1), AccessRules.CODE_PAGE_REFUSED, "REC-1.8");
    }

    @Test
    void REC_1_8_a_teacher_with_no_assignment_reads_nothing() {
        SchoolFixture f = withMarks();
        Actor idle = staff(f, "t-idle", StaffRole.TEACHER);

        refused(f.journal.page(idle, C5A, MATH, Q1), AccessRules.CODE_PAGE_REFUSED, "REC-1.8");
        refused(f.journal.diary(idle, IVANOVA, OCT_1, OCT_31), AccessRules.CODE_DIARY_REFUSED, "REC-1.8");
        refused(f.journal.history(idle, EntryRef.lesson(LESSON)), AccessRules.CODE_HISTORY_REFUSED, "REC-1.8");
    }

    @Test
    void POL_3_4_a_group_teacher_reads_the_class_page_of_her_subject() {
        SchoolFixture f = withMarks();
        Actor group = staff(f, "t-grp", StaffRole.TEACHER);
        f.accept(ADMIN, new AssignTeacher(C5A, PE, idOf(group), G5A_1));

        assertThat(rows(f.journal.page(group, C5A, PE, Q1))).hasSize(4);
        refused(f.journal.page(group, C5A, MATH, Q1), AccessRules.CODE_PAGE_REFUSED, "REC-1.8");
    }

    @Test
    void REC_1_8_a_teacher_reads_a_pupils_diary_for_the_days_the_pupil_was_in_her_class_only() {
        SchoolFixture f = withMarks();
        Actor pe5a = staff(f, "t-pe", StaffRole.TEACHER);
        f.accept(ADMIN, AssignTeacher.of(C5A, PE, idOf(pe5a)));
        LocalDate moved = LocalDate.of(2026, 10, 12);
        f.accept(ADMIN, RecordMovement.transfer(KUZNETSOV, C5A, order("7-у"), moved));

        assertThat(f.journal.diary(pe5a, KUZNETSOV, moved, OCT_31).isGranted()).isTrue();
        refused(f.journal.diary(pe5a, KUZNETSOV, OCT_1, OCT_31), AccessRules.CODE_DIARY_REFUSED, "REC-1.8");
        refused(f.journal.diary(pe5a, KUZNETSOV, YEAR_FIRST, moved.minusDays(1)), AccessRules.CODE_DIARY_REFUSED,
                "REC-1.8");
        // the math teacher teaches him in both classes
        assertThat(f.journal.diary(MATH_TEACHER, KUZNETSOV, OCT_1, OCT_31).isGranted()).isTrue();
    }

    @Test
    void REC_1_8_a_teacher_reads_the_history_of_entries_on_her_pages_only() {
        SchoolFixture f = withMarks();
        Actor pe5b = staff(f, "t-pe", StaffRole.TEACHER);
        f.accept(ADMIN, AssignTeacher.of(C5B, PE, idOf(pe5b)));

        for (EntryRef e : List.of(EntryRef.lesson(LESSON), EntryRef.task(TASK), EntryRef.mark(TASK, PETROV),
                EntryRef.attendance(LESSON, SIDOROV), EntryRef.periodMark(IVANOVA, MATH, Q1),
                EntryRef.examResult(EXAM))) {
            assertThat(f.journal.history(MATH_TEACHER, e).isGranted()).as(e.describe()).isTrue();
            assertThat(f.journal.history(RUS_TEACHER, e).isGranted()).as("class teacher, " + e.describe()).isTrue();
            refused(f.journal.history(pe5b, e), AccessRules.CODE_HISTORY_REFUSED, "REC-1.8");
        }
    }

    // ------------------------------------------------------------------ pupils and guardians

    @Test
    void POL_3_6_pupils_and_guardians_never_get_a_class_page() {
        SchoolFixture f = withMarks();

        Violation v = refused(f.journal.page(IVANOVA_PUPIL, C5A, MATH, Q1), AccessRules.CODE_PAGE_REFUSED,
                "POL-3.6");
        assertThat(v.messageEn()).contains("it shows other pupils");
        refused(f.journal.page(MOTHER, C5A, MATH, Q1), AccessRules.CODE_PAGE_REFUSED, "POL-3.6");
    }

    @Test
    void POL_3_6_a_pupil_reads_her_own_diary_and_no_one_elses() {
        SchoolFixture f = withMarks();

        Diary own = f.journal.diary(IVANOVA_PUPIL, IVANOVA, OCT_1, OCT_31).orElseThrow();
        assertThat(own.marks()).extracting(Diary.DiaryMark::value).containsExactly(FivePoint.of(5));
        refused(f.journal.diary(IVANOVA_PUPIL, PETROV, OCT_1, OCT_31), AccessRules.CODE_DIARY_REFUSED, "POL-3.6");
    }

    @Test
    void POL_8_2_a_guardian_reads_only_her_own_childrens_diaries() {
        SchoolFixture f = withMarks();

        assertThat(f.journal.diary(MOTHER, IVANOVA, OCT_1, OCT_31).orElseThrow().marks()).hasSize(1);
        Violation v = refused(f.journal.diary(MOTHER, PETROV, OCT_1, OCT_31), AccessRules.CODE_DIARY_REFUSED,
                "POL-8.2");
        assertThat(v.messageEn()).isEqualTo("a guardian sees only their own children's diaries");
    }

    @Test
    void REC_8_2_a_pupil_and_her_guardian_read_the_history_of_her_own_entries_only() {
        SchoolFixture f = withMarks();

        for (EntryRef own : List.of(EntryRef.mark(TASK, IVANOVA), EntryRef.periodMark(IVANOVA, MATH, Q1),
                EntryRef.examResult(EXAM))) {
            assertThat(f.journal.history(IVANOVA_PUPIL, own).isGranted()).as(own.describe()).isTrue();
            assertThat(f.journal.history(MOTHER, own).isGranted()).as(own.describe()).isTrue();
        }
        refused(f.journal.history(IVANOVA_PUPIL, EntryRef.mark(TASK, PETROV)), AccessRules.CODE_HISTORY_REFUSED,
                "POL-3.6");
        refused(f.journal.history(MOTHER, EntryRef.mark(TASK, PETROV)), AccessRules.CODE_HISTORY_REFUSED, "POL-8.2");
        refused(f.journal.history(PETROV_PUPIL, EntryRef.attendance(LESSON, SIDOROV)),
                AccessRules.CODE_HISTORY_REFUSED, "POL-3.6");
        // the lesson's history names who changed what for the whole class: not a pupil's own entry
        refused(f.journal.history(IVANOVA_PUPIL, EntryRef.lesson(LESSON)), AccessRules.CODE_HISTORY_REFUSED,
                "POL-3.6");
        refused(f.journal.history(MOTHER, EntryRef.task(TASK)), AccessRules.CODE_HISTORY_REFUSED, "POL-8.2");
    }

    // ------------------------------------------------------------------ the facade

    @Test
    void REC_6_2_a_journal_built_by_the_regulation_uses_the_policy() {
        SchoolFixture f = withMarks();
        Journal journal = Regulation.journal(school(), PROFILE).store(f.store).clock(f.clock).build();

        refused(journal.page(IVANOVA_PUPIL, C5A, MATH, Q1), AccessRules.CODE_PAGE_REFUSED, "POL-3.6");
        assertThat(rows(journal.page(DIRECTOR, C5A, MATH, Q1))).hasSize(4);
        assertThat(Regulation.accessPolicy(PROFILE)).isInstanceOf(org.ejournal.rules.RegulationAccessPolicy.class);
    }
}
