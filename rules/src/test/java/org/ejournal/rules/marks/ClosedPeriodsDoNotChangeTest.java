package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.marks.MarkingSchool.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CancelMark;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.ReopenPeriod;
import org.ejournal.core.model.ExamKind;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.model.WorkKind;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.ClosedPeriodsDoNotChange;
import org.ejournal.rules.catalogue.MarkRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ClosedPeriodsDoNotChange} (REC-6.4): the fixture's first quarter (1 September – 25 October,
 * grades 1–9) holds the mathematics lesson of Monday 5 October with a task; Ivanova has a mark and
 * an absence there and a period mark, then the administrator closes the quarter after it ended.
 */
class ClosedPeriodsDoNotChangeTest {

    private static final LocalDate AFTER_Q1 = LocalDate.of(2026, 10, 26);
    private static final LocalDate IN_Q2 = LocalDate.of(2026, 11, 9);

    private final MarkingSchool school = MarkingSchool.withDefaults();

    /** Ivanova's mark, absence and period mark in the first quarter, then the quarter closed. */
    private void firstQuarterRecordedAndClosed(MarkingSchool s) {
        s.mark(TASK, IVANOVA, 4);
        s.attendance(LESSON, PETROV, "н");
        s.school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));
        s.school.clock.set(at(AFTER_Q1, 9, 0));
        s.school.accept(ADMIN, new ClosePeriod(Q1));
    }

    static Stream<Arguments> entriesOfTheClosedQuarter() {
        Map<String, Command> entries = new java.util.LinkedHashMap<>();
        entries.put("a new lesson", RecordLesson.of(LessonId.of("l-new"), C5A, MATH, LocalDate.of(2026, 10, 7), 3,
                MATH_TEACHER_ID, "Вычитание дробей"));
        entries.put("a corrected lesson", new CorrectLesson(LESSON, "Сложение и вычитание дробей", WorkKind.ORDINARY,
                "уточнена тема"));
        entries.put("a task", AssignTask.of(TaskId.of("t-new"), LESSON, TaskType.HOMEWORK));
        entries.put("homework", new AssignHomework(HomeworkId.of("h-new"), LESSON, "№ 12", LocalDate.of(2026, 10, 7)));
        entries.put("a mark", RecordMark.of(TASK, SIDOROV, FivePoint.of(5)));
        entries.put("a corrected mark", new CorrectMark(TASK, IVANOVA, FivePoint.of(5), "ошибка ввода"));
        entries.put("a cancelled mark", new CancelMark(TASK, IVANOVA, "ошибка ввода"));
        entries.put("an absence", RecordAttendance.of(LESSON, SIDOROV, "б"));
        entries.put("a corrected absence", new CorrectAttendance(LESSON, PETROV, "б", "справка"));
        entries.put("a period mark", new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)));
        entries.put("a corrected period mark", new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5), "пересмотр"));
        entries.put("an exam result", new RecordExamResult(ExamResultId.of("e-1"), IVANOVA, MATH,
                ExamKind.INTERMEDIATE_ATTESTATION, LocalDate.of(2026, 10, 20), FivePoint.of(4)));
        return entries.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entriesOfTheClosedQuarter")
    void REC_6_4_nothing_dated_in_a_closed_quarter_is_recorded_corrected_or_cancelled(String what, Command entry) {
        firstQuarterRecordedAndClosed(school);

        Outcome.Rejected rejected = school.school.reject(MATH_TEACHER, entry);

        // the other rules' warnings on a period mark are listed with the refusal; one thing refuses it
        assertThat(rejected.violations()).filteredOn(Violation::isBlocking).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(MarkRules.CODE_CLOSED_PERIOD);
            assertThat(v.clause()).isEqualTo("REC-6.4");
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(v.messageRu()).contains("«1 четверть» закрыт");
            assertThat(v.messageEn()).contains("quarter 1 is closed");
        });
    }

    @Test
    void REC_6_4_the_refusal_names_the_entry_the_day_and_the_class() {
        firstQuarterRecordedAndClosed(school);

        Violation v = school.school.reject(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(5)))
                .violations().get(0);

        assertThat(v.concerns()).isEqualTo(EntryRef.mark(TASK, SIDOROV).describe());
        assertThat(v.messageRu()).contains("05.10.2026", "5А");
        assertThat(v.messageEn()).contains("2026-10-05", "5А", "reopen");
    }

    @Test
    void REC_6_4_entries_of_the_next_quarter_are_recorded_while_the_first_is_closed() {
        firstQuarterRecordedAndClosed(school);

        TaskId task = school.task(school.mathLesson(IN_Q2), TaskType.CLASS_WORK);
        Outcome mark = school.execute(MATH_TEACHER, RecordMark.of(task, IVANOVA, FivePoint.of(5)));
        Outcome periodMark = school.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q2, FivePoint.of(5)));

        assertThat(mark.isAccepted()).isTrue();
        assertThat(codes(mark)).doesNotContain(MarkRules.CODE_CLOSED_PERIOD);
        assertThat(codes(periodMark)).doesNotContain(MarkRules.CODE_CLOSED_PERIOD);
    }

    @Test
    void REC_6_4_a_closed_quarter_of_grades_1_to_9_does_not_close_the_same_days_for_the_tenth_grade() {
        school.withTenthGrade();
        firstQuarterRecordedAndClosed(school);

        LessonId lesson = school.lesson(MarkingSchool.C10A, MATH, MONDAY);
        Outcome mark = school.execute(MATH_TEACHER, RecordMark.of(school.task(lesson, TaskType.CLASS_WORK),
                MarkingSchool.SENIOR, FivePoint.of(5)));

        assertThat(mark.isAccepted()).isTrue();
        assertThat(codes(mark)).isEmpty();
    }

    @Test
    void REC_6_4_a_closed_half_year_closes_the_tenth_grade_and_not_the_fifth() {
        school.withTenthGrade();
        LessonId senior = school.lesson(MarkingSchool.C10A, MATH, MONDAY);
        school.school.clock.set(at(LocalDate.of(2026, 12, 29), 9, 0));
        school.school.accept(ADMIN, new ClosePeriod(H1));

        Outcome.Rejected tenth = school.school.reject(MATH_TEACHER, RecordAttendance.of(senior, MarkingSchool.SENIOR,
                "н"));
        Outcome fifth = school.execute(MATH_TEACHER, RecordAttendance.of(LESSON, IVANOVA, "н"));

        assertThat(codes(tenth)).containsExactly(MarkRules.CODE_CLOSED_PERIOD);
        assertThat(tenth.violations().get(0).messageEn()).contains("half-year 1");
        assertThat(fifth.isAccepted()).isTrue();
    }

    @Test
    void REC_6_4_a_closed_year_closes_every_day_of_it() {
        school.school.clock.set(at(LocalDate.of(2027, 6, 1), 9, 0));
        school.school.accept(ADMIN, new ClosePeriod(YEAR_PERIOD));

        Outcome.Rejected rejected = school.school.reject(MATH_TEACHER,
                RecordLesson.of(LessonId.of("l-may"), C5A, MATH, LocalDate.of(2027, 5, 20), 1, MATH_TEACHER_ID, "Повторение"));

        assertThat(rejected.violations()).singleElement()
                .satisfies(v -> assertThat(v.messageRu()).contains("«год» закрыт"));
    }

    @Test
    void REC_6_4_after_leadership_reopens_the_quarter_entries_are_accepted_again_and_the_reopening_is_in_the_log() {
        firstQuarterRecordedAndClosed(school);
        school.school.reject(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(5), "ошибка ввода"));

        school.school.clock.set(at(AFTER_Q1, 11, 0));
        Outcome.Accepted reopened = school.school.accept(DIRECTOR,
                new ReopenPeriod(Q1, "апелляция родителей, приказ № 52"));
        school.school.clock.set(at(AFTER_Q1, 11, 30));
        Outcome.Accepted corrected = school.school.accept(MATH_TEACHER,
                new CorrectMark(TASK, IVANOVA, FivePoint.of(5), "пересмотр по апелляции"));

        assertThat(reopened.warnings()).isEmpty();
        assertThat(corrected.warnings()).extracting(Violation::code).doesNotContain(MarkRules.CODE_CLOSED_PERIOD);
        List<JournalEvent> log = school.log();
        JournalEvent reopening = log.get(log.size() - 2);
        assertThat(reopening.command()).isEqualTo(new ReopenPeriod(Q1, "апелляция родителей, приказ № 52"));
        assertThat(reopening.actor()).isEqualTo(DIRECTOR);
        assertThat(reopening.recordedAt()).isEqualTo(at(AFTER_Q1, 11, 0));
        assertThat(log).extracting(e -> e.command().commandName()).containsSubsequence("ClosePeriod", "ReopenPeriod",
                "CorrectMark");
        List<Revision> history = school.school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)).orElseThrow()
                .revisions();
        assertThat(history).extracting(Revision::after).containsExactly(java.util.Optional.of("4"),
                java.util.Optional.of("5"));
        assertThat(history.get(1).sequence()).isGreaterThan(reopening.sequence());
    }

    @Test
    void REC_6_4_closed_again_after_the_correction_the_quarter_refuses_entries_again() {
        firstQuarterRecordedAndClosed(school);
        school.school.accept(DIRECTOR, new ReopenPeriod(Q1, "апелляция"));
        school.school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(5), "по апелляции"));
        school.school.accept(ADMIN, new ClosePeriod(Q1));

        assertThat(codes(school.school.reject(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "ошибка"))))
                .containsExactly(MarkRules.CODE_CLOSED_PERIOD);
    }

    @Test
    void REC_6_4_a_school_whose_local_act_makes_it_a_warning_records_the_entry_with_the_warning() {
        MarkingSchool warned = MarkingSchool.with(Profile.builder()
                .putSeverities(ClosedPeriodsDoNotChange.NAME, RuleSeverity.WARNING).build());
        firstQuarterRecordedAndClosed(warned);

        Outcome.Accepted accepted = warned.school.accept(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(5)));

        assertThat(accepted.warnings()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(MarkRules.CODE_CLOSED_PERIOD);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(warned.log().get(warned.log().size() - 1).warnings()).extracting(Violation::code)
                .containsExactly(MarkRules.CODE_CLOSED_PERIOD);
    }

    @Test
    void REC_6_4_a_school_that_turns_the_rule_off_records_the_entry_silently() {
        MarkingSchool off = MarkingSchool.with(Profile.builder()
                .putSeverities(ClosedPeriodsDoNotChange.NAME, RuleSeverity.OFF).build());
        firstQuarterRecordedAndClosed(off);

        assertThat(off.school.accept(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(5))).warnings()).isEmpty();
    }

    @Test
    void REC_6_4_an_audit_finds_each_entry_recorded_in_a_closed_quarter_and_none_after_it_was_reopened() {
        MarkingSchool recorded = MarkingSchool.withoutRules();
        firstQuarterRecordedAndClosed(recorded);
        recorded.school.accept(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(5)));
        long closedMark = recorded.school.journal.size();
        recorded.school.accept(MATH_TEACHER, new CorrectAttendance(LESSON, PETROV, "б", "справка"));
        long closedAbsence = recorded.school.journal.size();
        recorded.school.accept(DIRECTOR, new ReopenPeriod(Q1, "апелляция"));
        recorded.school.accept(MATH_TEACHER, RecordMark.of(TASK, ALEKSEEVA, FivePoint.of(3)));

        AuditReport report = recorded.audit(Profile.defaults(), at(AFTER_Q1, 12, 0));

        Function<AuditReport.Finding, Long> sequence = AuditReport.Finding::sequence;
        assertThat(report.findings()).filteredOn(f -> f.violation().code().equals(MarkRules.CODE_CLOSED_PERIOD))
                .extracting(sequence).containsExactly(closedMark, closedAbsence);
        assertThat(report.blocking()).hasSize(2);
    }
}
