package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.BilingualMessages.assertBilingual;
import static org.ejournal.core.BilingualMessages.assertBilingualQuoting;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CancelMark;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.ScaleId;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.EntryHistory;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;
import org.ejournal.core.view.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RecordMark, CorrectMark and CancelMark (POL-4.4c, POL-4.4f, REC-1.7). */
class RecordingMarksTest {

    static final TaskId PE_TASK = TaskId.of("t-pe-1006-1");
    static final LessonId PE_LESSON = LessonId.of("l-pe-1006-1");
    static final LessonId GROUP_LESSON = LessonId.of("l-rus-g1-1006-3");
    static final TaskId GROUP_TASK = TaskId.of("t-rus-g1-1006-3");

    private final SchoolFixture school = SchoolFixture.create();

    private Optional<MarkValue> markOnPage(StudentId pupil) {
        return Optional.ofNullable(school.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow().row(pupil).orElseThrow()
                .marks().get(TASK));
    }

    private Diary mondayDiary(StudentId pupil) {
        return school.journal.diary(DIRECTOR, pupil, MONDAY, MONDAY).orElseThrow();
    }

    /** A physical-education lesson, marked pass/fail, with one task. */
    private void peLesson() {
        school.accept(RUS_TEACHER, RecordLesson.of(PE_LESSON, C5A, PE, MONDAY.plusDays(1), 1, DIRECTOR_ID, "Бег"));
        school.accept(DIRECTOR, AssignTask.of(PE_TASK, PE_LESSON, TaskType.PRACTICAL_WORK));
    }

    /** A Russian lesson of group 1 of 5А (Иванова, Петров) with one task. */
    private void groupLesson() {
        school.accept(RUS_TEACHER, RecordLesson.of(GROUP_LESSON, C5A, RUSSIAN, MONDAY.plusDays(1), 3,
                RUS_TEACHER_ID, "Диктант").withGroup(G5A_1));
        school.accept(RUS_TEACHER, AssignTask.of(GROUP_TASK, GROUP_LESSON, TaskType.DICTATION));
    }

    private StudentId enrolNewPupil(String id, LocalDate from) {
        StudentId pupil = StudentId.of(id);
        school.accept(ADMIN, new RegisterStudent(pupil, PersonName.of("Новикова", "Анна", null), null));
        school.accept(ADMIN, RecordMovement.enrolment(pupil, C5A, order("7-у"), from));
        return pupil;
    }

