package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.marks.MarkingSchool.codes;
import static org.ejournal.rules.marks.MarkingSchool.weekdays;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.SetCurriculumLoad;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.MinimumMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.MarkRules;
import org.ejournal.rules.catalogue.MarksAccumulateByWeeklyLoad;
import org.junit.jupiter.api.Test;

/**
 * {@link MarksAccumulateByWeeklyLoad} (POL-4.4c, POL-5.2): in the fixture mathematics has 5 hours a
 * week, Russian 4 and physical education (pass/fail) 2, so by default a pupil needs 5 marks a quarter
 * in mathematics and Russian and 3 in physical education.
 */
class MarksAccumulateByWeeklyLoadTest {

    private static final LocalDate SEPTEMBER_7 = LocalDate.of(2026, 9, 7);

    private final MarkingSchool school = MarkingSchool.withDefaults();

    /** Gives the pupil {@code n} mathematics marks of 4 in the first quarter, at new lessons from 7 September. */
    private static void mathMarks(MarkingSchool s, StudentId pupil, int n) {
        for (LocalDate day : weekdays(SEPTEMBER_7, n)) {
            s.markedMathLesson(day, pupil, 4);
        }
    }

    @Test
    void POL_4_4c_a_period_mark_resting_on_two_of_five_marks_is_recorded_with_a_warning_saying_so() {
        mathMarks(school, IVANOVA, 2);

        Outcome.Accepted accepted = school.school.accept(MATH_TEACHER,
                new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));

