package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ejournal.core.BilingualMessages.assertBilingual;
import static org.ejournal.core.BilingualMessages.assertBilingualQuoting;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CancelMark;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RecordThematicPlan;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.ExamKind;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.PlannedTopic;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.model.WorkKind;
import org.ejournal.core.rule.AccessPolicy;
import org.ejournal.core.view.EditListing;
import org.ejournal.core.view.EditListing.Edit;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.core.view.Query;
import org.ejournal.core.view.Revision.Change;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The listing of who edited what in a class journal (REC-1.7, POL-1.2, POL-5.1): every revision of
 * every entry of the class's journal recorded on a range of the school's days, in recording order,
 * read from the entries' histories.
 */
class EditListingTest {

    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate TRANSFER_DAY = LocalDate.of(2026, 10, 12);
    static final LessonId LESSON_5B = LessonId.of("l-math-5b");
    static final TaskId TASK_5B = TaskId.of("t-math-5b");
    static final ExamResultId EXAM = ExamResultId.of("e-1");

    private final SchoolFixture school = SchoolFixture.create();

    private EditListing edits(ClassId schoolClass, LocalDate from, LocalDate to) {
        return school.journal.edits(DIRECTOR, schoolClass, from, to).orElseThrow();
    }

    private static List<Violation> refusal(Answer<?> answer) {
        assertThat(answer).isInstanceOf(Answer.Refused.class);
        return ((Answer.Refused<?>) answer).violations();
    }

    private static List<String> codes(Answer<?> answer) {
        return refusal(answer).stream().map(Violation::code).toList();
    }

    /** Accepts and returns the recorded event's sequence. */
    private long sequenceOf(Actor actor, org.ejournal.core.command.Command command) {
        return school.accept(actor, command).events().get(0).sequence();
    }

    @Nested
    class WhatItLists {

