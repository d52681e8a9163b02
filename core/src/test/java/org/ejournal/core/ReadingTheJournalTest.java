package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ejournal.core.BilingualMessages.assertBilingual;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.model.WorkKind;
import org.ejournal.core.rule.AccessPolicy;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.EntryHistory;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;
import org.ejournal.core.view.JournalView;
import org.ejournal.core.view.Query;
import org.ejournal.core.view.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The queries: the journal page (REC-6.2), the diary (POL-3.6) and the history of an entry (REC-1.7). */
class ReadingTheJournalTest {

    static final LocalDate FRIDAY_BEFORE = MONDAY.minusDays(3);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LocalDate Q2_MONDAY = LocalDate.of(2026, 11, 9);
    static final Actor UNKNOWN_STAFF = Actor.staff(StaffId.of("t-ghost"));

    private final SchoolFixture school = SchoolFixture.create();

    private JournalPage page(ClassId schoolClass, SubjectId subject, StudyPeriodId period) {
        return school.journal.page(DIRECTOR, schoolClass, subject, period).orElseThrow();
    }

    private Diary diary(StudentId pupil, LocalDate first, LocalDate last) {
        return school.journal.diary(DIRECTOR, pupil, first, last).orElseThrow();
    }

    private static List<Violation> refusal(Answer<?> answer) {
        assertThat(answer).isInstanceOf(Answer.Refused.class);
        assertThat(answer.isGranted()).isFalse();
        return ((Answer.Refused<?>) answer).violations();
    }

    private static List<String> codes(Answer<?> answer) {
        return refusal(answer).stream().map(Violation::code).toList();
    }

    private static List<String> ids(List<JournalPage.Column> columns) {
        return columns.stream().map(c -> c.lesson().id().value()).toList();
    }

