package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ejournal.core.BilingualMessages.assertBilingual;
import static org.ejournal.core.BilingualMessages.assertBilingualQuoting;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.AbsenceKind;
import org.ejournal.core.model.AttendanceCode;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.EntryHistory;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RecordAttendance and CorrectAttendance (POL-4.4c, REG-4, REC-1.7). */
class RecordingAttendanceTest {

    static final LessonId GROUP_LESSON = LessonId.of("l-rus-g1-1005-3");

    private final SchoolFixture school = SchoolFixture.create();

    private Optional<AttendanceCode> onPage(StudentId pupil) {
        return Optional.ofNullable(school.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow().row(pupil).orElseThrow()
                .attendance().get(LESSON));
    }

    private Diary.DiaryLesson inDiary(StudentId pupil) {
        return school.journal.diary(DIRECTOR, pupil, MONDAY, MONDAY).orElseThrow().days().get(0).lessons().stream()
                .filter(l -> l.lesson().id().equals(LESSON)).findFirst().orElseThrow();
    }

    private void groupLesson() {
        school.accept(RUS_TEACHER, RecordLesson.of(GROUP_LESSON, C5A, RUSSIAN, MONDAY, 3, RUS_TEACHER_ID, "Диктант")
                .withGroup(G5A_1));
    }

    @Nested
    class RecordAttendanceCommand {

        @ParameterizedTest
        @CsvSource({"н, ABSENT_UNEXCUSED", "б, ABSENT_ILL", "у, ABSENT_EXCUSED", "оп, LATE"})
        void each_default_code_is_recorded_and_shows_on_the_page_and_in_the_diary(String code, AbsenceKind kind) {
            Outcome.Accepted accepted = school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, code));

