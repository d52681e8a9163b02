package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.JournalPage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pupils are registered, then placed in classes by the director's orders (POL-4.6): enrolment,
 * transfer between classes of a year, withdrawal, promotion and conditional promotion to the next
 * grade of a later year. A pupil's class on a day decides which journal pages show them and where
 * their marks may be entered.
 */
class SettingUpPupilsAndTheirMovementsTest {

    static final StudentId NOVIKOVA = StudentId.of("s-novikova");
    static final SchoolYearId NEXT_YEAR = SchoolYearId.of("2027-2028");
    static final LocalDate NEXT_FIRST = LocalDate.of(2027, 9, 1);
    static final ClassId C6A_NEXT = ClassId.of("6a-2027");
    static final ClassId C5A_NEXT = ClassId.of("5a-2027");
    static final ClassId C7A_NEXT = ClassId.of("7a-2027");
    static final StudyPeriodId NEXT_Q1 = StudyPeriodId.of("q1-2027");

    private final SchoolFixture school = SchoolFixture.create();

    private void registerNovikova() {
        school.accept(ADMIN, new RegisterStudent(NOVIKOVA, PersonName.of("Новикова", "Анна", "Игоревна"),
                LocalDate.of(2015, 2, 1)));
    }

    private void openNextYear() {
        school.accept(ADMIN, new OpenSchoolYear(NEXT_YEAR, NEXT_FIRST, LocalDate.of(2028, 5, 31),
                SchoolCalendar.ofWeek(5)));
        school.accept(ADMIN, new DefineStudyPeriod(NEXT_Q1, NEXT_YEAR, PeriodKind.QUARTER, 1, NEXT_FIRST,
                LocalDate.of(2027, 10, 24), GradeRange.of(1, 9)));
        school.accept(ADMIN, new CreateClass(C5A_NEXT, NEXT_YEAR, 5, "А"));
        school.accept(ADMIN, new CreateClass(C6A_NEXT, NEXT_YEAR, 6, "А"));
        school.accept(ADMIN, new CreateClass(C7A_NEXT, NEXT_YEAR, 7, "А"));
    }

    private List<StudentId> rows(ClassId schoolClass, StudyPeriodId period) {
        return school.journal.page(DIRECTOR, schoolClass, MATH, period).orElseThrow().rows().stream()
                .map(JournalPage.Row::student).toList();
    }

    private static RecordMovement movement(StudentId pupil, MovementKind kind, ClassId to, LocalDate effective,
            Set<SubjectId> debts) {
        return new RecordMovement(pupil, kind, to, order("15-у"), effective, debts);
    }

    private static List<String> concerns(Outcome.Rejected rejected) {
        return rejected.violations().stream().map(Violation::concerns).toList();
    }

    private Movement lastMovement(StudentId pupil) {
        List<Movement> all = school.state().movements(pupil);
        return all.get(all.size() - 1);
    }

    @Nested
    class RegisteringPupils {

        @Test
        void a_registered_pupil_has_an_empty_diary_until_enrolled() {
            assertThat(school.journal.diary(DIRECTOR, NOVIKOVA, MONDAY, MONDAY).isGranted()).isFalse();

            registerNovikova();

            Diary diary = school.journal.diary(DIRECTOR, NOVIKOVA, MONDAY, MONDAY).orElseThrow();
            assertThat(diary.days()).isEmpty();
            Student pupil = school.state().student(NOVIKOVA).orElseThrow();
            assertThat(pupil.name().shortName()).isEqualTo("Новикова А. И.");
            assertThat(pupil.birthDate()).contains(LocalDate.of(2015, 2, 1));
            assertThat(school.state().placements(NOVIKOVA)).isEmpty();
        }

        @Test
        void a_pupil_may_be_registered_without_a_birth_date() {
            school.accept(ADMIN, new RegisterStudent(NOVIKOVA, PersonName.of("Новикова", "Анна", null), null));

            assertThat(school.state().student(NOVIKOVA).orElseThrow().birthDate()).isEmpty();
        }