    @Test
    void a_mark_for_a_pupil_of_the_class_is_recorded_and_shows_on_the_page_and_in_the_diary() {
        Outcome.Accepted accepted = school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

        assertThat(accepted.events()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(MATH_TEACHER);
            assertThat(e.recordedAt()).isEqualTo(school.clock.instant());
        });
        JournalPage page = school.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow();
        assertThat(page.columns()).singleElement().satisfies(c -> assertThat(c.lesson().id()).isEqualTo(LESSON));
        assertThat(page.rows()).extracting(JournalPage.Row::student)
                .containsExactly(ALEKSEEVA, IVANOVA, PETROV, SIDOROV);
        assertThat(page.row(IVANOVA).orElseThrow().marks()).containsEntry(TASK, FivePoint.of(5));
        assertThat(school.journal.diary(Actor.guardian(IVANOVA_MOTHER), IVANOVA, MONDAY, MONDAY).orElseThrow().marks())
                .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(FivePoint.of(5)));
    }

    @Test
    void a_mark_outside_the_five_point_scale_is_rejected_and_changes_nothing() {
        Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(6)));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.OUTSIDE_SCALE);
        assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.4c");
        assertThat(rejected.violations().get(0).messageRu()).contains("вне шкалы");
    }

    @Test
    void a_mark_for_a_pupil_of_another_class_is_rejected() {
        Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, KUZNETSOV, FivePoint.of(4)));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.NOT_IN_CLASS);
    }

    @Test
    void a_mark_for_an_unknown_pupil_is_rejected() {
        Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                RecordMark.of(TASK, StudentId.of("nobody"), FivePoint.of(4)));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordMark.student");
    }

    @Test
    void a_correction_keeps_the_original_in_the_history() {
        school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
        school.clock.advance(java.time.Duration.ofHours(1));
        school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "ошибка при вводе"));

        var history = school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)).orElseThrow();
        assertThat(history.original()).contains("3");
        assertThat(history.current()).contains("4");
        assertThat(history.revisions().get(1).reason()).contains("ошибка при вводе");
        assertThat(history.revisions().get(1).before()).contains("3");
    }

    @Nested
    class RecordMarkCommand {

        @Test
        void marks_of_several_pupils_for_one_task_each_reach_only_their_own_row_and_diary() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(2)));

            assertThat(markOnPage(IVANOVA)).contains(FivePoint.of(5));
            assertThat(markOnPage(PETROV)).contains(FivePoint.of(2));
            assertThat(markOnPage(SIDOROV)).isEmpty();
            assertThat(mondayDiary(PETROV).marks()).singleElement().satisfies(m -> {
                assertThat(m.task().id()).isEqualTo(TASK);
                assertThat(m.task().type()).isEqualTo(TaskType.CLASS_WORK);
                assertThat(m.value()).isEqualTo(FivePoint.of(2));
            });
            assertThat(mondayDiary(SIDOROV).marks()).isEmpty();
            assertThat(school.journal.history(DIRECTOR, EntryRef.mark(TASK, PETROV)).orElseThrow().revisions())
                    .singleElement().satisfies(r -> {
                        assertThat(r.action()).isEqualTo("RecordMark");
                        assertThat(r.actor()).isEqualTo(MATH_TEACHER);
                        assertThat(r.before()).isEmpty();
                        assertThat(r.after()).contains("2");
                        assertThat(r.reason()).isEmpty();
                    });
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5})
        void every_mark_of_the_five_point_scale_is_accepted(int mark) {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(mark)));

            assertThat(markOnPage(SIDOROV)).contains(FivePoint.of(mark));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6, -1, 10})
        void a_number_outside_one_to_five_is_rejected(int mark) {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(mark)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordMark.value");
        }

        @Test
        void a_pass_fail_subject_takes_pass_or_fail() {
            peLesson();

            school.accept(DIRECTOR, RecordMark.of(PE_TASK, IVANOVA, PassFail.PASS));
            school.accept(DIRECTOR, RecordMark.of(PE_TASK, PETROV, PassFail.FAIL));

            JournalPage page = school.journal.page(DIRECTOR, C5A, PE, Q1).orElseThrow();
            assertThat(page.row(IVANOVA).orElseThrow().marks()).containsEntry(PE_TASK, PassFail.PASS);
            assertThat(page.row(PETROV).orElseThrow().marks()).containsEntry(PE_TASK, PassFail.FAIL);
        }

        @Test
        void a_five_point_mark_on_a_pass_fail_subject_is_rejected() {
            peLesson();

            Outcome.Rejected rejected = school.reject(DIRECTOR, RecordMark.of(PE_TASK, IVANOVA, FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4c");
            assertThat(v.messageEn()).contains("Физическая культура").contains("зач");
            assertBilingualQuoting(v);
        }

        @Test
        void a_pass_on_a_five_point_subject_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, PassFail.PASS));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
        }

        @Test
        void a_special_period_result_is_not_a_current_mark() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordMark.of(TASK, IVANOVA, SpecialResults.NOT_ATTESTED));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
        }

        @Test
        void a_mark_of_a_scale_the_school_does_not_use_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordMark.of(TASK, IVANOVA, MarkValue.of(ScaleId.of("ten-point"), "9")));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
        }

        @Test
        void a_mark_without_a_value_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, null));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordMark.value");
        }

        @Test
        void a_mark_for_an_unknown_task_is_rejected_under_the_clause_that_marks_need_an_assigned_task() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordMark.of(TaskId.of("t-none"), IVANOVA, FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            Violation v = rejected.violations().get(0);
            assertThat(v.concerns()).isEqualTo("RecordMark.task");
            assertThat(v.clause()).isEqualTo("POL-4.4f");
            assertBilingual(v);
        }

        @Test
        void a_mark_for_an_unknown_pupil_and_an_unknown_task_reports_both() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordMark.of(TaskId.of("t-none"), StudentId.of("nobody"), FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE, UNKNOWN_REFERENCE);
            assertThat(rejected.violations()).extracting(Violation::concerns)
                    .containsExactly("RecordMark.task", "RecordMark.student");
        }

        @Test
        void a_pupil_of_another_class_is_reported_with_the_clause_and_in_both_languages() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, KUZNETSOV, FivePoint.of(4)));

            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4c");
            assertThat(v.concerns()).isEqualTo("RecordMark.student");
            assertThat(v.messageEn()).contains(KUZNETSOV.value()).contains(MONDAY.toString());
            assertBilingualQuoting(v);
        }

        @Test
        void a_pupil_outside_the_group_of_a_group_lesson_gets_no_mark() {
            groupLesson();

            school.accept(RUS_TEACHER, RecordMark.of(GROUP_TASK, PETROV, FivePoint.of(4)));
            Outcome.Rejected rejected = school.reject(RUS_TEACHER, RecordMark.of(GROUP_TASK, SIDOROV, FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
            assertBilingual(rejected.violations().get(0));
        }

        @Test
        void a_pupil_enrolled_after_the_lesson_gets_no_mark_for_it() {
            StudentId newcomer = enrolNewPupil("s-novikova", MONDAY.plusDays(1));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, newcomer, FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
        }

        @Test
        void a_pupil_enrolled_on_the_day_of_the_lesson_may_get_a_mark_for_it() {
            StudentId newcomer = enrolNewPupil("s-novikova", MONDAY);

            school.accept(MATH_TEACHER, RecordMark.of(TASK, newcomer, FivePoint.of(5)));

            assertThat(markOnPage(newcomer)).contains(FivePoint.of(5));
        }

        @Test
        void a_pupil_who_left_before_the_lesson_gets_no_mark_for_it() {
            school.accept(ADMIN, RecordMovement.withdrawal(PETROV, order("9-в"), MONDAY));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
        }

        @Test
        void a_pupil_who_left_after_the_lesson_may_still_get_the_mark_for_it() {
            school.accept(ADMIN, RecordMovement.withdrawal(PETROV, order("9-в"), MONDAY.plusDays(1)));

            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(4)));

            assertThat(markOnPage(PETROV)).contains(FivePoint.of(4));
        }

        @Test
        void a_pupil_transferred_to_another_class_after_the_lesson_keeps_the_mark_in_the_old_class() {
            school.accept(ADMIN, RecordMovement.transfer(PETROV, C5B, order("10-п"), MONDAY.plusDays(1)));

            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(4)));

            assertThat(markOnPage(PETROV)).contains(FivePoint.of(4));
            assertThat(mondayDiary(PETROV).marks()).extracting(Diary.DiaryMark::value)
                    .containsExactly(FivePoint.of(4));
        }

        @Test
        void a_second_mark_for_the_same_task_is_rejected_as_already_recorded() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(ALREADY_RECORDED);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertThat(v.concerns()).isEqualTo("RecordMark.student");
            assertThat(v.messageEn()).contains("CorrectMark");
            assertBilingual(v);
            assertThat(markOnPage(IVANOVA)).contains(FivePoint.of(5));
        }

        @Test
        void a_second_mark_outside_the_scale_reports_both_problems() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(7)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE, ALREADY_RECORDED);
        }

        @Test
        void a_mark_by_an_unknown_actor_is_rejected() {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")),
                    RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-6.6");
            assertBilingual(rejected.violations().get(0));
            assertThat(markOnPage(IVANOVA)).isEmpty();
        }
    }

    @Nested
    class CorrectMarkCommand {

        @Test
        void a_corrected_mark_replaces_the_old_one_on_the_page_and_in_the_diary() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
            school.clock.advance(Duration.ofDays(1));

            school.accept(DIRECTOR, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "ошибка при вводе"));

            assertThat(markOnPage(IVANOVA)).contains(FivePoint.of(4));
            assertThat(mondayDiary(IVANOVA).marks()).extracting(Diary.DiaryMark::value)
                    .containsExactly(FivePoint.of(4));
            Revision correction = school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)).orElseThrow()
                    .revisions().get(1);
            assertThat(correction.action()).isEqualTo("CorrectMark");
            assertThat(correction.actor()).isEqualTo(DIRECTOR);
            assertThat(correction.recordedAt()).isEqualTo(school.clock.instant());
        }

        @Test
        void a_mark_may_be_corrected_more_than_once_and_every_step_is_kept() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
            school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "первая правка"));
            school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(5), "вторая правка"));

            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)).orElseThrow();
            assertThat(history.revisions()).extracting(r -> r.before().orElse(null), r -> r.after().orElse(null),
                    r -> r.reason().orElse(null)).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(null, "3", null),
                            org.assertj.core.groups.Tuple.tuple("3", "4", "первая правка"),
                            org.assertj.core.groups.Tuple.tuple("4", "5", "вторая правка"));
            assertThat(markOnPage(IVANOVA)).contains(FivePoint.of(5));
        }

        @Test
        void a_correction_of_a_mark_never_given_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(NOTHING_TO_CORRECT);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertThat(v.concerns()).isEqualTo("CorrectMark.entry");
            assertBilingual(v);
        }

        @Test
        void a_correction_to_the_same_mark_is_rejected() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNCHANGED);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("REC-1.7");
            assertBilingual(rejected.violations().get(0));
        }

        @Test
        void a_correction_to_a_mark_outside_the_scale_is_rejected() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectMark(TASK, IVANOVA, FivePoint.of(6), "ошибка"));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("REC-1.7");
            assertThat(markOnPage(IVANOVA)).contains(FivePoint.of(4));
        }

        @Test
        void a_correction_to_a_five_point_mark_on_a_pass_fail_subject_is_rejected() {
            peLesson();
            school.accept(DIRECTOR, RecordMark.of(PE_TASK, IVANOVA, PassFail.FAIL));

            Outcome.Rejected rejected = school.reject(DIRECTOR,
                    new CorrectMark(PE_TASK, IVANOVA, FivePoint.of(3), "ошибка"));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
        }

        @Test
        void a_correction_for_an_unknown_task_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectMark(TaskId.of("t-none"), IVANOVA, FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("CorrectMark.task");
        }

        @Test
        void a_correction_for_a_pupil_of_another_class_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectMark(TASK, KUZNETSOV, FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
        }

        @Test
        void a_correction_without_a_reason_is_rejected() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectMark(TASK, IVANOVA, FivePoint.of(4), ""));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("CorrectMark.reason");
        }

        @Test
        void a_correction_by_an_unknown_actor_is_rejected() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));

            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")),
                    new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
        }
    }

    @Nested
    class CancelMarkCommand {

        @Test
        void a_cancelled_mark_leaves_the_page_and_the_diary_but_not_the_history() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(2)));
            school.clock.advance(Duration.ofMinutes(5));
            Instant cancelled = school.clock.instant();

            school.accept(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "отметка другому ученику"));

            assertThat(markOnPage(IVANOVA)).isEmpty();
            assertThat(mondayDiary(IVANOVA).marks()).isEmpty();
            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)).orElseThrow();
            assertThat(history.original()).contains("2");
            assertThat(history.current()).isEmpty();
            assertThat(history.revisions().get(1)).satisfies(r -> {
                assertThat(r.action()).isEqualTo("CancelMark");
                assertThat(r.actor()).isEqualTo(MATH_TEACHER);
                assertThat(r.recordedAt()).isEqualTo(cancelled);
                assertThat(r.before()).contains("2");
                assertThat(r.after()).isEmpty();
                assertThat(r.reason()).contains("отметка другому ученику");
            });
        }

        @Test
        void after_a_cancellation_a_new_mark_may_be_recorded() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(2)));
            school.accept(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "ошибка"));

            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

            assertThat(markOnPage(IVANOVA)).contains(FivePoint.of(5));
            assertThat(school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)).orElseThrow().revisions())
                    .extracting(Revision::action).containsExactly("RecordMark", "CancelMark", "RecordMark");
        }

        @Test
        void cancelling_a_mark_never_given_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "ошибка"));

            assertThat(rejected.codes()).containsExactly(NOTHING_TO_CORRECT);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertBilingual(v);
        }

        @Test
        void cancelling_a_mark_twice_is_rejected() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(2)));
            school.accept(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "ошибка"));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "ещё раз"));

            assertThat(rejected.codes()).containsExactly(NOTHING_TO_CORRECT);
        }

        @Test
        void cancelling_for_an_unknown_task_or_pupil_is_rejected() {
            Outcome.Rejected task = school.reject(MATH_TEACHER, new CancelMark(TaskId.of("t-none"), IVANOVA, "ошибка"));
            Outcome.Rejected pupil = school.reject(MATH_TEACHER,
                    new CancelMark(TASK, StudentId.of("nobody"), "ошибка"));

            assertThat(task.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(task.violations().get(0).concerns()).isEqualTo("CancelMark.task");
            assertThat(pupil.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(pupil.violations().get(0).concerns()).isEqualTo("CancelMark.student");
        }

        @Test
        void cancelling_without_a_reason_is_rejected() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(2)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, new CancelMark(TASK, IVANOVA, null));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(markOnPage(IVANOVA)).contains(FivePoint.of(2));
        }

        @Test
        void cancelling_by_an_unknown_actor_is_rejected() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(2)));

            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")),
                    new CancelMark(TASK, IVANOVA, "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(markOnPage(IVANOVA)).contains(FivePoint.of(2));
        }
    }
}