            assertThat(accepted.events()).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo(MATH_TEACHER);
                assertThat(e.recordedAt()).isEqualTo(school.clock.instant());
            });
            assertThat(onPage(PETROV)).hasValueSatisfying(a -> {
                assertThat(a.code()).isEqualTo(code);
                assertThat(a.kind()).isEqualTo(kind);
            });
            assertThat(inDiary(PETROV).attendance()).map(AttendanceCode::code).contains(code);
        }

        @Test
        void pupils_without_an_entry_were_present() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            assertThat(onPage(IVANOVA)).isEmpty();
            assertThat(onPage(SIDOROV)).isEmpty();
            assertThat(inDiary(IVANOVA).attendance()).isEmpty();
            assertThat(school.journal.history(DIRECTOR, EntryRef.attendance(LESSON, PETROV)).orElseThrow()
                    .revisions()).singleElement().satisfies(r -> {
                        assertThat(r.action()).isEqualTo("RecordAttendance");
                        assertThat(r.actor()).isEqualTo(MATH_TEACHER);
                        assertThat(r.before()).isEmpty();
                        assertThat(r.after()).contains("н");
                    });
        }

        @Test
        void a_member_of_the_group_is_marked_absent_from_a_group_lesson() {
            groupLesson();

            school.accept(RUS_TEACHER, RecordAttendance.of(GROUP_LESSON, IVANOVA, "б"));

            assertThat(school.journal.page(DIRECTOR, C5A, RUSSIAN, Q1).orElseThrow().row(IVANOVA).orElseThrow()
                    .attendance().get(GROUP_LESSON).code()).isEqualTo("б");
        }

        @ParameterizedTest
        @ValueSource(strings = {"x", "Н", "нн", "п"})
        void a_code_the_school_does_not_use_is_rejected(String code) {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, code));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ATTENDANCE_CODE);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4c");
            assertThat(v.concerns()).isEqualTo("RecordAttendance.code");
            assertThat(v.messageRu()).contains("н", "б", "у", "оп");
            assertBilingualQuoting(v);
            assertThat(onPage(PETROV)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "нннннн"})
        void a_blank_or_overlong_code_is_rejected_as_an_invalid_value(String code) {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, code));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordAttendance.code");
        }

        @Test
        void attendance_at_an_unknown_lesson_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordAttendance.of(LessonId.of("l-none"), PETROV, "н"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            Violation v = rejected.violations().get(0);
            assertThat(v.concerns()).isEqualTo("RecordAttendance.lesson");
            assertThat(v.clause()).isEqualTo("POL-4.4c");
            assertBilingual(v);
        }

        @Test
        void attendance_of_an_unknown_pupil_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordAttendance.of(LESSON, StudentId.of("nobody"), "н"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordAttendance.student");
        }

        @Test
        void attendance_of_a_pupil_of_another_class_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordAttendance.of(LESSON, KUZNETSOV, "н"));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.4c");
            assertBilingualQuoting(rejected.violations().get(0));
        }

        @Test
        void attendance_of_a_pupil_outside_the_group_of_a_group_lesson_is_rejected() {
            groupLesson();

            Outcome.Rejected rejected = school.reject(RUS_TEACHER, RecordAttendance.of(GROUP_LESSON, SIDOROV, "н"));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
        }

        @Test
        void an_unknown_code_for_a_pupil_of_another_class_reports_both() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordAttendance.of(LESSON, KUZNETSOV, "x"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ATTENDANCE_CODE, NOT_IN_CLASS);
        }

        @Test
        void a_second_entry_for_the_same_pupil_and_lesson_is_rejected_as_already_recorded() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "б"));

            assertThat(rejected.codes()).containsExactly(ALREADY_RECORDED);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertThat(v.messageEn()).contains("CorrectAttendance");
            assertBilingual(v);
            assertThat(onPage(PETROV)).map(AttendanceCode::code).contains("н");
        }

        @Test
        void the_same_entry_twice_is_also_already_recorded() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            assertThat(rejected.codes()).containsExactly(ALREADY_RECORDED);
        }

        @Test
        void attendance_recorded_by_an_unknown_actor_is_rejected() {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")),
                    RecordAttendance.of(LESSON, PETROV, "н"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(onPage(PETROV)).isEmpty();
        }
    }

    @Nested
    class CorrectAttendanceCommand {

        @Test
        void a_corrected_code_replaces_the_old_one_and_the_history_keeps_both() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));
            Instant recorded = school.clock.instant();
            school.clock.advance(Duration.ofDays(1));

            school.accept(RUS_TEACHER, new CorrectAttendance(LESSON, PETROV, "б", "справка от врача"));

            assertThat(onPage(PETROV)).hasValueSatisfying(a -> {
                assertThat(a.code()).isEqualTo("б");
                assertThat(a.kind()).isEqualTo(AbsenceKind.ABSENT_ILL);
            });
            assertThat(inDiary(PETROV).attendance()).map(AttendanceCode::code).contains("б");
            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.attendance(LESSON, PETROV)).orElseThrow();
            assertThat(history.revisions()).extracting(Revision::action, Revision::actor, Revision::recordedAt)
                    .containsExactly(tuple("RecordAttendance", MATH_TEACHER, recorded),
                            tuple("CorrectAttendance", RUS_TEACHER, school.clock.instant()));
            assertThat(history.original()).contains("н");
            assertThat(history.current()).contains("б");
            assertThat(history.revisions().get(1).before()).contains("н");
            assertThat(history.revisions().get(1).reason()).contains("справка от врача");
        }

        @Test
        void a_correction_to_no_code_means_the_pupil_was_present_after_all() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "оп"));

            school.accept(MATH_TEACHER, new CorrectAttendance(LESSON, PETROV, null, "отмечен по ошибке"));

            assertThat(onPage(PETROV)).isEmpty();
            assertThat(inDiary(PETROV).attendance()).isEmpty();
            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.attendance(LESSON, PETROV)).orElseThrow();
            assertThat(history.original()).contains("оп");
            assertThat(history.current()).isEmpty();
            assertThat(history.revisions().get(1)).satisfies(r -> {
                assertThat(r.before()).contains("оп");
                assertThat(r.after()).isEmpty();
                assertThat(r.reason()).contains("отмечен по ошибке");
            });
        }

        @Test
        void after_a_correction_to_present_the_absence_may_be_recorded_anew() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));
            school.accept(MATH_TEACHER, new CorrectAttendance(LESSON, PETROV, null, "ошибка"));

            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "у"));

            assertThat(onPage(PETROV)).map(AttendanceCode::code).contains("у");
        }

        @Test
        void correcting_a_present_pupil_to_present_is_nothing_to_correct() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectAttendance(LESSON, PETROV, null, "ошибка"));

            assertThat(rejected.codes()).containsExactly(NOTHING_TO_CORRECT);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertThat(v.concerns()).isEqualTo("CorrectAttendance.entry");
            assertBilingual(v);
        }

        @Test
        void correcting_an_absence_never_recorded_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectAttendance(LESSON, PETROV, "б", "справка"));

            assertThat(rejected.codes()).containsExactly(NOTHING_TO_CORRECT);
        }

        @Test
        void a_correction_to_the_same_code_is_rejected() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectAttendance(LESSON, PETROV, "н", "повтор"));

            assertThat(rejected.codes()).containsExactly(UNCHANGED);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("REC-1.7");
            assertBilingual(rejected.violations().get(0));
        }

        @Test
        void a_correction_to_a_code_the_school_does_not_use_is_rejected() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectAttendance(LESSON, PETROV, "x", "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ATTENDANCE_CODE);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("REC-1.7");
            assertThat(onPage(PETROV)).map(AttendanceCode::code).contains("н");
        }

        @Test
        void an_unknown_code_for_an_entry_never_recorded_reports_both() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectAttendance(LESSON, PETROV, "x", "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ATTENDANCE_CODE, NOTHING_TO_CORRECT);
        }

        @Test
        void an_empty_code_is_not_the_same_as_present() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectAttendance(LESSON, PETROV, "", "ошибка"));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("CorrectAttendance.code");
        }

        @Test
        void a_correction_at_an_unknown_lesson_or_of_an_unknown_pupil_is_rejected() {
            Outcome.Rejected lesson = school.reject(MATH_TEACHER,
                    new CorrectAttendance(LessonId.of("l-none"), PETROV, null, "ошибка"));
            Outcome.Rejected pupil = school.reject(MATH_TEACHER,
                    new CorrectAttendance(LESSON, StudentId.of("nobody"), "б", "ошибка"));

            assertThat(lesson.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(lesson.violations().get(0).concerns()).isEqualTo("CorrectAttendance.lesson");
            assertThat(pupil.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(pupil.violations().get(0).concerns()).isEqualTo("CorrectAttendance.student");
        }

        @Test
        void a_correction_without_a_reason_is_rejected() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, new CorrectAttendance(LESSON, PETROV, "б", " "));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("CorrectAttendance.reason");
        }

        @Test
        void a_correction_by_an_unknown_actor_is_rejected() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));

            Outcome.Rejected rejected = school.reject(Actor.guardian(
                    org.ejournal.core.model.GuardianId.of("g-ghost")), new CorrectAttendance(LESSON, PETROV, null,
                            "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(onPage(PETROV)).map(AttendanceCode::code).contains("н");
        }
    }
}
