package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.marks.MarkingSchool.codes;
import static org.ejournal.rules.marks.MarkingSchool.weekdays;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.view.EntryRef;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.MarkRules;
import org.ejournal.rules.catalogue.NotAttestedWhenMostLessonsMissed;
import org.junit.jupiter.api.Test;

/**
 * {@link NotAttestedWhenMostLessonsMissed} (POL-4.4c): 5А has eight mathematics lessons in the first
 * quarter (the fixture's and seven from 7 September), each with a task; by default a pupil needs 5
 * marks and is not attested after missing more than half of the lessons.
 */
class NotAttestedWhenMostLessonsMissedTest {

    private final MarkingSchool school = MarkingSchool.withDefaults();
    private final List<LessonId> lessons = new ArrayList<>();
    private final List<TaskId> tasks = new ArrayList<>();

    private void eightLessons(MarkingSchool s) {
        lessons.add(LESSON);
        tasks.add(TASK);
        for (LocalDate day : weekdays(LocalDate.of(2026, 9, 7), 7)) {
            LessonId lesson = s.mathLesson(day);
            lessons.add(lesson);
            tasks.add(s.task(lesson, TaskType.CLASS_WORK));
        }
    }

    /** Petrov misses the first {@code absent} lessons with the code and gets a mark at each of the first {@code marked} others. */
    private void petrov(MarkingSchool s, int absent, String code, int marked) {
        for (int i = 0; i < absent; i++) {
            s.attendance(lessons.get(i), PETROV, code);
        }
        for (int i = absent; i < absent + marked; i++) {
            s.mark(tasks.get(i), PETROV, 3);
        }
    }