        @Test
        void the_edit_listing_names_who_corrected_which_mark_and_why() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(2)));
            school.clock.advance(Duration.ofDays(1));
            school.accept(DIRECTOR, new CorrectMark(TASK, PETROV, FivePoint.of(3), "апелляция"));

            EditListing listing = edits(C5A, MONDAY, TUESDAY);

            assertThat(listing.schoolClass().id()).isEqualTo(C5A);
            assertThat(listing.subject()).isEmpty();
            assertThat(listing.from()).isEqualTo(MONDAY);
            assertThat(listing.to()).isEqualTo(TUESDAY);
            assertThat(listing.corrections()).singleElement().satisfies(e -> {
                assertThat(e.entry()).isEqualTo(EntryRef.mark(TASK, PETROV));
                assertThat(e.subject()).isEqualTo(MATH);
                assertThat(e.actor()).isEqualTo(DIRECTOR);
                assertThat(e.roles()).containsExactlyInAnyOrder(StaffRole.DIRECTOR, StaffRole.TEACHER);
                assertThat(e.recordedAt()).isEqualTo(school.clock.instant());
                assertThat(e.sequence()).isEqualTo(school.journal.size());
                assertThat(e.change()).isEqualTo(Change.CORRECTED);
                assertThat(e.action()).isEqualTo("CorrectMark");
                assertThat(e.before()).contains("2");
                assertThat(e.after()).contains("3");
                assertThat(e.reason()).contains("апелляция");
            });
            assertThat(listing.edits()).filteredOn(e -> e.entry().equals(EntryRef.mark(TASK, PETROV)))
                    .extracting(Edit::actor, Edit::roles, Edit::change, Edit::after).containsExactly(
                            tuple(MATH_TEACHER, Set.of(StaffRole.TEACHER), Change.CREATED, Optional.of("2")),
                            tuple(DIRECTOR, Set.of(StaffRole.DIRECTOR, StaffRole.TEACHER), Change.CORRECTED,
                                    Optional.of("3")));
        }

        @Test
        void every_revision_of_every_kind_of_entry_of_the_class_journal_is_listed_in_recording_order() {
            List<Long> expected = new ArrayList<>(edits(C5A, MONDAY, MONDAY).edits().stream().map(Edit::sequence)
                    .toList());
            assertThat(expected).as("the fixture's lesson and task").hasSize(2);
            HomeworkId homework = HomeworkId.of("hw-1");
            expected.add(sequenceOf(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3))));
            expected.add(sequenceOf(MATH_TEACHER, RecordAttendance.of(LESSON, SIDOROV, "н")));
            expected.add(sequenceOf(MATH_TEACHER, new AssignHomework(homework, LESSON, "№ 112", MONDAY.plusDays(2))));
            school.clock.advance(Duration.ofHours(3));
            expected.add(sequenceOf(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "пересчёт")));
            expected.add(sequenceOf(RUS_TEACHER, new CorrectAttendance(LESSON, SIDOROV, null, "пришёл")));
            expected.add(sequenceOf(DIRECTOR, new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.ORDINARY,
                    "опечатка")));
            expected.add(sequenceOf(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "не та работа")));
            expected.add(sequenceOf(MATH_TEACHER, new RecordThematicPlan(C5A, MATH,
                    List.of(PlannedTopic.of(1, "Дроби", BigDecimal.ONE)))));
            expected.add(sequenceOf(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4))));
            expected.add(sequenceOf(DIRECTOR, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5), "педсовет")));
            expected.add(sequenceOf(MATH_TEACHER, new RecordExamResult(EXAM, IVANOVA, MATH,
                    ExamKind.INTERMEDIATE_ATTESTATION, MONDAY, FivePoint.of(4))));
            // the other class's journal and the school's set-up are not this journal's
            school.accept(MATH_TEACHER, RecordLesson.of(LESSON_5B, C5B, MATH, MONDAY, 3, MATH_TEACHER_ID, "Дроби"));
            school.accept(MATH_TEACHER, AssignTask.of(TASK_5B, LESSON_5B, TaskType.CLASS_WORK));
            school.accept(MATH_TEACHER, RecordMark.of(TASK_5B, KUZNETSOV, FivePoint.of(5)));
            school.accept(MATH_TEACHER, new RecordThematicPlan(C5B, MATH,
                    List.of(PlannedTopic.of(1, "Дроби", BigDecimal.ONE))));

            EditListing listing = edits(C5A, MONDAY, MONDAY);

            assertThat(listing.edits()).extracting(Edit::sequence).containsExactlyElementsOf(expected);
            assertThat(listing.edits()).extracting(e -> e.entry().getClass().getSimpleName()).contains("LessonEntry",
                    "TaskEntry", "MarkEntry", "AttendanceEntry", "HomeworkEntry", "ThematicPlanEntry",
                    "PeriodMarkEntry", "ExamResultEntry");
            assertThat(listing.edits()).extracting(Edit::change).containsExactly(Change.CREATED, Change.CREATED,
                    Change.CREATED, Change.CREATED, Change.CREATED, Change.CORRECTED, Change.CANCELLED,
                    Change.CORRECTED, Change.CANCELLED, Change.CREATED, Change.CREATED, Change.CORRECTED,
                    Change.CREATED);
            assertThat(edits(C5B, MONDAY, MONDAY).edits()).extracting(Edit::entry).containsExactly(
                    EntryRef.lesson(LESSON_5B), EntryRef.task(TASK_5B), EntryRef.mark(TASK_5B, KUZNETSOV),
                    EntryRef.thematicPlan(C5B, MATH));
        }

        @Test
        void each_row_is_the_very_revision_that_the_entrys_history_shows() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
            school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "пересчёт"));
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(5)));
            school.accept(MATH_TEACHER, new CancelMark(TASK, PETROV, "ошибка"));
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(4)));
            school.accept(DIRECTOR, new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.ORDINARY, "опечатка"));

            List<Edit> rows = edits(C5A, MONDAY, MONDAY).edits();

            assertThat(rows).hasSize(8);
            for (Edit row : rows) {
                assertThat(school.journal.history(DIRECTOR, row.entry()).orElseThrow().revisions())
                        .as("history of %s", row.entry().describe()).contains(row.revision());
            }
            assertThat(rows).filteredOn(e -> e.entry().equals(EntryRef.mark(TASK, IVANOVA))).extracting(Edit::revision)
                    .containsExactlyElementsOf(school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA))
                            .orElseThrow().revisions());
            assertThat(rows).filteredOn(e -> e.entry().equals(EntryRef.mark(TASK, PETROV))).extracting(Edit::change)
                    .containsExactly(Change.CREATED, Change.CANCELLED, Change.CREATED);
        }

        @Test
        void the_days_are_the_schools_days_in_its_zone_not_the_servers() {
            school.clock.set(at(MONDAY, 23, 30));
            long monday = sequenceOf(DIRECTOR, new CorrectLesson(LESSON, "Вычитание", WorkKind.ORDINARY, "опечатка"));
            school.clock.set(at(TUESDAY, 0, 30));
            long tuesday = sequenceOf(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
            assertThat(at(TUESDAY, 0, 30).atZone(java.time.ZoneOffset.UTC).toLocalDate()).as("UTC is still on Monday")
                    .isEqualTo(MONDAY);

            assertThat(edits(C5A, MONDAY, MONDAY).edits()).extracting(Edit::sequence).contains(monday)
                    .doesNotContain(tuesday);
            assertThat(edits(C5A, TUESDAY, TUESDAY).edits()).extracting(Edit::sequence).containsExactly(tuesday);
        }

        @Test
        void a_listing_narrowed_to_a_subject_shows_only_the_entries_of_that_subjects_pages() {
            LessonId russian = LessonId.of("l-rus");
            school.accept(RUS_TEACHER, RecordLesson.of(russian, C5A, RUSSIAN, MONDAY, 3, RUS_TEACHER_ID, "Морфемика"));
            school.accept(RUS_TEACHER, RecordAttendance.of(russian, PETROV, "б"));
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "б"));
            school.accept(RUS_TEACHER, new RecordThematicPlan(C5A, RUSSIAN,
                    List.of(PlannedTopic.of(1, "Морфемика", BigDecimal.ONE))));

            EditListing listing = school.journal.edits(DIRECTOR, C5A, RUSSIAN, MONDAY, MONDAY).orElseThrow();

            assertThat(listing.subject()).contains(RUSSIAN);
            assertThat(listing.edits()).extracting(Edit::entry).containsExactly(EntryRef.lesson(russian),
                    EntryRef.attendance(russian, PETROV), EntryRef.thematicPlan(C5A, RUSSIAN));
            assertThat(listing.edits()).extracting(Edit::subject).containsOnly(RUSSIAN);
            assertThat(school.journal.edits(DIRECTOR, C5A, PE, MONDAY, MONDAY).orElseThrow().edits()).isEmpty();
            assertThat(edits(C5A, MONDAY, MONDAY).edits()).hasSize(6);
        }

        @Test
        void a_period_mark_of_a_pupil_transferred_during_the_period_is_on_the_listings_of_both_classes() {
            school.accept(ADMIN, RecordMovement.transfer(SIDOROV, C5B, order("7-у"), TRANSFER_DAY));
            long sidorov = sequenceOf(MATH_TEACHER, new RecordPeriodMark(SIDOROV, MATH, Q1, FivePoint.of(4)));
            long ivanova = sequenceOf(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)));

            assertThat(edits(C5A, MONDAY, MONDAY).edits()).extracting(Edit::sequence).contains(sidorov, ivanova);
            assertThat(edits(C5B, MONDAY, MONDAY).edits()).extracting(Edit::sequence).containsExactly(sidorov);
            assertThat(school.journal.page(DIRECTOR, C5B, MATH, Q1).orElseThrow().row(SIDOROV)).isPresent();
        }

        @Test
        void an_exam_result_is_on_the_listing_of_the_class_the_pupil_was_in_on_the_exam_day() {
            school.accept(ADMIN, RecordMovement.transfer(SIDOROV, C5B, order("7-у"), TRANSFER_DAY));
            school.accept(MATH_TEACHER, new RecordExamResult(EXAM, SIDOROV, MATH, ExamKind.INTERMEDIATE_ATTESTATION,
                    TRANSFER_DAY.minusDays(1), FivePoint.of(3)));
            ExamResultId later = ExamResultId.of("e-2");
            school.accept(MATH_TEACHER, new RecordExamResult(later, SIDOROV, MATH, ExamKind.INTERMEDIATE_ATTESTATION,
                    TRANSFER_DAY, FivePoint.of(4)));

            assertThat(edits(C5A, MONDAY, MONDAY).edits()).extracting(Edit::entry)
                    .contains(EntryRef.examResult(EXAM)).doesNotContain(EntryRef.examResult(later));
            assertThat(edits(C5B, MONDAY, MONDAY).edits()).extracting(Edit::entry)
                    .containsExactly(EntryRef.examResult(later));
        }

        @Test
        void corrections_leave_out_the_rows_that_only_created_an_entry() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(3)));
            school.accept(MATH_TEACHER, new CancelMark(TASK, PETROV, "не тот ученик"));

            EditListing listing = edits(C5A, MONDAY, MONDAY);

            assertThat(listing.edits()).hasSize(5);
            assertThat(listing.corrections()).extracting(Edit::entry, Edit::change, Edit::reason)
                    .containsExactly(tuple(EntryRef.mark(TASK, PETROV), Change.CANCELLED,
                            Optional.of("не тот ученик")));
        }

        @Test
        void days_without_an_edit_give_an_empty_listing() {
            assertThat(edits(C5A, TUESDAY, TUESDAY.plusDays(30)).edits()).isEmpty();
            assertThat(edits(C5A, YEAR_FIRST, MONDAY.minusDays(1)).edits()).isEmpty();
            assertThat(edits(C5B, MONDAY, MONDAY).edits()).isEmpty();
        }

        @Test
        void a_journal_reopened_from_its_store_lists_the_same_edits() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
            school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "пересчёт"));
            school.accept(MATH_TEACHER, new RecordPeriodMark(SIDOROV, MATH, Q1, FivePoint.of(4)));

            Journal reopened = Journal.builder().school(SchoolFixture.school()).store(school.store)
                    .clock(school.clock).build();

            assertThat(reopened.edits(DIRECTOR, C5A, YEAR_FIRST, MONDAY.plusDays(7)))
                    .isEqualTo(school.journal.edits(DIRECTOR, C5A, YEAR_FIRST, MONDAY.plusDays(7)));
            assertThat(reopened.edits(DIRECTOR, C5A, MATH, MONDAY, MONDAY))
                    .isEqualTo(school.journal.edits(DIRECTOR, C5A, MATH, MONDAY, MONDAY));
        }
    }

    @Nested
    class Refusals {

        @Test
        void an_unknown_class_or_subject_is_refused_as_an_unknown_reference() {
            List<Violation> noClass = refusal(school.journal.edits(DIRECTOR, ClassId.of("9z"), MONDAY, MONDAY));
            List<Violation> noSubject = refusal(school.journal.edits(DIRECTOR, C5A, SubjectId.of("latin"), MONDAY,
                    MONDAY));

            assertThat(noClass).extracting(Violation::code, Violation::concerns)
                    .containsExactly(tuple(UNKNOWN_REFERENCE, "schoolClass"));
            assertThat(noSubject).extracting(Violation::code, Violation::concerns)
                    .containsExactly(tuple(UNKNOWN_REFERENCE, "subject"));
            assertThat(noClass.get(0).isBlocking()).isTrue();
            assertBilingualQuoting(noClass.get(0));
        }

        @Test
        void a_range_of_400_days_is_granted_and_one_of_401_days_or_reversed_is_refused() {
            assertThat(school.journal.edits(DIRECTOR, C5A, YEAR_FIRST, YEAR_FIRST.plusDays(399)).isGranted()).isTrue();
            assertThat(school.journal.edits(DIRECTOR, C5A, MONDAY, MONDAY).isGranted()).isTrue();

            List<Violation> tooLong = refusal(school.journal.edits(DIRECTOR, C5A, YEAR_FIRST,
                    YEAR_FIRST.plusDays(EditListing.MAX_DAYS)));
            List<Violation> reversed = refusal(school.journal.edits(DIRECTOR, C5A, TUESDAY, MONDAY));

            for (List<Violation> refused : List.of(tooLong, reversed)) {
                assertThat(refused).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo(INVALID_VALUE);
                    assertThat(v.clause()).isEqualTo("REC-1.7");
                    assertThat(v.concerns()).isEqualTo("edits.to");
                    assertBilingual(v);
                });
            }
        }

        @Test
        void every_problem_of_a_listing_request_is_reported() {
            assertThat(codes(school.journal.edits(DIRECTOR, ClassId.of("9z"), SubjectId.of("latin"), TUESDAY,
                    MONDAY))).containsExactly(UNKNOWN_REFERENCE, UNKNOWN_REFERENCE, INVALID_VALUE);
        }

        @Test
        void a_listing_asked_for_by_an_unknown_actor_is_refused() {
            assertThat(codes(school.journal.edits(Actor.staff(org.ejournal.core.model.StaffId.of("ghost")), C5A,
                    MONDAY, MONDAY))).containsExactly(UNKNOWN_ACTOR);
        }

        @Test
        void a_null_argument_is_a_programming_error() {
            assertThatThrownBy(() -> school.journal.edits(null, C5A, MONDAY, MONDAY))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> school.journal.edits(DIRECTOR, null, MONDAY, MONDAY))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> school.journal.edits(DIRECTOR, C5A, null, MONDAY, MONDAY))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> school.journal.edits(DIRECTOR, C5A, MONDAY, null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class TheAccessPolicy {

        private Journal journalWith(AccessPolicy policy) {
            return Journal.builder().school(SchoolFixture.school()).store(school.store).clock(school.clock)
                    .access(policy).build();
        }

        @Test
        void the_policy_is_asked_about_an_edits_query_and_rows_of_pupils_it_hides_are_left_out() {
            school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(2)));
            school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));
            school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "у"));
            List<Query> asked = new ArrayList<>();
            AccessPolicy hidePetrov = new AccessPolicy() {
                @Override
                public Stream<Violation> checkRead(Actor actor, Query query, JournalView view) {
                    asked.add(query);
                    return Stream.empty();
                }

                @Override
                public boolean maySee(Actor actor, StudentId student, JournalView view) {
                    return actor.equals(DIRECTOR) || !student.equals(PETROV);
                }
            };
            Journal journal = journalWith(hidePetrov);

            EditListing teachers = journal.edits(MATH_TEACHER, C5A, MATH, MONDAY, MONDAY).orElseThrow();

            assertThat(teachers.edits()).extracting(Edit::entry).containsExactly(EntryRef.lesson(LESSON),
                    EntryRef.task(TASK), EntryRef.mark(TASK, IVANOVA));
            assertThat(journal.edits(DIRECTOR, C5A, MONDAY, MONDAY).orElseThrow().edits()).hasSize(5);
            assertThat(asked).containsExactly(new Query.EditsQuery(C5A, Optional.of(MATH), MONDAY, MONDAY),
                    new Query.EditsQuery(C5A, Optional.empty(), MONDAY, MONDAY));
        }

        @Test
        void a_policy_that_refuses_the_listing_refuses_it_with_its_own_violations() {
            Violation no = Violation.blocking(NOT_VISIBLE, "POL-3.6", "edits", "нет доступа", "no access");
            Journal journal = journalWith(new AccessPolicy() {
                @Override
                public Stream<Violation> checkRead(Actor actor, Query query, JournalView view) {
                    return query instanceof Query.EditsQuery ? Stream.of(no) : Stream.empty();
                }

                @Override
                public boolean maySee(Actor actor, StudentId student, JournalView view) {
                    return true;
                }
            });

            assertThat(refusal(journal.edits(RUS_TEACHER, C5A, MONDAY, MONDAY))).containsExactly(no);
            assertThat(journal.history(RUS_TEACHER, EntryRef.lesson(LESSON)).isGranted()).isTrue();
        }
    }
}
