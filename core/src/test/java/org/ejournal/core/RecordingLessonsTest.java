package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.BilingualMessages.assertBilingual;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.CreateGroup;
import org.ejournal.core.command.DefineSubject;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.LessonKind;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.model.WorkKind;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.EntryHistory;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;
import org.ejournal.core.view.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RecordLesson, CorrectLesson, AssignHomework and AssignTask (POL-4.4b, ORD-5, REG-5, POL-4.4d, POL-4.4f). */
class RecordingLessonsTest {

    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LessonId TUESDAY_MATH = LessonId.of("l-math-1006-1");
    static final GroupId G5A_2 = GroupId.of("5a-g2");
    static final GroupId G5B_1 = GroupId.of("5b-g1");

    private final SchoolFixture school = SchoolFixture.create();

    private JournalPage page(SubjectId subject) {
        return school.journal.page(DIRECTOR, C5A, subject, Q1).orElseThrow();
    }

    private Lesson column(SubjectId subject, LessonId lesson) {
        return page(subject).columns().stream().map(JournalPage.Column::lesson).filter(l -> l.id().equals(lesson))
                .findFirst().orElseThrow(() -> new AssertionError("no column for " + lesson));
    }

    private List<Diary.DiaryLesson> diaryLessons(org.ejournal.core.model.StudentId pupil, LocalDate day) {
        return school.journal.diary(DIRECTOR, pupil, day, day).orElseThrow().days().stream()
                .flatMap(d -> d.lessons().stream()).toList();
    }

    private static RecordLesson tuesdayMath() {
        return new RecordLesson(TUESDAY_MATH, C5A, null, MATH, TUESDAY, 1, LessonKind.LESSON, WorkKind.PRACTICAL,
                "Решение задач на дроби", MATH_TEACHER_ID, null);
    }

    @Nested
    class RecordLessonCommand {

