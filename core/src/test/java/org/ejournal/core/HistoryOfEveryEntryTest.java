package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ejournal.core.SchoolFixture.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CancelMark;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RecordThematicPlan;
import org.ejournal.core.model.ExamKind;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.PlannedTopic;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.model.WorkKind;
import org.ejournal.core.view.EntryHistory;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.ejournal.core.view.Revision.Change;
import org.junit.jupiter.api.Test;

/**
 * A correction never erases (REC-1.7, POL-1.2): every kind of entry has a history that says who, when,
 * before, after and why — the kinds {@code ReadingTheJournalTest} does not already cover (tasks, exam
 * results, thematic plans, an absence corrected to another code), what each revision did, and that the
 * history is the log's, so a journal reopened from its store tells the same history.
 */
class HistoryOfEveryEntryTest {

    private static final TaskId ESSAY = TaskId.of("t-essay");
    private static final ExamResultId EXAM = ExamResultId.of("e-ivanova");

    private final SchoolFixture school = SchoolFixture.create();

    private EntryHistory history(EntryRef entry) {
        return school.journal.history(DIRECTOR, entry).orElseThrow();
    }

    @Test
    void the_history_of_a_task_names_its_type_weight_and_description_and_who_set_it() {
        school.clock.advance(Duration.ofMinutes(20));
        school.accept(MATH_TEACHER, new AssignTask(ESSAY, LESSON, TaskType.TEST_PAPER, 3, "Дроби, вариант 2"));

        assertThat(history(EntryRef.task(ESSAY)).revisions()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("AssignTask");
            assertThat(r.actor()).isEqualTo(MATH_TEACHER);
            assertThat(r.recordedAt()).isEqualTo(school.clock.instant());
            assertThat(r.before()).isEmpty();
            assertThat(r.after()).contains("test-paper ×3: Дроби, вариант 2");
            assertThat(r.reason()).isEmpty();
            assertThat(r.change()).isEqualTo(Change.CREATED);
        });
    }

    @Test
    void the_history_of_an_exam_result_names_the_kind_and_the_result() {
        school.accept(MATH_TEACHER, new RecordExamResult(EXAM, IVANOVA, MATH, ExamKind.INTERMEDIATE_ATTESTATION,
                MONDAY, FivePoint.of(4)));

        assertThat(history(EntryRef.examResult(EXAM)).revisions()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("RecordExamResult");
            assertThat(r.actor()).isEqualTo(MATH_TEACHER);
            assertThat(r.after()).contains("INTERMEDIATE_ATTESTATION 4");
            assertThat(r.change()).isEqualTo(Change.CREATED);
        });
    }

    @Test
    void a_thematic_plan_recorded_again_keeps_the_earlier_plan_as_its_before() {
        school.accept(MATH_TEACHER, new RecordThematicPlan(C5A, MATH,
                List.of(PlannedTopic.of(1, "Дроби", BigDecimal.ONE))));
        Instant first = school.clock.instant();
        school.clock.advance(Duration.ofDays(2));
        school.accept(MATH_TEACHER, new RecordThematicPlan(C5A, MATH, List.of(PlannedTopic.of(1, "Дроби",
                BigDecimal.ONE), PlannedTopic.of(2, "Проценты", new BigDecimal("2")))));

        EntryHistory history = history(EntryRef.thematicPlan(C5A, MATH));

        assertThat(history.revisions()).extracting(Revision::recordedAt, Revision::before, Revision::after,
                Revision::change).containsExactly(
                        tuple(first, Optional.empty(), Optional.of("1 topics, 1 h"), Change.CREATED),
                        tuple(school.clock.instant(), Optional.of("1 topics, 1 h"), Optional.of("2 topics, 3 h"),
                                Change.CORRECTED));
        assertThat(history.original()).contains("1 topics, 1 h");
    }

    @Test
    void an_absence_corrected_to_another_code_keeps_both_codes_and_the_reason() {
        school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"));
        school.clock.advance(Duration.ofDays(1));
        school.accept(RUS_TEACHER, new CorrectAttendance(LESSON, PETROV, "б", "принесли справку"));

        assertThat(history(EntryRef.attendance(LESSON, PETROV)).revisions()).extracting(Revision::actor,
                Revision::before, Revision::after, Revision::reason, Revision::change).containsExactly(
                        tuple(MATH_TEACHER, Optional.empty(), Optional.of("н"), Optional.empty(), Change.CREATED),
                        tuple(RUS_TEACHER, Optional.of("н"), Optional.of("б"), Optional.of("принесли справку"),
                                Change.CORRECTED));
    }

    @Test
    void each_revision_says_whether_it_created_corrected_or_cancelled_its_entry() {
        school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
        school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "пересчёт"));
        school.accept(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "не та работа"));
        school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, SIDOROV, "н"));
        school.accept(MATH_TEACHER, new CorrectAttendance(LESSON, SIDOROV, null, "пришёл"));

        assertThat(history(EntryRef.mark(TASK, IVANOVA)).revisions()).extracting(Revision::change)
                .containsExactly(Change.CREATED, Change.CORRECTED, Change.CANCELLED, Change.CREATED);
        assertThat(history(EntryRef.attendance(LESSON, SIDOROV)).revisions()).extracting(Revision::action,
                Revision::change).containsExactly(tuple("RecordAttendance", Change.CREATED),
                        tuple("CorrectAttendance", Change.CANCELLED));
    }

    @Test
    void a_journal_reopened_from_its_store_tells_the_same_history_of_every_kind_of_entry() {
        HomeworkId homework = HomeworkId.of("hw-1");
        school.accept(MATH_TEACHER, new AssignTask(ESSAY, LESSON, TaskType.TEST_PAPER, 3, null));
        school.accept(MATH_TEACHER, new AssignHomework(homework, LESSON, "№ 112", MONDAY.plusDays(2)));
        school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
        school.clock.advance(Duration.ofHours(5));
        school.accept(DIRECTOR, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "апелляция"));
        school.accept(MATH_TEACHER, RecordMark.of(ESSAY, PETROV, FivePoint.of(2)));
        school.accept(MATH_TEACHER, new CancelMark(ESSAY, PETROV, "не та работа"));
        school.accept(MATH_TEACHER, RecordAttendance.of(LESSON, SIDOROV, "н"));
        school.accept(RUS_TEACHER, new CorrectAttendance(LESSON, SIDOROV, "у", "заявление"));
        school.accept(DIRECTOR, new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.ORDINARY, "опечатка"));
        school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));
        school.accept(DIRECTOR, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5), "педсовет"));
        school.accept(MATH_TEACHER, new RecordExamResult(EXAM, IVANOVA, MATH, ExamKind.INTERMEDIATE_ATTESTATION,
                MONDAY, FivePoint.of(4)));
        school.accept(MATH_TEACHER, new RecordThematicPlan(C5A, MATH,
                List.of(PlannedTopic.of(1, "Дроби", BigDecimal.ONE))));
        List<EntryRef> entries = List.of(EntryRef.lesson(LESSON), EntryRef.task(TASK), EntryRef.task(ESSAY),
                EntryRef.homework(homework), EntryRef.mark(TASK, IVANOVA), EntryRef.mark(ESSAY, PETROV),
                EntryRef.attendance(LESSON, SIDOROV), EntryRef.periodMark(IVANOVA, MATH, Q1),
                EntryRef.examResult(EXAM), EntryRef.thematicPlan(C5A, MATH));

        Journal reopened = Journal.builder().school(SchoolFixture.school()).store(school.store).clock(school.clock)
                .build();

        for (EntryRef e : entries) {
            assertThat(reopened.history(DIRECTOR, e)).as(e.describe()).isEqualTo(school.journal.history(DIRECTOR, e))
                    .satisfies(a -> assertThat(a.isGranted()).isTrue());
        }
        assertThat(history(EntryRef.mark(ESSAY, PETROV)).current()).isEmpty();
        assertThat(history(EntryRef.mark(ESSAY, PETROV)).original()).contains("2");
    }
}