        @Test
        void a_pupil_id_already_taken_is_rejected_and_the_pupil_keeps_their_name() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new RegisterStudent(IVANOVA, PersonName.of("Новикова", "Анна", null), null));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("RegisterStudent.id");
            assertThat(school.state().student(IVANOVA).orElseThrow().name().surname()).isEqualTo("Иванова");
        }
    }

    @Nested
    class Enrolment {

        @Test
        void an_enrolled_pupil_appears_on_the_class_pages_and_has_its_lessons_in_the_diary_from_the_first_day() {
            registerNovikova();
            LocalDate first = LocalDate.of(2026, 10, 12);
            LessonId before = LessonId.of("l-5b-1009");
            LessonId after = LessonId.of("l-5b-1012");
            school.accept(MATH_TEACHER, RecordLesson.of(before, C5B, MATH, first.minusDays(3), 1, MATH_TEACHER_ID, null));
            school.accept(MATH_TEACHER, RecordLesson.of(after, C5B, MATH, first, 1, MATH_TEACHER_ID, null));

            school.accept(ADMIN, RecordMovement.enrolment(NOVIKOVA, C5B, order("12-у"), first));

            assertThat(rows(C5B, Q1)).containsExactly(KUZNETSOV, NOVIKOVA);
            assertThat(rows(C5A, Q1)).doesNotContain(NOVIKOVA);
            Diary diary = school.journal.diary(DIRECTOR, NOVIKOVA, first.minusDays(3), first).orElseThrow();
            assertThat(diary.days()).singleElement().satisfies(d -> {
                assertThat(d.date()).isEqualTo(first);
                assertThat(d.lessons()).extracting(l -> l.lesson().id()).containsExactly(after);
            });
            Movement m = lastMovement(NOVIKOVA);
            assertThat(m.kind()).isEqualTo(MovementKind.ENROLMENT);
            assertThat(m.from()).isEmpty();
            assertThat(m.to()).contains(C5B);
            assertThat(m.order()).isEqualTo(order("12-у"));
        }

        @Test
        void an_enrolment_of_an_unknown_pupil_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.enrolment(NOVIKOVA, C5B, order("12-у"), LocalDate.of(2026, 10, 12)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.student");
        }

        @Test
        void an_enrolment_into_an_unknown_class_is_rejected() {
            registerNovikova();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.enrolment(NOVIKOVA, ClassId.of("5v"), order("12-у"), LocalDate.of(2026, 10, 12)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.to");
            assertThat(school.state().placements(NOVIKOVA)).isEmpty();
        }

        @Test
        void an_enrolment_after_the_school_year_of_the_class_is_rejected() {
            registerNovikova();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.enrolment(NOVIKOVA, C5B, order("12-у"), YEAR_LAST.plusDays(1)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCHOOL_YEAR);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.effective");
        }

        @Test
        void an_enrolment_before_the_school_year_of_the_class_is_rejected() {
            registerNovikova();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.enrolment(NOVIKOVA, C5B, order("12-у"), YEAR_FIRST.minusDays(1)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCHOOL_YEAR);
        }

        @Test
        void an_enrolment_of_a_pupil_already_in_a_class_is_rejected_a_transfer_is_needed() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.enrolment(IVANOVA, C5B, order("12-у"), LocalDate.of(2026, 10, 12)));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.kind");
            assertThat(school.state().classOf(IVANOVA, LocalDate.of(2026, 10, 12))).contains(C5A);
        }
    }

    @Nested
    class Transfer {

        @Test
        void a_transferred_pupil_leaves_the_old_class_pages_of_later_periods_and_joins_the_new_ones() {
            school.accept(ADMIN, RecordMovement.transfer(PETROV, C5B, order("20-у"), LocalDate.of(2026, 10, 14)));

            assertThat(rows(C5A, Q2)).doesNotContain(PETROV);
            assertThat(rows(C5B, Q2)).containsExactly(KUZNETSOV, PETROV);
            assertThat(school.state().classOf(PETROV, LocalDate.of(2026, 10, 13))).contains(C5A);
            assertThat(school.state().classOf(PETROV, LocalDate.of(2026, 10, 14))).contains(C5B);
            Movement m = lastMovement(PETROV);
            assertThat(m.kind()).isEqualTo(MovementKind.TRANSFER);
            assertThat(m.from()).contains(C5A);
            assertThat(m.to()).contains(C5B);
        }

        @Test
        void a_pupil_transferred_mid_quarter_is_on_both_class_pages_and_gets_marks_only_where_they_were_that_day() {
            LocalDate tuesday = LocalDate.of(2026, 10, 13);
            LocalDate wednesday = LocalDate.of(2026, 10, 14);
            school.accept(ADMIN, RecordMovement.transfer(PETROV, C5B, order("20-у"), wednesday));
            TaskId in5aBefore = lessonWithTask("5a-1013", C5A, tuesday);
            TaskId in5aAfter = lessonWithTask("5a-1014", C5A, wednesday);
            TaskId in5bBefore = lessonWithTask("5b-1013", C5B, tuesday);
            TaskId in5bAfter = lessonWithTask("5b-1014", C5B, wednesday);

            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(4)));
            school.accept(MATH_TEACHER, RecordMark.of(in5aBefore, PETROV, FivePoint.of(5)));
            Outcome.Rejected afterLeaving = school.reject(MATH_TEACHER, RecordMark.of(in5aAfter, PETROV, FivePoint.of(5)));
            Outcome.Rejected beforeJoining = school.reject(MATH_TEACHER,
                    RecordMark.of(in5bBefore, PETROV, FivePoint.of(3)));
            school.accept(MATH_TEACHER, RecordMark.of(in5bAfter, PETROV, FivePoint.of(3)));

            assertThat(afterLeaving.codes()).containsExactly(NOT_IN_CLASS);
            assertThat(concerns(afterLeaving)).containsExactly("RecordMark.student");
            assertThat(beforeJoining.codes()).containsExactly(NOT_IN_CLASS);
            assertThat(school.state().placements(PETROV)).containsExactly(new Placement(C5A, YEAR_FIRST, tuesday),
                    new Placement(C5B, wednesday, null));
            JournalPage page5a = school.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow();
            JournalPage page5b = school.journal.page(DIRECTOR, C5B, MATH, Q1).orElseThrow();
            assertThat(page5a.rows()).extracting(JournalPage.Row::student)
                    .containsExactly(ALEKSEEVA, IVANOVA, PETROV, SIDOROV);
            assertThat(page5b.rows()).extracting(JournalPage.Row::student).containsExactly(KUZNETSOV, PETROV);
            assertThat(page5a.row(PETROV).orElseThrow().marks())
                    .containsOnly(Map.entry(TASK, FivePoint.of(4)), Map.entry(in5aBefore, FivePoint.of(5)));
            assertThat(page5b.row(PETROV).orElseThrow().marks()).containsOnly(Map.entry(in5bAfter, FivePoint.of(3)));
            Diary diary = school.journal.diary(DIRECTOR, PETROV, tuesday, wednesday).orElseThrow();
            assertThat(diary.days()).extracting(d -> d.lessons().stream().map(l -> l.lesson().schoolClass()).toList())
                    .containsExactly(List.of(C5A), List.of(C5B));
            assertThat(diary.marks()).extracting(Diary.DiaryMark::value)
                    .containsExactly(FivePoint.of(5), FivePoint.of(3));
        }

        private TaskId lessonWithTask(String name, ClassId schoolClass, LocalDate date) {
            LessonId lesson = LessonId.of("l-" + name);
            TaskId task = TaskId.of("t-" + name);
            school.accept(MATH_TEACHER, RecordLesson.of(lesson, schoolClass, MATH, date, 1, MATH_TEACHER_ID, "Дроби"));
            school.accept(MATH_TEACHER, AssignTask.of(task, lesson, TaskType.CLASS_WORK));
            return task;
        }

        @Test
        void a_transfer_to_a_class_of_another_year_is_rejected() {
            openNextYear();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.transfer(IVANOVA, C5A_NEXT, order("20-у"), NEXT_FIRST));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.to");
            assertThat(school.state().classOf(IVANOVA, NEXT_FIRST)).contains(C5A);
        }

        @Test
        void a_transfer_to_the_class_the_pupil_is_in_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.transfer(IVANOVA, C5A, order("20-у"), LocalDate.of(2026, 10, 14)));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.to");
        }

        @Test
        void a_transfer_of_a_pupil_in_no_class_is_rejected() {
            registerNovikova();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.transfer(NOVIKOVA, C5B, order("20-у"), LocalDate.of(2026, 10, 14)));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.kind");
        }

        @Test
        void a_transfer_dated_on_or_before_the_previous_movement_is_rejected() {
            Outcome.Rejected sameDay = school.reject(ADMIN,
                    RecordMovement.transfer(IVANOVA, C5B, order("20-у"), YEAR_FIRST));
            school.accept(ADMIN, RecordMovement.transfer(IVANOVA, C5B, order("20-у"), LocalDate.of(2026, 10, 14)));
            Outcome.Rejected earlier = school.reject(ADMIN,
                    RecordMovement.transfer(IVANOVA, C5A, order("21-у"), LocalDate.of(2026, 10, 13)));

            assertThat(sameDay.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(sameDay)).containsExactly("RecordMovement.effective");
            assertThat(earlier.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(earlier.violations().get(0).messageEn()).contains("2026-10-14");
        }

        @Test
        void a_transfer_dated_after_the_school_year_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.transfer(IVANOVA, C5B, order("20-у"), YEAR_LAST.plusDays(1)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCHOOL_YEAR);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.effective");
        }
    }

    @Nested
    class Withdrawal {

        private final LocalDate q2First = LocalDate.of(2026, 11, 4);

        @Test
        void a_withdrawn_pupil_stays_on_the_pages_of_the_periods_they_studied_in_and_gets_no_marks_afterwards() {
            school.accept(ADMIN, RecordMovement.withdrawal(IVANOVA, order("30-у"), q2First));

            assertThat(rows(C5A, Q1)).contains(IVANOVA);
            assertThat(rows(C5A, Q2)).doesNotContain(IVANOVA);
            assertThat(school.state().classOf(IVANOVA, q2First.minusDays(1))).contains(C5A);
            assertThat(school.state().classOf(IVANOVA, q2First)).isEmpty();
            Movement m = lastMovement(IVANOVA);
            assertThat(m.kind()).isEqualTo(MovementKind.WITHDRAWAL);
            assertThat(m.from()).contains(C5A);
            assertThat(m.to()).isEmpty();
            LessonId lesson = LessonId.of("l-math-1109");
            school.accept(MATH_TEACHER, RecordLesson.of(lesson, C5A, MATH, LocalDate.of(2026, 11, 9), 1,
                    MATH_TEACHER_ID, "Десятичные дроби"));
            school.accept(MATH_TEACHER, AssignTask.of(TaskId.of("t-1109"), lesson, TaskType.CLASS_WORK));
            assertThat(school.reject(MATH_TEACHER, RecordMark.of(TaskId.of("t-1109"), IVANOVA, FivePoint.of(5))).codes())
                    .containsExactly(NOT_IN_CLASS);
            assertThat(school.journal.diary(DIRECTOR, IVANOVA, q2First, LocalDate.of(2026, 11, 9)).orElseThrow().days())
                    .isEmpty();
        }

        @Test
        void a_withdrawn_pupil_may_be_enrolled_again() {
            school.accept(ADMIN, RecordMovement.withdrawal(IVANOVA, order("30-у"), q2First));

            school.accept(ADMIN, RecordMovement.enrolment(IVANOVA, C5B, order("35-у"), LocalDate.of(2026, 11, 16)));

            assertThat(rows(C5B, Q2)).contains(IVANOVA);
            assertThat(school.state().placements(IVANOVA)).containsExactly(
                    new Placement(C5A, YEAR_FIRST, q2First.minusDays(1)),
                    new Placement(C5B, LocalDate.of(2026, 11, 16), null));
        }

        @Test
        void a_withdrawal_of_a_pupil_in_no_class_is_rejected() {
            registerNovikova();

            Outcome.Rejected rejected = school.reject(ADMIN, RecordMovement.withdrawal(NOVIKOVA, order("30-у"), q2First));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.kind");
        }

        @Test
        void a_second_withdrawal_is_rejected() {
            school.accept(ADMIN, RecordMovement.withdrawal(IVANOVA, order("30-у"), q2First));

            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.withdrawal(IVANOVA, order("31-у"), q2First.plusDays(7)));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.kind");
        }

        @Test
        void a_withdrawal_dated_before_the_enrolment_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    RecordMovement.withdrawal(IVANOVA, order("30-у"), YEAR_FIRST.minusDays(1)));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.effective");
            assertThat(school.state().classOf(IVANOVA, MONDAY)).contains(C5A);
        }

        @Test
        void a_withdrawal_into_a_class_is_not_a_withdrawal() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    movement(IVANOVA, MovementKind.WITHDRAWAL, C5B, q2First, Set.of()));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.consistent");
        }
    }

    @Nested
    class Promotion {

        @Test
        void a_promoted_pupil_is_in_the_next_grade_of_the_next_year_from_its_first_day() {
            openNextYear();

            school.accept(ADMIN, movement(IVANOVA, MovementKind.PROMOTION, C6A_NEXT, NEXT_FIRST, Set.of()));

            assertThat(rows(C6A_NEXT, NEXT_Q1)).containsExactly(IVANOVA);
            assertThat(rows(C5A, Q2)).contains(IVANOVA);
            assertThat(school.state().classOf(IVANOVA, YEAR_LAST)).contains(C5A);
            assertThat(school.state().classOf(IVANOVA, NEXT_FIRST)).contains(C6A_NEXT);
            Movement m = lastMovement(IVANOVA);
            assertThat(m.kind()).isEqualTo(MovementKind.PROMOTION);
            assertThat(m.from()).contains(C5A);
            assertThat(m.academicDebts()).isEmpty();
        }

        @Test
        void a_conditionally_promoted_pupil_carries_the_academic_debts() {
            openNextYear();

            school.accept(ADMIN, movement(IVANOVA, MovementKind.CONDITIONAL_PROMOTION, C6A_NEXT, NEXT_FIRST,
                    Set.of(MATH, RUSSIAN)));

            assertThat(rows(C6A_NEXT, NEXT_Q1)).containsExactly(IVANOVA);
            Movement m = lastMovement(IVANOVA);
            assertThat(m.kind()).isEqualTo(MovementKind.CONDITIONAL_PROMOTION);
            assertThat(m.to()).contains(C6A_NEXT);
            assertThat(m.academicDebts()).containsExactlyInAnyOrder(MATH, RUSSIAN);
        }

        @Test
        void a_conditional_promotion_without_academic_debts_is_rejected() {
            openNextYear();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    movement(IVANOVA, MovementKind.CONDITIONAL_PROMOTION, C6A_NEXT, NEXT_FIRST, Set.of()));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.consistent");
        }

        @Test
        void a_plain_promotion_with_academic_debts_is_rejected() {
            openNextYear();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    movement(IVANOVA, MovementKind.PROMOTION, C6A_NEXT, NEXT_FIRST, Set.of(MATH)));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
        }

        @Test
        void an_academic_debt_in_an_unknown_subject_is_rejected() {
            openNextYear();

            Outcome.Rejected rejected = school.reject(ADMIN, movement(IVANOVA, MovementKind.CONDITIONAL_PROMOTION,
                    C6A_NEXT, NEXT_FIRST, Set.of(MATH, SubjectId.of("latin"))));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.academicDebts");
        }

        @Test
        void a_promotion_within_the_same_school_year_is_rejected() {
            school.accept(ADMIN, new CreateClass(ClassId.of("6a"), YEAR, 6, "А"));

            Outcome.Rejected rejected = school.reject(ADMIN,
                    movement(IVANOVA, MovementKind.PROMOTION, ClassId.of("6a"), LocalDate.of(2027, 1, 11), Set.of()));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.to");
        }

        @Test
        void a_promotion_that_skips_a_grade_is_rejected() {
            openNextYear();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    movement(IVANOVA, MovementKind.PROMOTION, C7A_NEXT, NEXT_FIRST, Set.of()));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.to");
            assertThat(rejected.violations().get(0).messageEn()).contains("grade 6");
        }

        @Test
        void a_conditional_promotion_to_the_same_grade_is_rejected() {
            openNextYear();

            Outcome.Rejected rejected = school.reject(ADMIN, movement(IVANOVA, MovementKind.CONDITIONAL_PROMOTION,
                    C5A_NEXT, NEXT_FIRST, Set.of(MATH)));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
        }

        @Test
        void a_promotion_dated_before_the_next_school_year_is_rejected() {
            openNextYear();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    movement(IVANOVA, MovementKind.PROMOTION, C6A_NEXT, YEAR_LAST, Set.of()));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCHOOL_YEAR);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.effective");
        }

        @Test
        void a_promotion_of_a_pupil_in_no_class_is_rejected() {
            openNextYear();
            registerNovikova();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    movement(NOVIKOVA, MovementKind.PROMOTION, C6A_NEXT, NEXT_FIRST, Set.of()));

            assertThat(rejected.codes()).containsExactly(INVALID_MOVEMENT);
            assertThat(concerns(rejected)).containsExactly("RecordMovement.kind");
            assertThat(school.state().movements(NOVIKOVA)).isEmpty();
            assertThat(school.state().placements(NOVIKOVA)).isEmpty();
        }
    }
}