        assertThat(accepted.warnings()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(MarkRules.CODE_TOO_FEW_MARKS);
            assertThat(v.clause()).isEqualTo("POL-4.4c");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.concerns()).isEqualTo(EntryRef.periodMark(IVANOVA, MATH, Q1).describe());
            assertThat(v.messageRu()).contains("2 из 5 отметок", "«1 четверть»", "5 ч в неделю");
            assertThat(v.messageEn()).contains("2 of the 5 marks", "quarter 1", "5 h a week");
        });
    }

    @Test
    void POL_4_4c_a_period_mark_resting_on_five_marks_is_recorded_without_a_warning() {
        mathMarks(school, IVANOVA, 5);

        Outcome.Accepted accepted = school.school.accept(MATH_TEACHER,
                new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));

        assertThat(codes(accepted)).doesNotContain(MarkRules.CODE_TOO_FEW_MARKS);
    }

    @Test
    void POL_4_4c_the_minimum_follows_the_subjects_weekly_hours() {
        school.school.accept(ADMIN, SetCurriculumLoad.of(C5A, RUSSIAN, 2));
        mathMarks(school, IVANOVA, 3);
        for (LocalDate day : weekdays(SEPTEMBER_7, 3)) {
            school.mark(school.task(school.lesson(C5A, RUSSIAN, day), TaskType.DICTATION), IVANOVA, 4);
        }

        Outcome russian = school.execute(RUS_TEACHER, new RecordPeriodMark(IVANOVA, RUSSIAN, Q1, FivePoint.of(4)));
        Outcome math = school.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));

        assertThat(codes(russian)).doesNotContain(MarkRules.CODE_TOO_FEW_MARKS);
        assertThat(codes(math)).contains(MarkRules.CODE_TOO_FEW_MARKS);
        assertThat(math.violations().get(0).messageEn()).contains("3 of the 5 marks");
    }

    @Test
    void POL_4_4c_marks_from_every_class_the_pupil_was_in_during_the_quarter_count() {
        mathMarks(school, IVANOVA, 3);
        school.school.accept(ADMIN, RecordMovement.transfer(IVANOVA, C5B, order("9-у"), LocalDate.of(2026, 10, 12)));
        for (LocalDate day : weekdays(LocalDate.of(2026, 10, 13), 2)) {
            school.mark(school.task(school.lesson(C5B, MATH, day), TaskType.CLASS_WORK), IVANOVA, 5);
        }
        // a lesson of 5А after she left does not count, nor would her mark be allowed there
        school.mathLesson(LocalDate.of(2026, 10, 14));

        Outcome fromBoth = school.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));

        assertThat(codes(fromBoth)).doesNotContain(MarkRules.CODE_TOO_FEW_MARKS);
    }

    @Test
    void POL_4_4c_only_a_numeric_period_mark_is_judged_and_a_correction_to_one_is() {
        Outcome notAttested = school.execute(MATH_TEACHER, new RecordPeriodMark(SIDOROV, MATH, Q1,
                SpecialResults.NOT_ATTESTED));
        Outcome pass = school.execute(RUS_TEACHER, new RecordPeriodMark(SIDOROV, PE, Q1, PassFail.PASS));
        Outcome corrected = school.execute(MATH_TEACHER, new CorrectPeriodMark(SIDOROV, MATH, Q1, FivePoint.of(3),
                "пересмотр"));

        assertThat(codes(notAttested)).doesNotContain(MarkRules.CODE_TOO_FEW_MARKS);
        assertThat(codes(pass)).doesNotContain(MarkRules.CODE_TOO_FEW_MARKS);
        assertThat(codes(corrected)).contains(MarkRules.CODE_TOO_FEW_MARKS);
    }

    @Test
    void POL_4_4c_the_local_acts_table_sets_the_minimum() {
        MarkingSchool lenient = MarkingSchool.with(Profile.builder()
                .minimumMarks(List.of(new MinimumMarks(null, 2, 2, 3))).build());
        mathMarks(lenient, IVANOVA, 2);
        mathMarks(lenient, PETROV, 1);

        assertThat(codes(lenient.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)))))
                .doesNotContain(MarkRules.CODE_TOO_FEW_MARKS);
        assertThat(lenient.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(4)))
                .violations()).extracting(Violation::messageEn).anyMatch(m -> m.contains("1 of the 2 marks"));
    }

    @Test
    void POL_4_4c_a_local_act_that_makes_it_blocking_refuses_the_period_mark() {
        MarkingSchool strict = MarkingSchool.with(Profile.builder()
                .putSeverities(MarksAccumulateByWeeklyLoad.NAME, RuleSeverity.BLOCKING).build());
        mathMarks(strict, IVANOVA, 4);

        assertThat(codes(strict.school.reject(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1,
                FivePoint.of(4))))).containsExactly(MarkRules.CODE_TOO_FEW_MARKS);
    }

    @Test
    void POL_4_4c_a_local_act_that_turns_it_off_records_the_period_mark_without_a_word() {
        MarkingSchool off = MarkingSchool.with(Profile.builder()
                .putSeverities(MarksAccumulateByWeeklyLoad.NAME, RuleSeverity.OFF).build());

        assertThat(codes(off.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)))))
                .doesNotContain(MarkRules.CODE_TOO_FEW_MARKS);
    }

    @Test
    void POL_5_2_after_the_quarter_an_audit_lists_every_pupil_below_the_minimum_in_every_subject() {
        MarkingSchool recorded = MarkingSchool.withoutRules();
        mathMarks(recorded, IVANOVA, 5);
        recorded.school.accept(RUS_TEACHER, new RecordPeriodMark(PETROV, PE, Q1, SpecialResults.EXEMPT));
        recorded.school.accept(MATH_TEACHER, new RecordPeriodMark(SIDOROV, MATH, Q1, FivePoint.of(3)));
        long periodMark = recorded.school.journal.size();

        AuditReport report = recorded.audit(Profile.defaults(), at(LocalDate.of(2026, 10, 26), 0, 0));

        List<AuditReport.Finding> outstanding = report.findings().stream()
                .filter(f -> f.violation().code().equals(MarkRules.CODE_TOO_FEW_MARKS_OUTSTANDING)).toList();
        // 5 pupils × 3 subjects, less Ivanova in mathematics and Petrov, exempt, in physical education
        assertThat(outstanding).hasSize(13).allMatch(f -> f.sequence() == 0)
                .allMatch(f -> f.violation().severity() == Severity.WARNING);
        assertThat(outstanding).extracting(f -> f.violation().concerns())
                .contains(EntryRef.periodMark(IVANOVA, RUSSIAN, Q1).describe(),
                        EntryRef.periodMark(KUZNETSOV, PE, Q1).describe(),
                        EntryRef.periodMark(PETROV, MATH, Q1).describe())
                .doesNotContain(EntryRef.periodMark(IVANOVA, MATH, Q1).describe(),
                        EntryRef.periodMark(PETROV, PE, Q1).describe());
        assertThat(outstanding).extracting(f -> f.violation().messageRu())
                .anyMatch(m -> m.contains("5А") && m.contains("«Русский язык»") && m.contains("0 из 5"))
                .anyMatch(m -> m.contains("5Б") && m.contains("«Физическая культура»") && m.contains("0 из 3")
                        && m.contains("2 ч в неделю"));
        assertThat(report.findings()).filteredOn(f -> f.violation().code().equals(MarkRules.CODE_TOO_FEW_MARKS))
                .extracting(AuditReport.Finding::sequence).containsExactly(periodMark);
    }

    @Test
    void POL_5_2_before_the_quarter_ends_in_Kamchatka_nothing_is_outstanding() {
        MarkingSchool recorded = MarkingSchool.withoutRules();

        AuditReport report = recorded.audit(Profile.defaults(), at(LocalDate.of(2026, 10, 25), 23, 59));

        assertThat(codes(report)).doesNotContain(MarkRules.CODE_TOO_FEW_MARKS_OUTSTANDING);
    }

    @Test
    void POL_4_4c_at_entry_the_rule_reads_only_the_subjects_lessons_of_the_period() {
        mathMarks(school, IVANOVA, 5);
        school.lesson(C5A, RUSSIAN, SEPTEMBER_7);
        List<String> calls = new ArrayList<>();
        JournalView real = school.view();
        JournalView watched = (JournalView) Proxy.newProxyInstance(JournalView.class.getClassLoader(),
                new Class<?>[] {JournalView.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + (method.getName().equals("lessons") ? java.util.Arrays.toString(args)
                            : ""));
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        JournalEvent candidate = new JournalEvent(real.size() + 1, school.school.clock.instant(), MATH_TEACHER,
                new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)), List.of());

        List<Violation> found = new MarksAccumulateByWeeklyLoad(Profile.defaults()).check(candidate, watched).toList();

        assertThat(found).isEmpty();
        assertThat(calls).filteredOn(c -> c.startsWith("lessons"))
                .containsExactly("lessons[5a, math, 2026-09-01, 2026-10-25]");
        assertThat(calls).noneMatch(c -> c.startsWith("lessonsOn") || c.equals("classes") || c.equals("schoolYears")
                || c.equals("studentsOf") || c.equals("curriculum"));
        assertThat(calls.stream().filter(c -> c.equals("tasks")).count()).isEqualTo(6); // 5 new lessons and the fixture's
    }
}