    private void lesson(String id, ClassId schoolClass, SubjectId subject, LocalDate day, int number) {
        school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of(id), schoolClass, subject, day, number,
                subject.equals(RUSSIAN) ? RUS_TEACHER_ID : MATH_TEACHER_ID, "Тема " + id));
    }

    private void pupil(String id, String surname, String given, String patronymic) {
        school.accept(ADMIN, new RegisterStudent(StudentId.of(id), PersonName.of(surname, given, patronymic), null));
        school.accept(ADMIN, RecordMovement.enrolment(StudentId.of(id), C5A, order("5-у"), YEAR_FIRST));
    }

    @Nested
    class ThePage {

        @Test
        void columns_are_the_lessons_of_the_class_subject_and_period_in_date_and_number_order() {
            lesson("l-wed-1", C5A, MATH, WEDNESDAY, 1);
            lesson("l-mon-10", C5A, MATH, MONDAY, 10);
            lesson("l-fri-4", C5A, MATH, FRIDAY_BEFORE, 4);
            lesson("l-mon-1", C5A, MATH, MONDAY, 1);
            school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("l-tue-2-g1"), C5A, MATH, TUESDAY, 2,
                    MATH_TEACHER_ID, "Группа").withGroup(G5A_1));
            lesson("l-rus-mon-3", C5A, RUSSIAN, MONDAY, 3);
            lesson("l-5b-mon-1", C5B, MATH, MONDAY, 1);
            lesson("l-q2", C5A, MATH, Q2_MONDAY, 1);

            assertThat(ids(page(C5A, MATH, Q1).columns())).containsExactly("l-fri-4", "l-mon-1", LESSON.value(),
                    "l-mon-10", "l-tue-2-g1", "l-wed-1");
            assertThat(ids(page(C5A, MATH, Q2).columns())).containsExactly("l-q2");
            assertThat(ids(page(C5A, RUSSIAN, Q1).columns())).containsExactly("l-rus-mon-3");
            assertThat(ids(page(C5B, MATH, Q1).columns())).containsExactly("l-5b-mon-1");
            assertThat(ids(page(C5A, MATH, YEAR_PERIOD).columns())).containsExactly("l-fri-4", "l-mon-1",
                    LESSON.value(), "l-mon-10", "l-tue-2-g1", "l-wed-1", "l-q2");
        }

        @Test
        void the_page_names_its_class_subject_and_period_and_has_no_columns_before_the_first_lesson() {
            JournalPage page = page(C5B, RUSSIAN, Q2);

            assertThat(page.schoolClass().id()).isEqualTo(C5B);
            assertThat(page.subject().id()).isEqualTo(RUSSIAN);
            assertThat(page.period().id()).isEqualTo(Q2);
            assertThat(page.columns()).isEmpty();
            assertThat(page.rows()).extracting(JournalPage.Row::student).containsExactly(KUZNETSOV);
        }

        @Test
        void rows_are_alphabetical_by_surname_then_given_name_then_patronymic() {
            pupil("s-a-zzz", "Иванова", "Анна", null);
            pupil("s-b-aaa", "Петров", "Иван", "Андреевич");
            pupil("s-c", "Абрамов", "Яков", null);

            assertThat(page(C5A, MATH, Q1).rows()).extracting(r -> r.name().fullName()).containsExactly(
                    "Абрамов Яков", "Алексеева Дарья", "Иванова Анна", "Иванова Мария", "Петров Иван",
                    "Петров Иван Андреевич", "Сидоров Пётр");
        }

        @Test
        void a_surname_beginning_with_yo_is_sorted_as_a_russian_letter_not_before_a() {
            pupil("s-yolkin", "Ёлкин", "Борис", null);
            pupil("s-zhukov", "Жуков", "Глеб", null);

            assertThat(page(C5A, MATH, Q1).rows()).extracting(r -> r.name().surname())
                    .containsExactly("Алексеева", "Ёлкин", "Жуков", "Иванова", "Петров", "Сидоров");
        }

        @Test
        void rows_carry_each_pupils_marks_absences_and_period_mark() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));
            school.accept(MATH_TEACHER, new RecordPeriodMark(SIDOROV, MATH, Q1, FivePoint.of(4)));

            JournalPage page = page(C5A, MATH, Q1);
            assertThat(page.row(IVANOVA).orElseThrow()).satisfies(r -> {
                assertThat(r.marks()).containsOnly(java.util.Map.entry(TASK, FivePoint.of(5)));
                assertThat(r.attendance()).isEmpty();
                assertThat(r.periodMark()).isEmpty();
            });
            assertThat(page.row(PETROV).orElseThrow()).satisfies(r -> {
                assertThat(r.marks()).isEmpty();
                assertThat(r.attendance()).containsOnlyKeys(LESSON);
                assertThat(r.attendance().get(LESSON).code()).isEqualTo("н");
            });
            assertThat(page.row(SIDOROV).orElseThrow().periodMark()).contains(FivePoint.of(4));
            assertThat(page.row(KUZNETSOV)).isEmpty();
        }

        @Test
        void a_pupil_who_left_during_the_period_still_has_a_row_on_that_periods_page() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(3)));
            school.accept(ADMIN, RecordMovement.withdrawal(PETROV, order("9-в"), LocalDate.of(2026, 10, 12)));

            assertThat(page(C5A, MATH, Q1).rows()).extracting(JournalPage.Row::student)
                    .containsExactly(ALEKSEEVA, IVANOVA, PETROV, SIDOROV);
            assertThat(page(C5A, MATH, Q1).row(PETROV).orElseThrow().marks()).containsEntry(TASK, FivePoint.of(3));
            assertThat(page(C5A, MATH, Q2).rows()).extracting(JournalPage.Row::student)
                    .containsExactly(ALEKSEEVA, IVANOVA, SIDOROV);
        }

        @Test
        void a_pupil_transferred_during_the_period_has_a_row_on_both_classes_pages() {
            school.accept(ADMIN, RecordMovement.transfer(SIDOROV, C5B, order("10-п"), LocalDate.of(2026, 10, 12)));

            assertThat(page(C5A, MATH, Q1).row(SIDOROV)).isPresent();
            assertThat(page(C5B, MATH, Q1).rows()).extracting(JournalPage.Row::student)
                    .containsExactly(KUZNETSOV, SIDOROV);
            assertThat(page(C5A, MATH, Q2).row(SIDOROV)).isEmpty();
            assertThat(page(C5B, MATH, Q2).row(SIDOROV)).isPresent();
        }

        @Test
        void a_pupil_who_joined_after_the_period_has_no_row_on_its_page() {
            school.accept(ADMIN, new RegisterStudent(StudentId.of("s-new"), PersonName.of("Новикова", "Анна", null),
                    null));
            school.accept(ADMIN, RecordMovement.enrolment(StudentId.of("s-new"), C5A, order("7-у"), Q2_MONDAY));

            assertThat(page(C5A, MATH, Q1).row(StudentId.of("s-new"))).isEmpty();
            assertThat(page(C5A, MATH, Q2).row(StudentId.of("s-new"))).isPresent();
        }

        @Test
        void an_unknown_class_subject_or_period_is_refused() {
            List<Violation> cls = refusal(school.journal.page(DIRECTOR, ClassId.of("9z"), MATH, Q1));
            List<Violation> subject = refusal(school.journal.page(DIRECTOR, C5A, SubjectId.of("latin"), Q1));
            List<Violation> period = refusal(school.journal.page(DIRECTOR, C5A, MATH, StudyPeriodId.of("q9")));

            assertThat(cls).extracting(Violation::code, Violation::concerns)
                    .containsExactly(tuple(UNKNOWN_REFERENCE, "schoolClass"));
            assertThat(subject).extracting(Violation::code, Violation::concerns)
                    .containsExactly(tuple(UNKNOWN_REFERENCE, "subject"));
            assertThat(period).extracting(Violation::code, Violation::concerns)
                    .containsExactly(tuple(UNKNOWN_REFERENCE, "period"));
            assertThat(cls.get(0).clause()).isEqualTo("POL-2.1");
            assertThat(cls.get(0).messageEn()).contains("9z");
            assertBilingual(cls.get(0));
        }

        @Test
        void every_unknown_identifier_of_a_page_is_reported() {
            assertThat(codes(school.journal.page(DIRECTOR, ClassId.of("9z"), SubjectId.of("latin"),
                    StudyPeriodId.of("q9")))).containsExactly(UNKNOWN_REFERENCE, UNKNOWN_REFERENCE, UNKNOWN_REFERENCE);
        }

        @Test
        void a_page_asked_for_by_an_unknown_actor_is_refused() {
            List<Violation> refused = refusal(school.journal.page(UNKNOWN_STAFF, C5A, MATH, Q1));

            assertThat(refused).extracting(Violation::code).containsExactly(UNKNOWN_ACTOR);
            assertThat(refused.get(0).clause()).isEqualTo("POL-6.6");
            assertBilingual(refused.get(0));
        }

        @Test
        void a_refused_page_throws_with_its_violations_when_forced() {
            Answer<JournalPage> answer = school.journal.page(DIRECTOR, ClassId.of("9z"), MATH, Q1);

            assertThatThrownBy(answer::orElseThrow).isInstanceOf(Answer.RefusedException.class)
                    .hasMessageContaining(UNKNOWN_REFERENCE)
                    .satisfies(e -> assertThat(((Answer.RefusedException) e).violations()).hasSize(1));
        }
    }

    @Nested
    class TheDiary {

        @Test
        void the_diary_lists_the_days_with_lessons_in_order_with_homework_marks_and_absences() {
            lesson("l-mon-1", C5A, RUSSIAN, MONDAY, 1);
            lesson("l-wed-3", C5A, MATH, WEDNESDAY, 3);
            school.accept(MATH_TEACHER, new AssignHomework(HomeworkId.of("hw"), LESSON, "№ 112", WEDNESDAY));
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));
            school.accept(RUS_TEACHER, RecordAttendance.of(LessonId.of("l-mon-1"), IVANOVA, "оп"));

            Diary diary = diary(IVANOVA, MONDAY, WEDNESDAY.plusDays(2));

            assertThat(diary.student()).isEqualTo(IVANOVA);
            assertThat(diary.first()).isEqualTo(MONDAY);
            assertThat(diary.last()).isEqualTo(WEDNESDAY.plusDays(2));
            assertThat(diary.days()).extracting(Diary.Day::date).containsExactly(MONDAY, WEDNESDAY);
            Diary.Day monday = diary.days().get(0);
            assertThat(monday.lessons()).extracting(l -> l.lesson().id().value(), Diary.DiaryLesson::subjectName)
                    .containsExactly(tuple("l-mon-1", "Русский язык"), tuple(LESSON.value(), "Математика"));
            assertThat(monday.lessons().get(0).attendance()).hasValueSatisfying(a -> assertThat(a.code())
                    .isEqualTo("оп"));
            assertThat(monday.lessons().get(1).homework()).extracting(h -> h.text()).containsExactly("№ 112");
            assertThat(monday.lessons().get(1).marks()).extracting(Diary.DiaryMark::value)
                    .containsExactly(FivePoint.of(4));
            assertThat(diary.marks()).hasSize(1);
        }

        @Test
        void a_group_lesson_shows_only_in_the_diaries_of_the_groups_members() {
            school.accept(RUS_TEACHER, RecordLesson.of(LessonId.of("l-g1"), C5A, RUSSIAN, MONDAY, 3, RUS_TEACHER_ID,
                    "Диктант").withGroup(G5A_1));

            for (StudentId member : List.of(IVANOVA, PETROV)) {
                assertThat(diary(member, MONDAY, MONDAY).days().get(0).lessons())
                        .extracting(l -> l.lesson().id().value()).containsExactly(LESSON.value(), "l-g1");
            }
            for (StudentId other : List.of(SIDOROV, ALEKSEEVA)) {
                assertThat(diary(other, MONDAY, MONDAY).days().get(0).lessons())
                        .extracting(l -> l.lesson().id().value()).containsExactly(LESSON.value());
            }
        }

        @Test
        void a_transferred_pupils_diary_follows_the_class_of_each_day() {
            LocalDate transfer = LocalDate.of(2026, 10, 12);
            lesson("l-5b-next", C5B, MATH, transfer, 1);
            lesson("l-5a-next", C5A, MATH, transfer, 1);
            school.accept(ADMIN, RecordMovement.transfer(SIDOROV, C5B, order("10-п"), transfer));

            Diary diary = diary(SIDOROV, MONDAY, transfer);

            assertThat(diary.days()).extracting(d -> d.date(), d -> d.lessons().get(0).lesson().id().value())
                    .containsExactly(tuple(MONDAY, LESSON.value()), tuple(transfer, "l-5b-next"));
        }

        @Test
        void a_range_of_400_days_is_granted_and_one_of_401_is_refused() {
            assertThat(school.journal.diary(DIRECTOR, IVANOVA, YEAR_FIRST, YEAR_FIRST.plusDays(399)).isGranted())
                    .isTrue();

            List<Violation> refused = refusal(school.journal.diary(DIRECTOR, IVANOVA, YEAR_FIRST,
                    YEAR_FIRST.plusDays(400)));

            assertThat(refused).extracting(Violation::code).containsExactly(INVALID_VALUE);
            assertThat(refused.get(0).clause()).isEqualTo("POL-3.6");
            assertThat(refused.get(0).messageEn()).contains("400");
            assertBilingual(refused.get(0));
        }

        @Test
        void a_single_day_is_granted_and_a_reversed_range_is_refused() {
            assertThat(school.journal.diary(DIRECTOR, IVANOVA, MONDAY, MONDAY).isGranted()).isTrue();

            assertThat(codes(school.journal.diary(DIRECTOR, IVANOVA, MONDAY, MONDAY.minusDays(1))))
                    .containsExactly(INVALID_VALUE);
        }

        @Test
        void the_diary_of_an_unknown_pupil_is_refused() {
            List<Violation> refused = refusal(school.journal.diary(DIRECTOR, StudentId.of("nobody"), MONDAY,
                    MONDAY));

            assertThat(refused).extracting(Violation::code, Violation::concerns)
                    .containsExactly(tuple(UNKNOWN_REFERENCE, "student"));
            assertBilingual(refused.get(0));
        }

        @Test
        void an_unknown_pupil_and_a_reversed_range_are_both_reported() {
            assertThat(codes(school.journal.diary(DIRECTOR, StudentId.of("nobody"), MONDAY, MONDAY.minusDays(1))))
                    .containsExactly(UNKNOWN_REFERENCE, INVALID_VALUE);
        }

        @Test
        void a_diary_asked_for_by_an_unknown_actor_is_refused() {
            assertThat(codes(school.journal.diary(UNKNOWN_STAFF, IVANOVA, MONDAY, MONDAY)))
                    .containsExactly(UNKNOWN_ACTOR);
            assertThat(codes(school.journal.diary(Actor.guardian(GuardianId.of("g-ghost")), IVANOVA, MONDAY, MONDAY)))
                    .containsExactly(UNKNOWN_ACTOR);
            assertThat(codes(school.journal.diary(Actor.student(StudentId.of("s-ghost")), IVANOVA, MONDAY, MONDAY)))
                    .containsExactly(UNKNOWN_ACTOR);
        }
    }

    @Nested
    class TheHistory {

        @Test
        void the_history_of_a_lesson_lists_who_when_before_after_and_why() {
            Instant recorded = school.clock.instant();
            school.clock.advance(Duration.ofHours(3));
            school.accept(DIRECTOR, new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.ORDINARY, "опечатка в теме"));

            EntryHistory history = school.journal.history(RUS_TEACHER, EntryRef.lesson(LESSON)).orElseThrow();

            assertThat(history.entry()).isEqualTo(EntryRef.lesson(LESSON));
            assertThat(history.revisions()).extracting(Revision::action, Revision::actor, Revision::recordedAt,
                    Revision::before, Revision::after, Revision::reason).containsExactly(
                            tuple("RecordLesson", MATH_TEACHER, recorded, Optional.empty(),
                                    Optional.of("ORDINARY: Сложение дробей"), Optional.empty()),
                            tuple("CorrectLesson", DIRECTOR, school.clock.instant(),
                                    Optional.of("ORDINARY: Сложение дробей"), Optional.of("ORDINARY: Вычитание дробей"),
                                    Optional.of("опечатка в теме")));
            assertThat(history.original()).contains("ORDINARY: Сложение дробей");
        }

        @Test
        void the_history_of_a_mark_keeps_the_original_through_corrections() {
            Instant recorded = school.clock.instant();
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(2)));
            school.clock.advance(Duration.ofDays(1));
            Instant corrected = school.clock.instant();
            school.accept(DIRECTOR, new CorrectMark(TASK, PETROV, FivePoint.of(3), "апелляция"));

            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.mark(TASK, PETROV)).orElseThrow();

            assertThat(history.revisions()).extracting(Revision::actor, Revision::recordedAt, Revision::before,
                    Revision::after, Revision::reason).containsExactly(
                            tuple(MATH_TEACHER, recorded, Optional.empty(), Optional.of("2"), Optional.empty()),
                            tuple(DIRECTOR, corrected, Optional.of("2"), Optional.of("3"), Optional.of("апелляция")));
            assertThat(history.revisions().get(0).sequence()).isLessThan(history.revisions().get(1).sequence());
        }

        @Test
        void the_history_of_an_attendance_entry_keeps_the_absence_corrected_to_present() {
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, SIDOROV, "н"));
            school.clock.advance(Duration.ofHours(1));
            school.accept(RUS_TEACHER, new CorrectAttendance(LESSON, SIDOROV, null, "пришёл ко второй половине"));

            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.attendance(LESSON, SIDOROV))
                    .orElseThrow();

            assertThat(history.revisions()).extracting(Revision::action, Revision::actor, Revision::before,
                    Revision::after, Revision::reason).containsExactly(
                            tuple("RecordAttendance", MATH_TEACHER, Optional.empty(), Optional.of("н"),
                                    Optional.empty()),
                            tuple("CorrectAttendance", RUS_TEACHER, Optional.of("н"), Optional.empty(),
                                    Optional.of("пришёл ко второй половине")));
            assertThat(history.revisions().get(1).recordedAt()).isEqualTo(school.clock.instant());
        }

        @Test
        void the_history_of_homework_shows_who_set_it_and_when() {
            school.clock.advance(Duration.ofMinutes(40));
            school.accept(MATH_TEACHER, new AssignHomework(HomeworkId.of("hw"), LESSON, "№ 112", WEDNESDAY));

            EntryHistory history = school.journal.history(IVANOVA_MOTHER_ACTOR, EntryRef.homework(HomeworkId.of("hw")))
                    .orElseThrow();

            assertThat(history.revisions()).singleElement().satisfies(r -> {
                assertThat(r.action()).isEqualTo("AssignHomework");
                assertThat(r.actor()).isEqualTo(MATH_TEACHER);
                assertThat(r.recordedAt()).isEqualTo(school.clock.instant());
                assertThat(r.before()).isEmpty();
                assertThat(r.after()).contains("№ 112 (до " + WEDNESDAY + ")");
                assertThat(r.reason()).isEmpty();
            });
        }

        @Test
        void the_history_of_a_period_mark_keeps_the_original() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));
            school.clock.advance(Duration.ofDays(3));
            school.accept(DIRECTOR, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5), "решение педсовета"));

            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.periodMark(IVANOVA, MATH, Q1))
                    .orElseThrow();

            assertThat(history.original()).contains("4");
            assertThat(history.current()).contains("5");
            assertThat(history.revisions().get(1)).satisfies(r -> {
                assertThat(r.actor()).isEqualTo(DIRECTOR);
                assertThat(r.recordedAt()).isEqualTo(school.clock.instant());
                assertThat(r.before()).contains("4");
                assertThat(r.reason()).contains("решение педсовета");
            });
        }

        @Test
        void the_history_of_an_entry_never_recorded_is_refused() {
            List<Violation> refused = refusal(school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)));

            assertThat(refused).extracting(Violation::code).containsExactly(UNKNOWN_REFERENCE);
            assertThat(refused.get(0).clause()).isEqualTo("REC-1.7");
            assertThat(refused.get(0).concerns()).isEqualTo(EntryRef.mark(TASK, IVANOVA).describe());
            assertBilingual(refused.get(0));
            assertThat(codes(school.journal.history(DIRECTOR, EntryRef.lesson(LessonId.of("l-none")))))
                    .containsExactly(UNKNOWN_REFERENCE);
            assertThat(codes(school.journal.history(DIRECTOR, EntryRef.homework(HomeworkId.of("hw-none")))))
                    .containsExactly(UNKNOWN_REFERENCE);
            assertThat(codes(school.journal.history(DIRECTOR, EntryRef.periodMark(IVANOVA, MATH, Q1))))
                    .containsExactly(UNKNOWN_REFERENCE);
            assertThat(codes(school.journal.history(DIRECTOR, EntryRef.attendance(LESSON, IVANOVA))))
                    .containsExactly(UNKNOWN_REFERENCE);
        }

        @Test
        void a_rejected_command_leaves_no_history() {
            school.reject(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(9)));

            assertThat(codes(school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA))))
                    .containsExactly(UNKNOWN_REFERENCE);
        }

        @Test
        void a_history_asked_for_by_an_unknown_actor_is_refused() {
            assertThat(codes(school.journal.history(UNKNOWN_STAFF, EntryRef.lesson(LESSON))))
                    .containsExactly(UNKNOWN_ACTOR);
            assertThat(codes(school.journal.history(UNKNOWN_STAFF, EntryRef.mark(TASK, IVANOVA))))
                    .containsExactly(UNKNOWN_REFERENCE, UNKNOWN_ACTOR);
        }
    }

    static final Actor IVANOVA_MOTHER_ACTOR = Actor.guardian(IVANOVA_MOTHER);

    @Nested
    class AnAccessPolicy {

        /** Hides Петров from everyone but the director, and records what it was asked. */
        final class HidePetrov implements AccessPolicy {
            final List<Query> asked = new ArrayList<>();

            @Override
            public Stream<Violation> checkRead(Actor actor, Query query, JournalView view) {
                asked.add(query);
                return Stream.empty();
            }

            @Override
            public boolean maySee(Actor actor, StudentId student, JournalView view) {
                return actor.equals(DIRECTOR) || !student.equals(PETROV);
            }
        }

        private Journal journalWith(AccessPolicy policy) {
            return Journal.builder().school(SchoolFixture.school()).store(school.store).clock(school.clock)
                    .access(policy).build();
        }

        @Test
        void a_hidden_pupil_has_no_row_on_the_page_and_their_diary_is_refused() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(2)));
            HidePetrov policy = new HidePetrov();
            Journal journal = journalWith(policy);

            JournalPage page = journal.page(MATH_TEACHER, C5A, MATH, Q1).orElseThrow();
            List<Violation> refused = refusal(journal.diary(MATH_TEACHER, PETROV, MONDAY, MONDAY));

            assertThat(page.rows()).extracting(JournalPage.Row::student).containsExactly(ALEKSEEVA, IVANOVA, SIDOROV);
            assertThat(page.columns()).hasSize(1);
            assertThat(refused).extracting(Violation::code).containsExactly(NOT_VISIBLE);
            assertThat(refused.get(0).clause()).isEqualTo("POL-3.6");
            assertBilingual(refused.get(0));
            assertThat(journal.diary(MATH_TEACHER, IVANOVA, MONDAY, MONDAY).isGranted()).isTrue();
            assertThat(journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow().row(PETROV)).isPresent();
            assertThat(journal.diary(DIRECTOR, PETROV, MONDAY, MONDAY).isGranted()).isTrue();
            assertThat(policy.asked).contains(new Query.PageQuery(C5A, MATH, Q1),
                    new Query.DiaryQuery(PETROV, MONDAY, MONDAY));
        }

        @Test
        void a_policy_that_refuses_a_query_refuses_it_with_its_own_violations() {
            Violation no = Violation.blocking(NOT_VISIBLE, "POL-3.6", "page", "нет доступа", "no access");
            AccessPolicy policy = new AccessPolicy() {
                @Override
                public Stream<Violation> checkRead(Actor actor, Query query, JournalView view) {
                    return actor.equals(IVANOVA_MOTHER_ACTOR) && query instanceof Query.PageQuery ? Stream.of(no)
                            : Stream.empty();
                }

                @Override
                public boolean maySee(Actor actor, StudentId student, JournalView view) {
                    return true;
                }
            };
            Journal journal = journalWith(policy);

            assertThat(refusal(journal.page(IVANOVA_MOTHER_ACTOR, C5A, MATH, Q1))).containsExactly(no);
            assertThat(journal.diary(IVANOVA_MOTHER_ACTOR, IVANOVA, MONDAY, MONDAY).isGranted()).isTrue();
        }
    }

    @Nested
    class TheSchoolsTimeZone {

        @Test
        void a_lesson_recorded_late_in_the_evening_belongs_to_its_kamchatka_day() {
            school.clock.set(at(MONDAY, 23, 30));
            Instant instant = school.clock.instant();
            assertThat(instant).isEqualTo(Instant.parse("2026-10-05T11:30:00Z"));

            Outcome.Accepted accepted = school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("l-late"), C5A, MATH,
                    MONDAY, 7, MATH_TEACHER_ID, "Поздний ввод"));
            school.accept(MATH_TEACHER, RecordAttendance.of(LessonId.of("l-late"), PETROV, "н"));

            assertThat(accepted.events().get(0).recordedAt()).isEqualTo(instant);
            assertThat(instant.atZone(KAMCHATKA).toLocalDate()).isEqualTo(MONDAY);
            Diary diary = diary(PETROV, MONDAY, MONDAY.plusDays(1));
            assertThat(diary.days()).singleElement().satisfies(d -> {
                assertThat(d.date()).isEqualTo(MONDAY);
                assertThat(d.lessons()).extracting(l -> l.lesson().id().value()).containsExactly(LESSON.value(),
                        "l-late");
            });
            assertThat(school.journal.history(DIRECTOR, EntryRef.lesson(LessonId.of("l-late"))).orElseThrow()
                    .revisions().get(0).recordedAt()).isEqualTo(instant);
        }

        @Test
        void a_lesson_recorded_just_after_midnight_belongs_to_the_new_kamchatka_day_though_utc_is_still_on_the_old() {
            school.clock.set(at(TUESDAY, 0, 30));
            Instant instant = school.clock.instant();
            assertThat(instant).isEqualTo(Instant.parse("2026-10-05T12:30:00Z"));
            assertThat(instant.atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(MONDAY);

            Outcome.Accepted lesson = school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("l-early"), C5A, MATH,
                    TUESDAY, 0, MATH_TEACHER_ID, "Нулевой урок"));
            school.accept(MATH_TEACHER, AssignTask.of(TaskId.of("t-early"), LessonId.of("l-early"),
                    TaskType.ORAL_ANSWER));
            Outcome.Accepted mark = school.accept(MATH_TEACHER, RecordMark.of(TaskId.of("t-early"), IVANOVA,
                    FivePoint.of(5)));

            assertThat(lesson.events().get(0).recordedAt()).isEqualTo(instant);
            assertThat(mark.events().get(0).recordedAt()).isEqualTo(instant);
            assertThat(instant.atZone(KAMCHATKA).toLocalDate()).isEqualTo(TUESDAY);
            assertThat(diary(IVANOVA, MONDAY, TUESDAY).days()).extracting(Diary.Day::date,
                    d -> d.lessons().stream().map(l -> l.lesson().id().value()).toList())
                    .containsExactly(tuple(MONDAY, List.of(LESSON.value())), tuple(TUESDAY, List.of("l-early")));
            assertThat(diary(IVANOVA, TUESDAY, TUESDAY).marks()).extracting(Diary.DiaryMark::value)
                    .containsExactly(FivePoint.of(5));
            assertThat(page(C5A, MATH, Q1).columns()).extracting(c -> c.lesson().date())
                    .containsExactly(MONDAY, TUESDAY);
            assertThat(school.journal.history(DIRECTOR, EntryRef.mark(TaskId.of("t-early"), IVANOVA)).orElseThrow()
                    .revisions().get(0).recordedAt()).isEqualTo(instant);
        }
    }
}
