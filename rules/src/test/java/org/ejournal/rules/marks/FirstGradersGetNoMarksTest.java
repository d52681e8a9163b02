package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.marks.MarkingSchool.C1A;
import static org.ejournal.rules.marks.MarkingSchool.FIRST_GRADER;
import static org.ejournal.rules.marks.MarkingSchool.codes;

import java.time.LocalDate;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.command.CancelMark;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.view.EntryRef;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.FirstGradersGetNoMarks;
import org.ejournal.rules.catalogue.MarkRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FirstGradersGetNoMarks} (§5a, clause POL-4.4c): the fixture's school with class 1А and its pupil. */
class FirstGradersGetNoMarksTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private TaskId firstGradeTask(MarkingSchool s, org.ejournal.core.model.SubjectId subject) {
        return s.task(s.lesson(C1A, subject, TUESDAY), TaskType.CLASS_WORK);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void POL_4_4c_a_five_point_mark_for_a_first_grader_is_refused(int mark) {
        MarkingSchool school = MarkingSchool.withDefaults().withFirstGrade();
        TaskId task = firstGradeTask(school, MATH);

        Outcome.Rejected rejected = school.school.reject(MATH_TEACHER, RecordMark.of(task, FIRST_GRADER,
                FivePoint.of(mark)));

        assertThat(rejected.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(MarkRules.CODE_FIRST_GRADE_MARK);
            assertThat(v.clause()).isEqualTo("POL-4.4c");
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(v.concerns()).isEqualTo(EntryRef.mark(task, FIRST_GRADER).describe());
            assertThat(v.messageRu()).contains("в первом классе отметки не выставляются", "1А", "«" + mark + "»");
            assertThat(v.messageEn()).contains("first grade get no marks", "1А");
        });
    }

    @Test
    void POL_4_4c_a_pass_is_a_mark_too_and_is_refused_for_a_first_grader() {
        MarkingSchool school = MarkingSchool.withDefaults().withFirstGrade();
        TaskId task = firstGradeTask(school, PE);

        assertThat(codes(school.school.reject(RUS_TEACHER, RecordMark.of(task, FIRST_GRADER, PassFail.PASS))))
                .containsExactly(MarkRules.CODE_FIRST_GRADE_MARK);
    }

    @Test
    void POL_4_4c_a_period_mark_for_a_first_grader_is_refused_and_a_special_result_is_not() {
        MarkingSchool school = MarkingSchool.withDefaults().withFirstGrade();

        Outcome.Rejected mark = school.school.reject(MATH_TEACHER, new RecordPeriodMark(FIRST_GRADER, MATH, Q1,
                FivePoint.of(5)));
        Outcome.Rejected pass = school.school.reject(RUS_TEACHER, new RecordPeriodMark(FIRST_GRADER, PE, Q1,
                PassFail.PASS));
        Outcome exempt = school.execute(RUS_TEACHER, new RecordPeriodMark(FIRST_GRADER, PE, Q1, SpecialResults.EXEMPT));
        Outcome notAttested = school.execute(MATH_TEACHER, new RecordPeriodMark(FIRST_GRADER, MATH, Q1,
                SpecialResults.NOT_ATTESTED));

        assertThat(codes(mark)).containsExactly(MarkRules.CODE_FIRST_GRADE_MARK);
        assertThat(mark.violations().get(0).concerns())
                .isEqualTo(EntryRef.periodMark(FIRST_GRADER, MATH, Q1).describe());
        assertThat(codes(pass)).containsExactly(MarkRules.CODE_FIRST_GRADE_MARK);
        assertThat(exempt.isAccepted()).isTrue();
        assertThat(codes(exempt)).isEmpty();
        assertThat(notAttested.isAccepted()).isTrue();
        assertThat(codes(notAttested)).isEmpty();
        assertThat(school.school.reject(MATH_TEACHER, new CorrectPeriodMark(FIRST_GRADER, MATH, Q1, FivePoint.of(4),
                "ошибка")).violations()).extracting(v -> v.code()).containsExactly(MarkRules.CODE_FIRST_GRADE_MARK);
    }

    @Test
    void POL_4_4c_a_fifth_grader_gets_marks_as_usual() {
        MarkingSchool school = MarkingSchool.withDefaults().withFirstGrade();

        Outcome mark = school.execute(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

        assertThat(mark.isAccepted()).isTrue();
        assertThat(codes(mark)).isEmpty();
    }

    @Test
    void POL_4_4c_a_local_act_that_gives_first_graders_marks_turns_the_rule_off() {
        MarkingSchool school = MarkingSchool.with(Profile.builder().firstGradeMarks(true).build()).withFirstGrade();
        TaskId task = firstGradeTask(school, MATH);

        Outcome mark = school.execute(MATH_TEACHER, RecordMark.of(task, FIRST_GRADER, FivePoint.of(5)));

        assertThat(mark.isAccepted()).isTrue();
        assertThat(codes(mark)).isEmpty();
    }

    @Test
    void POL_4_4c_a_local_act_that_makes_it_a_warning_records_the_mark_with_the_warning_and_a_cancellation_without() {
        MarkingSchool school = MarkingSchool.with(Profile.builder()
                .putSeverities(FirstGradersGetNoMarks.NAME, RuleSeverity.WARNING).build()).withFirstGrade();
        TaskId task = firstGradeTask(school, MATH);

        Outcome.Accepted mark = school.school.accept(MATH_TEACHER, RecordMark.of(task, FIRST_GRADER, FivePoint.of(5)));
        Outcome.Accepted corrected = school.school.accept(MATH_TEACHER, new CorrectMark(task, FIRST_GRADER,
                FivePoint.of(4), "ошибка"));
        Outcome.Accepted cancelled = school.school.accept(MATH_TEACHER, new CancelMark(task, FIRST_GRADER,
                "в первом классе без отметок"));

        assertThat(mark.warnings()).extracting(v -> v.code() + " " + v.severity())
                .containsExactly(MarkRules.CODE_FIRST_GRADE_MARK + " WARNING");
        assertThat(codes(corrected)).containsExactly(MarkRules.CODE_FIRST_GRADE_MARK);
        assertThat(codes(cancelled)).isEmpty();
    }

    @Test
    void POL_4_4c_an_audit_finds_every_mark_and_correction_given_to_a_first_grader() {
        MarkingSchool recorded = MarkingSchool.withoutRules().withFirstGrade();
        TaskId task = firstGradeTask(recorded, MATH);
        recorded.mark(task, FIRST_GRADER, 5);
        long mark = recorded.school.journal.size();
        recorded.school.accept(MATH_TEACHER, new CorrectMark(task, FIRST_GRADER, FivePoint.of(4), "ошибка"));
        long correction = recorded.school.journal.size();
        recorded.mark(TASK, IVANOVA, 5);
        recorded.school.accept(MATH_TEACHER, new CancelMark(task, FIRST_GRADER, "ошибка"));

        AuditReport report = recorded.audit(Profile.defaults(), at(MONDAY.plusDays(10), 0, 0));

        assertThat(report.findings()).filteredOn(f -> f.violation().code().equals(MarkRules.CODE_FIRST_GRADE_MARK))
                .extracting(AuditReport.Finding::sequence).containsExactly(mark, correction);
        assertThat(report.findings()).filteredOn(f -> f.violation().code().equals(MarkRules.CODE_FIRST_GRADE_MARK))
                .allMatch(f -> f.violation().isBlocking());
    }
}
