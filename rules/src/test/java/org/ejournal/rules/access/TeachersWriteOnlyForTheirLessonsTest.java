package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.TeachersWriteOnlyForTheirLessons;
import org.junit.jupiter.api.Test;

class TeachersWriteOnlyForTheirLessonsTest {

    private static final String NOT_HIS = AccessRules.CODE_NOT_THE_LESSONS_TEACHER;
    private static final String NOT_ASSIGNED = AccessRules.CODE_NOT_ASSIGNED_TO_SUBJECT;
    private static final String CLAUSE = TeachersWriteOnlyForTheirLessons.CLAUSE;

    // ------------------------------------------------------------------ entries of a lesson

    @Test
    void POL_3_4_the_math_teacher_records_marks_attendance_tasks_and_homework_in_her_lesson() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5))));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "ошибка")));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "не та работа")));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н")));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, new CorrectAttendance(LESSON, PETROV, "б", "справка")));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, AssignTask.of(TaskId.of("t-2"), LESSON, TaskType.ORAL_ANSWER)));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, new AssignHomework(HomeworkId.of("h-1"), LESSON, "№ 5",
                MONDAY.plusDays(1))));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, new CorrectLesson(LESSON, "Дроби", WorkKind.ORDINARY, "тема")));
    }

    @Test
    void POL_3_4_another_teacher_cannot_write_in_the_math_lesson() {
        SchoolFixture f = guarded();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(3)));
        f.accept(MATH_TEACHER, RecordAttendance.of(LESSON, SIDOROV, "н"));

        for (Command c : List.of(RecordMark.of(TASK, IVANOVA, FivePoint.of(5)),
                new CorrectMark(TASK, PETROV, FivePoint.of(5), "пересдал"), new CancelMark(TASK, PETROV, "ошибка"),
                RecordAttendance.of(LESSON, IVANOVA, "н"), new CorrectAttendance(LESSON, SIDOROV, "у", "справка"),
                AssignTask.of(TaskId.of("t-2"), LESSON, TaskType.ORAL_ANSWER),
                new AssignHomework(HomeworkId.of("h-1"), LESSON, "№ 5", MONDAY.plusDays(1)),
                new CorrectLesson(LESSON, "Другое", WorkKind.ORDINARY, "тема"))) {
            Violation v = refusedBy(f.reject(RUS_TEACHER, c), NOT_HIS, CLAUSE);
            assertThat(v.messageEn()).as(c.commandName()).contains("lesson '" + LESSON + "'")
                    .contains("staff:" + RUS_TEACHER_ID);
        }
    }

    @Test
    void POL_3_4_the_director_and_the_administrator_do_not_write_marks_in_a_lesson_they_do_not_teach() {
        SchoolFixture f = guarded();

        // the director holds the teacher's role too, but this is not his lesson
        refusedBy(f.reject(DIRECTOR, RecordMark.of(TASK, IVANOVA, FivePoint.of(5))), NOT_HIS, CLAUSE);
        refusedBy(f.reject(ADMIN, RecordMark.of(TASK, IVANOVA, FivePoint.of(5))), NOT_HIS, CLAUSE);
        refusedBy(f.reject(IMPORT, RecordAttendance.of(LESSON, IVANOVA, "н")), NOT_HIS, CLAUSE);
        refusedBy(f.reject(CLERK, RecordMark.of(TASK, IVANOVA, FivePoint.of(5))), NOT_HIS, CLAUSE);
    }

    @Test
    void POL_3_4_the_director_writes_marks_in_a_lesson_he_teaches_himself() {
        SchoolFixture f = guarded();
        f.accept(ADMIN, AssignTeacher.of(C5A, PE, DIRECTOR_ID));
        LessonId pe = LessonId.of("l-pe");
        f.accept(DIRECTOR, RecordLesson.of(pe, C5A, PE, MONDAY, 4, DIRECTOR_ID, "Бег"));
        f.accept(DIRECTOR, AssignTask.of(TaskId.of("t-pe"), pe, TaskType.PRACTICAL_WORK));

        acceptedCleanly(f.journal.execute(DIRECTOR, RecordMark.of(TaskId.of("t-pe"), IVANOVA, PassFail.PASS)));
    }

    @Test
    void POL_3_4_a_substitute_and_the_lessons_own_teacher_both_write_in_a_substituted_lesson_and_nobody_else() {
        SchoolFixture f = guarded();
        LessonId sub = LessonId.of("l-sub");
        f.accept(RUS_TEACHER, RecordLesson.of(sub, C5A, MATH, MONDAY, 3, MATH_TEACHER_ID, "Дроби")
                .withSubstitute(RUS_TEACHER_ID));
        f.accept(RUS_TEACHER, AssignTask.of(TaskId.of("t-sub"), sub, TaskType.CLASS_WORK));

        acceptedCleanly(f.journal.execute(RUS_TEACHER, RecordMark.of(TaskId.of("t-sub"), IVANOVA, FivePoint.of(5))));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, RecordMark.of(TaskId.of("t-sub"), PETROV, FivePoint.of(4))));
        refusedBy(f.reject(DIRECTOR, RecordMark.of(TaskId.of("t-sub"), SIDOROV, FivePoint.of(4))), NOT_HIS, CLAUSE);
    }

    // ------------------------------------------------------------------ recording a lesson

    @Test
    void POL_3_4_a_teacher_records_lessons_of_her_subject_in_each_class_she_is_assigned_to() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(MATH_TEACHER, RecordLesson.of(LessonId.of("l-5b"), C5B, MATH, MONDAY, 1,
                MATH_TEACHER_ID, "Дроби")));
    }

    @Test
    void POL_3_4_a_teacher_cannot_record_a_lesson_of_a_subject_she_is_not_assigned_to() {
        SchoolFixture f = guarded();

        Violation v = refusedBy(f.reject(MATH_TEACHER, RecordLesson.of(LessonId.of("l-x"), C5A, PE, MONDAY, 5,
                MATH_TEACHER_ID, "Бег")), AccessRules.CODE_LESSON_TEACHER_NOT_ASSIGNED, CLAUSE);

        assertThat(v.concerns()).isEqualTo("RecordLesson.teacher");
        assertThat(v.messageRu()).contains("не назначен вести предмет «pe» в 5А");
    }

    @Test
    void POL_3_4_a_group_assignment_covers_only_that_groups_lessons() {
        SchoolFixture f = guarded();
        Actor groupTeacher = staff(f, "t-grp", StaffRole.TEACHER);
        StaffId id = idOf(groupTeacher);
        f.accept(ADMIN, new AssignTeacher(C5A, PE, id, G5A_1));

        acceptedCleanly(f.journal.execute(groupTeacher, RecordLesson.of(LessonId.of("l-g"), C5A, PE, MONDAY, 5, id,
                "Мяч").withGroup(G5A_1)));
        refusedBy(f.reject(groupTeacher, RecordLesson.of(LessonId.of("l-all"), C5A, PE, MONDAY, 6, id, "Мяч")),
                AccessRules.CODE_LESSON_TEACHER_NOT_ASSIGNED, CLAUSE);
    }

    @Test
    void POL_3_4_a_whole_class_assignment_covers_the_groups_lessons_too() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(MATH_TEACHER, RecordLesson.of(LessonId.of("l-g"), C5A, MATH, MONDAY, 5,
                MATH_TEACHER_ID, "Дроби").withGroup(G5A_1)));
    }

    @Test
    void POL_3_4_the_administrator_cannot_record_a_lesson_on_a_teachers_behalf() {
        SchoolFixture f = guarded();

        Violation v = refusedBy(f.reject(ADMIN, RecordLesson.of(LessonId.of("l-a"), C5A, MATH, MONDAY, 5,
                MATH_TEACHER_ID, "Дроби")), NOT_HIS, CLAUSE);
        assertThat(v.messageEn()).contains("is not a teacher of this lesson");
        refusedBy(f.reject(IMPORT, RecordLesson.of(LessonId.of("l-a"), C5A, MATH, MONDAY, 5, MATH_TEACHER_ID,
                "Дроби")), NOT_HIS, CLAUSE);
    }

    @Test
    void POL_3_4_a_substitute_cannot_record_a_lesson_that_belongs_to_a_teacher_not_assigned_to_it() {
        SchoolFixture f = guarded();

        // the Russian teacher is not assigned to mathematics: the lesson cannot be hers, whoever substitutes
        refusedBy(f.reject(MATH_TEACHER, RecordLesson.of(LessonId.of("l-s"), C5A, MATH, MONDAY, 5, RUS_TEACHER_ID,
                "Дроби").withSubstitute(MATH_TEACHER_ID)), AccessRules.CODE_LESSON_TEACHER_NOT_ASSIGNED, CLAUSE);
    }

    // ------------------------------------------------------------------ plans, period marks, exams

    @Test
    void POL_3_4_the_thematic_plan_is_recorded_by_a_teacher_of_the_subject_in_the_class_only() {
        SchoolFixture f = guarded();
        RecordThematicPlan plan = new RecordThematicPlan(C5A, MATH, List.of(PlannedTopic.of(1, "Дроби",
                BigDecimal.valueOf(4))));

        // the class teacher of 5А does not plan mathematics
        Violation v = refusedBy(f.reject(RUS_TEACHER, plan), NOT_ASSIGNED, CLAUSE);
        assertThat(v.messageEn()).contains("is not assigned to teach 'math' in class 5А");
        refusedBy(f.reject(ADMIN, plan), NOT_ASSIGNED, CLAUSE);
        acceptedCleanly(f.journal.execute(MATH_TEACHER, plan));
    }

    @Test
    void POL_3_4_a_period_mark_is_set_by_a_teacher_of_the_subject_in_a_class_the_pupil_was_in_during_the_period() {
        SchoolFixture f = guarded();
        Actor pe5b = staff(f, "t-pe", StaffRole.TEACHER);
        f.accept(ADMIN, AssignTeacher.of(C5B, PE, idOf(pe5b)));

        acceptedCleanly(f.journal.execute(pe5b, new RecordPeriodMark(KUZNETSOV, PE, Q1, PassFail.PASS)));
        refusedBy(f.reject(pe5b, new RecordPeriodMark(IVANOVA, PE, Q1, PassFail.PASS)), NOT_ASSIGNED, CLAUSE);
        refusedBy(f.reject(RUS_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5))), NOT_ASSIGNED,
                CLAUSE);
        refusedBy(f.reject(DIRECTOR, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5))), NOT_ASSIGNED, CLAUSE);

        // Ivanova moves to 5Б during the first quarter: its PE teacher now has a say in her Q1 mark
        f.accept(ADMIN, RecordMovement.transfer(IVANOVA, C5B, order("7-у"), LocalDate.of(2026, 10, 12)));
        acceptedCleanly(f.journal.execute(pe5b, new RecordPeriodMark(IVANOVA, PE, Q1, PassFail.PASS)));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5))));
        refusedBy(f.reject(RUS_TEACHER, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4), "пересчёт")),
                NOT_ASSIGNED, CLAUSE);
        acceptedCleanly(f.journal.execute(MATH_TEACHER, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4),
                "пересчёт")));
    }

    @Test
    void POL_3_4_a_group_teacher_sets_period_marks_only_for_the_pupils_of_her_group() {
        SchoolFixture f = guarded();
        Actor groupTeacher = staff(f, "t-grp", StaffRole.TEACHER);
        f.accept(ADMIN, new AssignTeacher(C5A, PE, idOf(groupTeacher), G5A_1));

        acceptedCleanly(f.journal.execute(groupTeacher, new RecordPeriodMark(PETROV, PE, Q1, PassFail.PASS)));
        refusedBy(f.reject(groupTeacher, new RecordPeriodMark(SIDOROV, PE, Q1, PassFail.PASS)), NOT_ASSIGNED, CLAUSE);
    }

    @Test
    void POL_3_4_a_group_teacher_sets_period_marks_for_the_pupils_in_her_group_during_the_period() {
        SchoolFixture f = guarded();
        Actor groupTeacher = staff(f, "t-grp", StaffRole.TEACHER);
        f.accept(ADMIN, new AssignTeacher(C5A, PE, idOf(groupTeacher), G5A_1));
        LocalDate secondQuarter = LocalDate.of(2026, 11, 4);
        f.accept(ADMIN, new LeaveGroup(G5A_1, PETROV, secondQuarter));
        f.accept(ADMIN, new JoinGroup(G5A_1, SIDOROV, secondQuarter));

        acceptedCleanly(f.journal.execute(groupTeacher, new RecordPeriodMark(PETROV, PE, Q1, PassFail.PASS)));
        refusedBy(f.reject(groupTeacher, new RecordPeriodMark(PETROV, PE, Q2, PassFail.PASS)), NOT_ASSIGNED, CLAUSE);
        refusedBy(f.reject(groupTeacher, new RecordPeriodMark(SIDOROV, PE, Q1, PassFail.PASS)), NOT_ASSIGNED, CLAUSE);
        acceptedCleanly(f.journal.execute(groupTeacher, new RecordPeriodMark(SIDOROV, PE, Q2, PassFail.PASS)));
    }

    @Test
    void POL_3_4_an_exam_result_is_recorded_by_a_teacher_of_the_subject_in_the_pupils_class_on_the_exam_day() {
        SchoolFixture f = guarded();
        LocalDate examDay = LocalDate.of(2026, 10, 20);
        f.accept(ADMIN, RecordMovement.transfer(KUZNETSOV, C5A, order("8-у"), LocalDate.of(2026, 10, 15)));
        Actor pe5b = staff(f, "t-pe", StaffRole.TEACHER);
        f.accept(ADMIN, AssignTeacher.of(C5B, PE, idOf(pe5b)));

        acceptedCleanly(f.journal.execute(MATH_TEACHER, new RecordExamResult(ExamResultId.of("e-1"), KUZNETSOV, MATH,
                ExamKind.INTERMEDIATE_ATTESTATION, examDay, FivePoint.of(4))));
        refusedBy(f.reject(RUS_TEACHER, new RecordExamResult(ExamResultId.of("e-2"), KUZNETSOV, MATH,
                ExamKind.INTERMEDIATE_ATTESTATION, examDay, FivePoint.of(4))), NOT_ASSIGNED, CLAUSE);
        // on the exam day Kuznetsov is in 5А, whose PE nobody is assigned to: 5Б's PE teacher no longer is his
        refusedBy(f.reject(pe5b, new RecordExamResult(ExamResultId.of("e-3"), KUZNETSOV, PE,
                ExamKind.INTERMEDIATE_ATTESTATION, examDay, PassFail.PASS)), NOT_ASSIGNED, CLAUSE);
        acceptedCleanly(f.journal.execute(pe5b, new RecordExamResult(ExamResultId.of("e-4"), KUZNETSOV, PE,
                ExamKind.INTERMEDIATE_ATTESTATION, LocalDate.of(2026, 10, 14), PassFail.PASS)));
    }

    @Test
    void POL_3_4_after_withdrawal_the_exam_result_belongs_to_the_teachers_of_the_pupils_last_class() {
        SchoolFixture f = guarded();
        f.accept(ADMIN, RecordMovement.withdrawal(KUZNETSOV, order("9-у"), LocalDate.of(2026, 10, 16)));

        acceptedCleanly(f.journal.execute(MATH_TEACHER, new RecordExamResult(ExamResultId.of("e-1"), KUZNETSOV, MATH,
                ExamKind.INTERMEDIATE_ATTESTATION, LocalDate.of(2026, 10, 20), FivePoint.of(4))));
        refusedBy(f.reject(RUS_TEACHER, new RecordExamResult(ExamResultId.of("e-2"), KUZNETSOV, MATH,
                ExamKind.INTERMEDIATE_ATTESTATION, LocalDate.of(2026, 10, 20), FivePoint.of(4))), NOT_ASSIGNED,
                CLAUSE);
    }

    // ------------------------------------------------------------------ audit mode and the profile

    @Test
    void POL_3_4_an_audit_finds_a_mark_recorded_by_a_teacher_of_another_subject() {
        SchoolFixture f = guarded();
        List<JournalEvent> events = new ArrayList<>(f.store.events(SCHOOL_ID).toList());
        Instant later = at(MONDAY, 15, 0);
        events.add(new JournalEvent(events.size() + 1, later, MATH_TEACHER, RecordMark.of(TASK, IVANOVA,
                FivePoint.of(5)), List.of()));
        events.add(new JournalEvent(events.size() + 1, later, RUS_TEACHER, RecordMark.of(TASK, PETROV,
                FivePoint.of(2)), List.of()));

        AuditReport report = Audit.run(school(), AccessRules.all(PROFILE), events.stream(), later);

        assertThat(report.findings()).singleElement().satisfies(x -> {
            assertThat(x.sequence()).isEqualTo(events.size());
            assertThat(x.violation().code()).isEqualTo(NOT_HIS);
            assertThat(x.violation().clause()).isEqualTo(CLAUSE);
        });
    }

    @Test
    void POL_3_4_a_school_may_make_the_rule_a_warning_and_the_entry_is_then_recorded_with_it() {
        SchoolFixture f = guarded(org.ejournal.rules.Profile.builder()
                .putSeverities(TeachersWriteOnlyForTheirLessons.NAME, org.ejournal.rules.RuleSeverity.WARNING).build());

        Outcome o = f.journal.execute(RUS_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

        assertThat(o.isAccepted()).isTrue();
        assertThat(o.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(NOT_HIS);
            assertThat(v.isBlocking()).isFalse();
        });
    }
}