        @Test
        void a_lesson_with_its_topic_and_kind_of_work_becomes_a_column_of_the_page_and_a_diary_entry() {
            Outcome.Accepted accepted = school.accept(MATH_TEACHER, tuesdayMath());

            assertThat(accepted.events()).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo(MATH_TEACHER);
                assertThat(e.recordedAt()).isEqualTo(school.clock.instant());
                assertThat(e.command()).isEqualTo(tuesdayMath());
            });
            Lesson lesson = column(MATH, TUESDAY_MATH);
            assertThat(lesson.schoolClass()).isEqualTo(C5A);
            assertThat(lesson.group()).isEmpty();
            assertThat(lesson.date()).isEqualTo(TUESDAY);
            assertThat(lesson.number()).isEqualTo(1);
            assertThat(lesson.kind()).isEqualTo(LessonKind.LESSON);
            assertThat(lesson.workKind()).isEqualTo(WorkKind.PRACTICAL);
            assertThat(lesson.topic()).contains("Решение задач на дроби");
            assertThat(lesson.teacher()).isEqualTo(MATH_TEACHER_ID);
            assertThat(lesson.substitute()).isEmpty();
            assertThat(lesson.givenBy()).isEqualTo(MATH_TEACHER_ID);
            assertThat(diaryLessons(SIDOROV, TUESDAY)).singleElement().satisfies(d -> {
                assertThat(d.lesson().id()).isEqualTo(TUESDAY_MATH);
                assertThat(d.subjectName()).isEqualTo("Математика");
                assertThat(d.attendance()).isEmpty();
            });
            assertThat(school.journal.history(DIRECTOR, EntryRef.lesson(TUESDAY_MATH)).orElseThrow().revisions())
                    .singleElement().satisfies(r -> {
                        assertThat(r.action()).isEqualTo("RecordLesson");
                        assertThat(r.before()).isEmpty();
                        assertThat(r.after()).contains("PRACTICAL: Решение задач на дроби");
                    });
        }

        @Test
        void a_lesson_without_a_topic_yet_is_recorded_with_an_empty_topic() {
            school.accept(MATH_TEACHER, RecordLesson.of(TUESDAY_MATH, C5A, MATH, TUESDAY, 1, MATH_TEACHER_ID, null));

            assertThat(column(MATH, TUESDAY_MATH).topic()).isEmpty();
        }

        @Test
        void a_group_lesson_belongs_to_the_group_and_reaches_only_its_members_diaries() {
            LessonId english = LessonId.of("l-rus-g1");
            school.accept(RUS_TEACHER, RecordLesson.of(english, C5A, RUSSIAN, TUESDAY, 3, RUS_TEACHER_ID, "Диктант")
                    .withGroup(G5A_1));

            assertThat(column(RUSSIAN, english).group()).contains(G5A_1);
            assertThat(diaryLessons(IVANOVA, TUESDAY)).extracting(d -> d.lesson().id()).containsExactly(english);
            assertThat(diaryLessons(PETROV, TUESDAY)).extracting(d -> d.lesson().id()).containsExactly(english);
            assertThat(diaryLessons(SIDOROV, TUESDAY)).isEmpty();
            assertThat(diaryLessons(ALEKSEEVA, TUESDAY)).isEmpty();
        }

        @Test
        void the_two_groups_of_a_class_may_have_lessons_in_the_same_slot() {
            school.accept(ADMIN, new CreateGroup(G5A_2, C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)));
            LessonId first = LessonId.of("l-rus-g1");
            LessonId second = LessonId.of("l-rus-g2");

            school.accept(RUS_TEACHER, RecordLesson.of(first, C5A, RUSSIAN, TUESDAY, 3, RUS_TEACHER_ID, "Диктант")
                    .withGroup(G5A_1));
            school.accept(DIRECTOR, RecordLesson.of(second, C5A, RUSSIAN, TUESDAY, 3, DIRECTOR_ID, "Изложение")
                    .withGroup(G5A_2));

            assertThat(page(RUSSIAN).columns()).extracting(c -> c.lesson().id()).containsExactly(first, second);
            assertThat(diaryLessons(ALEKSEEVA, TUESDAY)).extracting(d -> d.lesson().id()).containsExactly(second);
            assertThat(diaryLessons(IVANOVA, TUESDAY)).extracting(d -> d.lesson().id()).containsExactly(first);
        }

        @Test
        void a_substitution_is_recorded_with_the_lesson_and_names_who_gave_it() {
            school.accept(RUS_TEACHER, tuesdayMath().withSubstitute(RUS_TEACHER_ID));

            Lesson lesson = column(MATH, TUESDAY_MATH);
            assertThat(lesson.teacher()).isEqualTo(MATH_TEACHER_ID);
            assertThat(lesson.substitute()).contains(RUS_TEACHER_ID);
            assertThat(lesson.givenBy()).isEqualTo(RUS_TEACHER_ID);
            assertThat(diaryLessons(PETROV, TUESDAY)).singleElement()
                    .satisfies(d -> assertThat(d.lesson().substitute()).contains(RUS_TEACHER_ID));
        }

        @ParameterizedTest
        @EnumSource(LessonKind.class)
        void every_kind_of_teaching_is_recorded_with_its_kind(LessonKind kind) {
            SubjectId chess = SubjectId.of("chess");
            school.accept(ADMIN, DefineSubject.of(chess, "Шахматы"));
            LessonId id = LessonId.of("l-chess-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));

            school.accept(MATH_TEACHER, RecordLesson.of(id, C5A, chess, TUESDAY, 8, MATH_TEACHER_ID, "Дебюты")
                    .withKind(kind));

            assertThat(column(chess, id).kind()).isEqualTo(kind);
            assertThat(diaryLessons(SIDOROV, TUESDAY)).singleElement()
                    .satisfies(d -> assertThat(d.lesson().kind()).isEqualTo(kind));
        }

        @Test
        void an_elective_a_club_and_an_extended_day_group_are_kept_apart_on_one_day() {
            SubjectId chess = SubjectId.of("chess");
            school.accept(ADMIN, DefineSubject.of(chess, "Шахматы"));
            school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("el"), C5A, MATH, TUESDAY, 7, MATH_TEACHER_ID,
                    "Олимпиадные задачи").withKind(LessonKind.ELECTIVE));
            school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("club"), C5A, chess, TUESDAY, 8, MATH_TEACHER_ID,
                    "Эндшпиль").withKind(LessonKind.CLUB));
            school.accept(RUS_TEACHER, RecordLesson.of(LessonId.of("gpd"), C5A, RUSSIAN, TUESDAY, 9, RUS_TEACHER_ID,
                    "Самоподготовка").withKind(LessonKind.EXTENDED_DAY_GROUP));

            assertThat(diaryLessons(SIDOROV, TUESDAY)).extracting(d -> d.lesson().kind())
                    .containsExactly(LessonKind.ELECTIVE, LessonKind.CLUB, LessonKind.EXTENDED_DAY_GROUP);
        }

        @ParameterizedTest
        @EnumSource(WorkKind.class)
        void every_kind_of_work_is_recorded(WorkKind workKind) {
            school.accept(MATH_TEACHER, tuesdayMath().withWorkKind(workKind));

            assertThat(column(MATH, TUESDAY_MATH).workKind()).isEqualTo(workKind);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 12})
        void a_lesson_number_from_0_to_12_is_accepted(int number) {
            school.accept(MATH_TEACHER, RecordLesson.of(TUESDAY_MATH, C5A, MATH, TUESDAY, number, MATH_TEACHER_ID,
                    "Дроби"));

            assertThat(column(MATH, TUESDAY_MATH).number()).isEqualTo(number);
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 13})
        void a_lesson_number_outside_0_to_12_is_rejected(int number) {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordLesson.of(TUESDAY_MATH, C5A, MATH, TUESDAY,
                    number, MATH_TEACHER_ID, "Дроби"));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordLesson.number");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.4b");
        }

        @Test
        void a_lesson_whose_id_is_taken_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordLesson.of(LESSON, C5A, MATH, TUESDAY, 1, MATH_TEACHER_ID, "Дроби"));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4b");
            assertThat(v.concerns()).isEqualTo("RecordLesson.id");
            assertThat(v.isBlocking()).isTrue();
            assertBilingual(v);
        }

        @Test
        void a_lesson_of_an_unknown_class_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordLesson.of(TUESDAY_MATH, ClassId.of("9z"), MATH, TUESDAY, 1, MATH_TEACHER_ID, "Дроби"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordLesson.schoolClass");
            assertBilingual(rejected.violations().get(0));
        }

        @Test
        void a_lesson_of_an_unknown_subject_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    RecordLesson.of(TUESDAY_MATH, C5A, SubjectId.of("astrology"), TUESDAY, 1, MATH_TEACHER_ID, null));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordLesson.subject");
        }

        @Test
        void a_lesson_of_an_unknown_group_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    tuesdayMath().withGroup(GroupId.of("no-such-group")));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordLesson.group");
        }

        @Test
        void a_lesson_for_a_group_of_another_class_is_rejected() {
            school.accept(ADMIN, new CreateGroup(G5B_1, C5B, "1 группа", Set.of(KUZNETSOV)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, tuesdayMath().withGroup(G5B_1));

            assertThat(rejected.codes()).containsExactly(GROUP_MISMATCH);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4b");
            assertThat(v.concerns()).isEqualTo("RecordLesson.group");
            assertBilingual(v);
        }

        @Test
        void a_lesson_of_an_unknown_teacher_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordLesson.of(TUESDAY_MATH, C5A, MATH, TUESDAY,
                    1, StaffId.of("t-ghost"), "Дроби"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordLesson.teacher");
        }

        @Test
        void a_lesson_whose_teacher_is_not_a_teacher_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, RecordLesson.of(TUESDAY_MATH, C5A, MATH, TUESDAY, 1,
                    CLERK_ID, "Дроби"));

            assertThat(rejected.codes()).containsExactly(NOT_A_TEACHER);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4b");
            assertThat(v.concerns()).isEqualTo("RecordLesson.teacher");
            assertBilingual(v);
        }

        @Test
        void a_substitute_who_is_not_a_teacher_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, tuesdayMath().withSubstitute(CLERK_ID));

            assertThat(rejected.codes()).containsExactly(NOT_A_TEACHER);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordLesson.substitute");
        }

        @Test
        void an_unknown_substitute_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, tuesdayMath().withSubstitute(StaffId.of("t-ghost")));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordLesson.substitute");
        }

        @Test
        void a_teacher_cannot_substitute_for_themself() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, tuesdayMath().withSubstitute(MATH_TEACHER_ID));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4b");
            assertThat(v.messageEn()).contains("the substitute must be another teacher");
            assertThat(v.messageRu()).contains("замещающий учитель должен отличаться от учителя урока");
            assertBilingual(v);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-08-31", "2027-06-01", "2025-10-05"})
        void a_lesson_dated_outside_the_school_year_of_its_class_is_rejected(String date) {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordLesson.of(TUESDAY_MATH, C5A, MATH,
                    LocalDate.parse(date), 1, MATH_TEACHER_ID, "Дроби"));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCHOOL_YEAR);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4b");
            assertThat(v.concerns()).isEqualTo("RecordLesson.date");
            assertThat(v.messageEn()).contains(date);
            assertBilingual(v);
        }

        @Test
        void the_first_and_last_days_of_the_school_year_are_inside_it() {
            school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("first"), C5A, MATH, YEAR_FIRST, 1,
                    MATH_TEACHER_ID, "Повторение"));
            school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("last"), C5A, MATH, YEAR_LAST, 1,
                    MATH_TEACHER_ID, "Итоговое повторение"));

            assertThat(school.journal.page(DIRECTOR, C5A, MATH, YEAR_PERIOD).orElseThrow().columns())
                    .extracting(c -> c.lesson().id().value()).containsExactly("first", LESSON.value(), "last");
        }

        @Test
        void a_second_lesson_of_the_class_in_a_taken_slot_is_rejected() {
            Outcome.Rejected rejected = school.reject(RUS_TEACHER,
                    RecordLesson.of(LessonId.of("l-rus-1005-2"), C5A, RUSSIAN, MONDAY, 2, RUS_TEACHER_ID, "Глагол"));

            assertThat(rejected.codes()).containsExactly(SLOT_TAKEN);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4b");
            assertThat(v.concerns()).isEqualTo("RecordLesson.number");
            assertThat(v.messageEn()).contains(LESSON.value());
            assertBilingual(v);
        }

        @Test
        void a_second_lesson_of_the_same_group_in_a_taken_slot_is_rejected() {
            school.accept(RUS_TEACHER, RecordLesson.of(LessonId.of("g1-a"), C5A, RUSSIAN, TUESDAY, 3, RUS_TEACHER_ID,
                    "Диктант").withGroup(G5A_1));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordLesson.of(LessonId.of("g1-b"), C5A, MATH,
                    TUESDAY, 3, MATH_TEACHER_ID, "Дроби").withGroup(G5A_1));

            assertThat(rejected.codes()).containsExactly(SLOT_TAKEN);
        }

        @Test
        void the_same_slot_in_another_class_is_free() {
            school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("l-5b"), C5B, MATH, MONDAY, 2, DIRECTOR_ID,
                    "Дроби"));

            assertThat(school.journal.page(DIRECTOR, C5B, MATH, Q1).orElseThrow().columns()).hasSize(1);
        }

        @Test
        void every_problem_of_a_lesson_is_reported_at_once() {
            Outcome.Rejected rejected = school.reject(ADMIN, new RecordLesson(LESSON, C5A, null, MATH, MONDAY, 2,
                    LessonKind.LESSON, WorkKind.ORDINARY, null, CLERK_ID, null));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID, NOT_A_TEACHER, SLOT_TAKEN);
        }

        @Test
        void a_lesson_recorded_by_an_unknown_actor_is_rejected() {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")), tuesdayMath());

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-6.6");
            assertThat(v.concerns()).isEqualTo("actor staff:t-ghost");
            assertBilingual(v);
            assertThat(school.journal.history(DIRECTOR, EntryRef.lesson(TUESDAY_MATH)).isGranted()).isFalse();
        }

        @Test
        void a_lesson_recorded_by_an_unknown_actor_lists_the_actor_first_and_then_the_command_problems() {
            Outcome.Rejected rejected = school.reject(Actor.guardian(
                    org.ejournal.core.model.GuardianId.of("g-ghost")), tuesdayMath().withGroup(GroupId.of("nope")));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR, UNKNOWN_REFERENCE);
        }
    }

    @Nested
    class CorrectLessonCommand {

        @Test
        void a_correction_changes_topic_and_kind_of_work_and_keeps_the_original_in_the_history() {
            Instant recorded = school.clock.instant();
            school.clock.advance(Duration.ofHours(2));
            Instant corrected = school.clock.instant();

            school.accept(MATH_TEACHER, new CorrectLesson(LESSON, "Контрольная работа по дробям", WorkKind.TEST,
                    "тема записана неверно"));

            Lesson lesson = column(MATH, LESSON);
            assertThat(lesson.topic()).contains("Контрольная работа по дробям");
            assertThat(lesson.workKind()).isEqualTo(WorkKind.TEST);
            assertThat(lesson.date()).isEqualTo(MONDAY);
            assertThat(lesson.number()).isEqualTo(2);
            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.lesson(LESSON)).orElseThrow();
            assertThat(history.revisions()).hasSize(2);
            assertThat(history.original()).contains("ORDINARY: Сложение дробей");
            assertThat(history.current()).contains("TEST: Контрольная работа по дробям");
            Revision first = history.revisions().get(0);
            assertThat(first.recordedAt()).isEqualTo(recorded);
            assertThat(first.actor()).isEqualTo(MATH_TEACHER);
            assertThat(first.reason()).isEmpty();
            Revision second = history.revisions().get(1);
            assertThat(second.action()).isEqualTo("CorrectLesson");
            assertThat(second.actor()).isEqualTo(MATH_TEACHER);
            assertThat(second.recordedAt()).isEqualTo(corrected);
            assertThat(second.before()).contains("ORDINARY: Сложение дробей");
            assertThat(second.after()).contains("TEST: Контрольная работа по дробям");
            assertThat(second.reason()).contains("тема записана неверно");
            assertThat(second.sequence()).isGreaterThan(first.sequence());
        }

        @Test
        void a_correction_may_clear_the_topic() {
            school.accept(MATH_TEACHER, new CorrectLesson(LESSON, null, WorkKind.ORDINARY, "тема не того урока"));

            assertThat(column(MATH, LESSON).topic()).isEmpty();
            assertThat(school.journal.history(DIRECTOR, EntryRef.lesson(LESSON)).orElseThrow().current())
                    .contains("ORDINARY: —");
        }

        @Test
        void a_correction_never_touches_the_substitution() {
            school.accept(RUS_TEACHER, tuesdayMath().withSubstitute(RUS_TEACHER_ID));

            school.accept(RUS_TEACHER, new CorrectLesson(TUESDAY_MATH, "Задачи на движение", WorkKind.ORDINARY,
                    "уточнена тема"));

            Lesson lesson = column(MATH, TUESDAY_MATH);
            assertThat(lesson.topic()).contains("Задачи на движение");
            assertThat(lesson.teacher()).isEqualTo(MATH_TEACHER_ID);
            assertThat(lesson.substitute()).contains(RUS_TEACHER_ID);
            assertThat(lesson.kind()).isEqualTo(LessonKind.LESSON);
        }

        @Test
        void a_correction_of_an_unknown_lesson_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectLesson(LessonId.of("l-none"), "Дроби", WorkKind.ORDINARY, "опечатка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertThat(v.concerns()).isEqualTo("CorrectLesson.lesson");
            assertBilingual(v);
        }

        @Test
        void a_correction_that_changes_nothing_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectLesson(LESSON, "Сложение дробей", WorkKind.ORDINARY, "на всякий случай"));

            assertThat(rejected.codes()).containsExactly(UNCHANGED);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertBilingual(v);
            assertThat(school.journal.history(DIRECTOR, EntryRef.lesson(LESSON)).orElseThrow().revisions())
                    .hasSize(1);
        }

        @Test
        void a_correction_of_only_the_kind_of_work_is_a_change() {
            school.accept(MATH_TEACHER, new CorrectLesson(LESSON, "Сложение дробей", WorkKind.LABORATORY,
                    "это была лабораторная"));

            assertThat(column(MATH, LESSON).workKind()).isEqualTo(WorkKind.LABORATORY);
        }

        @Test
        void a_correction_without_a_reason_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.ORDINARY, " "));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("CorrectLesson.reason");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("REC-1.7");
        }

        @Test
        void a_correction_by_an_unknown_actor_is_rejected() {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")),
                    new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.ORDINARY, "опечатка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
        }
    }

    @Nested
    class AssignHomeworkCommand {

        static final HomeworkId HOMEWORK = HomeworkId.of("hw-1005");

        @Test
        void homework_shows_in_the_lessons_column_and_in_the_diary_of_every_pupil_of_the_class() {
            school.accept(MATH_TEACHER, new AssignHomework(HOMEWORK, LESSON, "№ 112, 115", WEDNESDAY));

            JournalPage.Column column = page(MATH).columns().get(0);
            assertThat(column.homework()).singleElement().satisfies(h -> {
                assertThat(h.id()).isEqualTo(HOMEWORK);
                assertThat(h.lesson()).isEqualTo(LESSON);
                assertThat(h.text()).isEqualTo("№ 112, 115");
                assertThat(h.due()).isEqualTo(WEDNESDAY);
            });
            for (var pupil : List.of(IVANOVA, PETROV, SIDOROV, ALEKSEEVA)) {
                assertThat(diaryLessons(pupil, MONDAY)).singleElement()
                        .satisfies(d -> assertThat(d.homework()).extracting(h -> h.id()).containsExactly(HOMEWORK));
            }
            assertThat(diaryLessons(KUZNETSOV, MONDAY)).isEmpty();
        }

        @Test
        void homework_may_be_due_on_the_day_of_the_lesson_and_a_lesson_may_have_several() {
            school.accept(MATH_TEACHER, new AssignHomework(HOMEWORK, LESSON, "Выучить правило", MONDAY));
            school.accept(MATH_TEACHER, new AssignHomework(HomeworkId.of("hw-2"), LESSON, "№ 120", WEDNESDAY));

            assertThat(page(MATH).columns().get(0).homework()).extracting(h -> h.id().value())
                    .containsExactly(HOMEWORK.value(), "hw-2");
        }

        @Test
        void homework_whose_id_is_taken_is_rejected() {
            school.accept(MATH_TEACHER, new AssignHomework(HOMEWORK, LESSON, "№ 112", WEDNESDAY));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new AssignHomework(HOMEWORK, LESSON, "№ 113", WEDNESDAY));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4d");
            assertThat(v.concerns()).isEqualTo("AssignHomework.id");
            assertBilingual(v);
        }

        @Test
        void homework_for_an_unknown_lesson_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new AssignHomework(HOMEWORK, LessonId.of("l-none"), "№ 112", WEDNESDAY));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("AssignHomework.lesson");
        }

        @Test
        void homework_due_before_the_lesson_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new AssignHomework(HOMEWORK, LESSON, "№ 112", MONDAY.minusDays(1)));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4d");
            assertThat(v.concerns()).isEqualTo("AssignHomework.due");
            assertBilingual(v);
        }

        @Test
        void homework_without_text_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new AssignHomework(HOMEWORK, LESSON, "   ", WEDNESDAY));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("AssignHomework.text");
        }

        @Test
        void homework_with_a_taken_id_for_an_unknown_lesson_reports_both() {
            school.accept(MATH_TEACHER, new AssignHomework(HOMEWORK, LESSON, "№ 112", WEDNESDAY));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new AssignHomework(HOMEWORK, LessonId.of("l-none"), "№ 113", WEDNESDAY));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID, UNKNOWN_REFERENCE);
        }

        @Test
        void homework_set_by_an_unknown_actor_is_rejected() {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")),
                    new AssignHomework(HOMEWORK, LESSON, "№ 112", WEDNESDAY));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
        }
    }

    @Nested
    class AssignTaskCommand {

        static final TaskId TEST_PAPER = TaskId.of("t-math-1005-2-test");

        @Test
        void tasks_show_in_the_lessons_column_in_the_order_given() {
            school.accept(MATH_TEACHER, new AssignTask(TEST_PAPER, LESSON, TaskType.TEST_PAPER, 3,
                    "Контрольная работа № 1"));

            assertThat(page(MATH).columns().get(0).tasks()).extracting(t -> t.id()).containsExactly(TASK, TEST_PAPER);
            assertThat(page(MATH).columns().get(0).tasks().get(1)).satisfies(t -> {
                assertThat(t.lesson()).isEqualTo(LESSON);
                assertThat(t.type()).isEqualTo(TaskType.TEST_PAPER);
                assertThat(t.weight()).isEqualTo(3);
                assertThat(t.description()).isEqualTo("Контрольная работа № 1");
            });
            assertThat(school.journal.history(DIRECTOR, EntryRef.task(TEST_PAPER)).orElseThrow().current())
                    .contains("test-paper ×3: Контрольная работа № 1");
        }

        @Test
        void a_task_with_a_type_of_the_schools_own_is_accepted() {
            TaskType project = new TaskType("project", "Проект", "Project");

            school.accept(MATH_TEACHER, new AssignTask(TEST_PAPER, LESSON, project, 10, null));

            assertThat(page(MATH).columns().get(0).tasks().get(1).type()).isEqualTo(project);
            assertThat(page(MATH).columns().get(0).tasks().get(1).description()).isEmpty();
        }

        @Test
        void a_task_whose_id_is_taken_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, AssignTask.of(TASK, LESSON, TaskType.ORAL_ANSWER));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4f");
            assertThat(v.concerns()).isEqualTo("AssignTask.id");
            assertBilingual(v);
        }

        @Test
        void a_task_for_an_unknown_lesson_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    AssignTask.of(TEST_PAPER, LessonId.of("l-none"), TaskType.TEST_PAPER));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("AssignTask.lesson");
        }

        @Test
        void a_task_without_a_type_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, new AssignTask(TEST_PAPER, LESSON, null, 1, null));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4f");
            assertThat(v.concerns()).isEqualTo("AssignTask.type");
            assertBilingual(v);
        }

        @Test
        void a_task_of_a_malformed_type_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new AssignTask(TEST_PAPER, LESSON, new TaskType("Test Paper", "Контрольная", "Test"), 1, null));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("AssignTask.type.code");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 11})
        void a_task_weighing_outside_1_to_10_is_rejected(int weight) {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new AssignTask(TEST_PAPER, LESSON, TaskType.TEST_PAPER, weight, null));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("AssignTask.weight");
        }

        @Test
        void a_task_set_by_an_unknown_actor_is_rejected() {
            Outcome.Rejected rejected = school.reject(Actor.student(
                    org.ejournal.core.model.StudentId.of("s-ghost")), AssignTask.of(TEST_PAPER, LESSON,
                            TaskType.TEST_PAPER));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("actor student:s-ghost");
        }
    }
}