    private static Violation only(Outcome outcome, String code) {
        return outcome.violations().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError("no " + code + " in " + outcome.violations()));
    }

    @Test
    void POL_4_4c_a_mark_for_a_pupil_who_missed_five_of_eight_lessons_and_has_one_mark_is_warned_that_н_а_is_due() {
        eightLessons(school);
        petrov(school, 5, "б", 1);

        Outcome outcome = school.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)));

        assertThat(outcome.isAccepted()).isTrue();
        Violation v = only(outcome, MarkRules.CODE_NOT_ATTESTED_DUE);
        assertThat(v.clause()).isEqualTo("POL-4.4c");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.concerns()).isEqualTo(EntryRef.periodMark(PETROV, MATH, Q1).describe());
        assertThat(v.messageRu()).contains("следует выставить «н/а»", "пропущено 5 из 8 уроков", "более 50 %",
                "отметок 1 из 5");
        assertThat(v.messageEn()).contains("not attested", "5 of 8 lessons missed", "more than 50 %",
                "1 of the 5 marks");
    }

    @Test
    void POL_4_4c_н_а_for_that_pupil_is_recorded_without_a_word() {
        eightLessons(school);
        petrov(school, 5, "н", 1);

        Outcome outcome = school.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1,
                SpecialResults.NOT_ATTESTED));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(codes(outcome)).isEmpty();
    }

    @Test
    void POL_4_4c_missing_exactly_half_is_not_most_so_н_а_lacks_its_grounds_and_a_mark_is_in_order() {
        eightLessons(school);
        petrov(school, 4, "у", 1);

        Outcome notAttested = school.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1,
                SpecialResults.NOT_ATTESTED));
        Outcome mark = school.execute(MATH_TEACHER, new CorrectPeriodMark(PETROV, MATH, Q1, FivePoint.of(3),
                "аттестован"));

        Violation v = only(notAttested, MarkRules.CODE_NOT_ATTESTED_UNFOUNDED);
        assertThat(v.messageRu()).contains("без оснований", "пропущено 4 из 8 уроков", "отметок 1 из 5");
        assertThat(v.messageEn()).contains("lacks its grounds", "4 of 8 lessons missed");
        assertThat(codes(mark)).doesNotContain(MarkRules.CODE_NOT_ATTESTED_DUE, MarkRules.CODE_NOT_ATTESTED_UNFOUNDED);
    }

    @Test
    void POL_4_4c_lateness_is_not_an_absence() {
        eightLessons(school);
        petrov(school, 6, "оп", 1);

        Outcome mark = school.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)));
        Outcome notAttested = school.execute(MATH_TEACHER, new CorrectPeriodMark(PETROV, MATH, Q1,
                SpecialResults.NOT_ATTESTED, "много опозданий"));

        assertThat(codes(mark)).doesNotContain(MarkRules.CODE_NOT_ATTESTED_DUE);
        assertThat(only(notAttested, MarkRules.CODE_NOT_ATTESTED_UNFOUNDED).messageEn())
                .contains("0 of 8 lessons missed");
    }

    @Test
    void POL_4_4c_a_pupil_who_missed_most_lessons_but_has_enough_marks_is_attested() {
        eightLessons(school);
        petrov(school, 5, "б", 3);
        for (int i = 5; i < 8; i++) {
            school.mark(school.task(lessons.get(i), TaskType.HOMEWORK), PETROV, 4);
        }

        Outcome mark = school.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)));
        Outcome notAttested = school.execute(MATH_TEACHER, new CorrectPeriodMark(PETROV, MATH, Q1,
                SpecialResults.NOT_ATTESTED, "пропуски"));

        assertThat(codes(mark)).doesNotContain(MarkRules.CODE_NOT_ATTESTED_DUE);
        assertThat(only(notAttested, MarkRules.CODE_NOT_ATTESTED_UNFOUNDED).messageEn())
                .contains("5 of 8 lessons missed", "6 of the 5 marks");
    }

    @Test
    void POL_4_4c_the_local_acts_share_decides_what_most_is() {
        MarkingSchool strict = MarkingSchool.with(Profile.builder().notAttestedAbsenceShare(new BigDecimal("0.3"))
                .build());
        eightLessons(strict);
        petrov(strict, 3, "н", 1);

        Violation v = only(strict.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(2))),
                MarkRules.CODE_NOT_ATTESTED_DUE);

        assertThat(v.messageRu()).contains("пропущено 3 из 8 уроков", "более 30 %");
    }

    @Test
    void POL_4_4c_exempt_is_never_judged() {
        eightLessons(school);
        petrov(school, 8, "б", 0);

        assertThat(codes(school.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, SpecialResults.EXEMPT))))
                .isEmpty();
    }

    @Test
    void POL_4_4c_a_local_act_can_make_it_blocking_or_turn_it_off() {
        MarkingSchool strict = MarkingSchool.with(Profile.builder()
                .putSeverities(NotAttestedWhenMostLessonsMissed.NAME, RuleSeverity.BLOCKING).build());
        eightLessons(strict);
        petrov(strict, 5, "б", 1);
        MarkingSchool off = MarkingSchool.with(Profile.builder()
                .putSeverities(NotAttestedWhenMostLessonsMissed.NAME, RuleSeverity.OFF).build());
        lessons.clear();
        tasks.clear();
        eightLessons(off);
        petrov(off, 5, "б", 1);

        assertThat(codes(strict.school.reject(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)))))
                .contains(MarkRules.CODE_NOT_ATTESTED_DUE);
        assertThat(codes(off.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)))))
                .doesNotContain(MarkRules.CODE_NOT_ATTESTED_DUE);
    }

    @Test
    void POL_4_4c_an_audit_finds_the_mark_where_н_а_was_due_and_the_н_а_without_grounds() {
        MarkingSchool recorded = MarkingSchool.withoutRules();
        eightLessons(recorded);
        petrov(recorded, 5, "б", 1);
        recorded.school.accept(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)));
        long due = recorded.school.journal.size();
        recorded.school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, SpecialResults.NOT_ATTESTED));
        long unfounded = recorded.school.journal.size();
        recorded.school.accept(MATH_TEACHER, new CorrectPeriodMark(PETROV, MATH, Q1, SpecialResults.NOT_ATTESTED,
                "не аттестован"));

        AuditReport report = recorded.audit(Profile.defaults(), at(MONDAY, 12, 0));

        assertThat(report.findings()).filteredOn(f -> f.violation().code().startsWith("EJ231")
                && !f.violation().code().equals(MarkRules.CODE_TOO_FEW_MARKS))
                .extracting(f -> f.sequence() + " " + f.violation().code())
                .containsExactly(due + " " + MarkRules.CODE_NOT_ATTESTED_DUE,
                        unfounded + " " + MarkRules.CODE_NOT_ATTESTED_UNFOUNDED);
    }
}
