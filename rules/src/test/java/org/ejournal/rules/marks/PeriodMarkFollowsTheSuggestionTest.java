package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.marks.MarkingSchool.codes;
import static org.ejournal.rules.marks.MarkingSchool.weekdays;

import java.time.LocalDate;
import java.util.List;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.view.EntryRef;
import org.ejournal.rules.AveragingPolicy;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.MarkRules;
import org.ejournal.rules.catalogue.PeriodMarkFollowsTheSuggestion;
import org.junit.jupiter.api.Test;

/**
 * {@link PeriodMarkFollowsTheSuggestion} (§5a, clause POL-4.4e): Ivanova's first-quarter mathematics
 * marks 5, 5, 4, 5, 4, 5 (class work, weight 1) have the mean 4.67, so the default policy suggests 5.
 */
class PeriodMarkFollowsTheSuggestionTest {

    private static final String ORDER = "приказ № 45 от 28.08.2026";

    private static void marks(MarkingSchool s, StudentId pupil, int... marks) {
        List<LocalDate> days = weekdays(LocalDate.of(2026, 9, 7), marks.length);
        for (int i = 0; i < marks.length; i++) {
            s.markedMathLesson(days.get(i), pupil, marks[i]);
        }
    }

    private static Violation note(Outcome outcome) {
        return outcome.violations().stream().filter(v -> v.code().equals(MarkRules.CODE_DIFFERS_FROM_SUGGESTION))
                .findFirst().orElseThrow(() -> new AssertionError("no note in " + outcome.violations()));
    }

    @Test
    void POL_4_4e_a_period_mark_below_the_suggestion_is_recorded_with_a_note_naming_the_suggestion_the_mean_and_the_policy() {
        MarkingSchool school = MarkingSchool.with(Profile.builder().policyVersion(ORDER).build());
        marks(school, IVANOVA, 5, 5, 4, 5, 4, 5);

        Outcome.Accepted accepted = school.school.accept(MATH_TEACHER,
                new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));

        assertThat(accepted.warnings()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(MarkRules.CODE_DIFFERS_FROM_SUGGESTION);
            assertThat(v.clause()).isEqualTo("POL-4.4e");
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.isBlocking()).isFalse();
            assertThat(v.concerns()).isEqualTo(EntryRef.periodMark(IVANOVA, MATH, Q1).describe());
            assertThat(v.messageRu()).contains("«4»", "отличается от расчётной «5»", "средний балл 4,67 (взвешенный)",
                    "политика «" + ORDER + "»", "выставлена учителем");
            assertThat(v.messageEn()).contains("period mark 4", "differs from the suggested 5", "weighted mean 4.67",
                    ORDER);
        });
        assertThat(school.log().get(school.log().size() - 1).warnings()).extracting(Violation::code)
                .containsExactly(MarkRules.CODE_DIFFERS_FROM_SUGGESTION);
    }

    @Test
    void POL_4_4e_the_suggested_mark_is_recorded_without_a_note() {
        MarkingSchool school = MarkingSchool.withDefaults();
        marks(school, IVANOVA, 5, 5, 4, 5, 4, 5);

        assertThat(codes(school.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)))))
                .isEmpty();
    }

    @Test
    void POL_4_4e_a_correction_away_from_the_suggestion_is_noted_and_one_back_to_it_is_not() {
        MarkingSchool school = MarkingSchool.withDefaults();
        marks(school, IVANOVA, 5, 5, 4, 5, 4, 5);
        school.school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)));

        Outcome away = school.execute(MATH_TEACHER, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4),
                "решение педсовета"));
        Outcome back = school.execute(MATH_TEACHER, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5),
                "отменено"));

        assertThat(note(away).messageEn()).contains("period mark 4", "suggested 5");
        assertThat(codes(back)).isEmpty();
    }

    @Test
    void POL_4_4e_the_note_follows_the_policy_a_plain_mean_with_half_up_rounding() {
        MarkingSchool school = MarkingSchool.with(Profile.builder().averaging(AveragingPolicy.defaults()
                .withMethod(AveragingPolicy.Method.PLAIN).withRounding(AveragingPolicy.Rounding.HALF_UP)).build());
        marks(school, IVANOVA, 5, 4);

        Violation v = note(school.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4))));

        assertThat(v.messageRu()).contains("расчётной «5»", "средний балл 4,50,").doesNotContain("взвешенный");
        assertThat(v.messageEn()).contains("suggested 5: mean 4.50");
    }

    @Test
    void POL_4_4e_a_mark_where_н_а_is_suggested_is_noted_and_nothing_is_noted_without_marks_or_for_exempt() {
        MarkingSchool school = MarkingSchool.withDefaults();
        for (LocalDate day : weekdays(LocalDate.of(2026, 9, 7), 3)) {
            school.attendance(school.mathLesson(day), PETROV, "н");
        }

        Outcome petrov = school.execute(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)));
        Outcome sidorov = school.execute(MATH_TEACHER, new RecordPeriodMark(SIDOROV, MATH, Q1, FivePoint.of(3)));
        Outcome exempt = school.execute(RUS_TEACHER, new RecordPeriodMark(IVANOVA, PE, Q1, SpecialResults.EXEMPT));
        Outcome pass = school.execute(RUS_TEACHER, new RecordPeriodMark(SIDOROV, PE, Q1, PassFail.PASS));

        assertThat(note(petrov).messageRu()).contains("расчётной «н/а»", "отметок нет");
        assertThat(codes(sidorov)).doesNotContain(MarkRules.CODE_DIFFERS_FROM_SUGGESTION);
        assertThat(codes(exempt)).isEmpty();
        assertThat(codes(pass)).doesNotContain(MarkRules.CODE_DIFFERS_FROM_SUGGESTION);
    }

    @Test
    void POL_4_4e_a_local_act_can_make_a_difference_a_warning_or_turn_the_note_off() {
        MarkingSchool warned = MarkingSchool.with(Profile.builder()
                .putSeverities(PeriodMarkFollowsTheSuggestion.NAME, RuleSeverity.WARNING).build());
        marks(warned, IVANOVA, 5, 5, 4, 5, 4, 5);
        MarkingSchool off = MarkingSchool.with(Profile.builder()
                .putSeverities(PeriodMarkFollowsTheSuggestion.NAME, RuleSeverity.OFF).build());
        marks(off, IVANOVA, 5, 5, 4, 5, 4, 5);

        assertThat(note(warned.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4))))
                .severity()).isEqualTo(Severity.WARNING);
        assertThat(codes(off.execute(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)))))
                .isEmpty();
    }

    @Test
    void POL_4_4e_an_audit_lists_the_differences_as_notes_that_leave_the_report_clean() {
        MarkingSchool recorded = MarkingSchool.withoutRules();
        marks(recorded, IVANOVA, 5, 5, 4, 5, 4, 5);
        recorded.school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));
        long differs = recorded.school.journal.size();

        AuditReport report = recorded.audit(Profile.defaults(), at(MONDAY, 12, 0));

        assertThat(report.findings()).extracting(f -> f.sequence() + " " + f.violation().code() + " "
                + f.violation().severity()).containsExactly(differs + " " + MarkRules.CODE_DIFFERS_FROM_SUGGESTION
                        + " INFO");
        assertThat(report.isClean()).isTrue();
    }
    @Test
    void POL_4_4e_asked_again_after_the_journal_changed_the_rule_computes_the_suggestion_afresh() {
        MarkingSchool school = MarkingSchool.withDefaults();
        marks(school, IVANOVA, 5, 5, 4, 5, 4, 5);
        PeriodMarkFollowsTheSuggestion rule = new PeriodMarkFollowsTheSuggestion(Profile.defaults());
        JournalEvent five = new JournalEvent(1_000, at(LocalDate.of(2026, 10, 23), 12, 0), MATH_TEACHER,
                new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)), List.of());

        List<Violation> before = school.school.journal.inspect(view -> rule.check(five, view).toList());
        List<Violation> again = school.school.journal.inspect(view -> rule.check(five, view).toList());
        marks(school, IVANOVA, 2, 2, 2, 2, 2, 2);
        List<Violation> after = school.school.journal.inspect(view -> rule.check(five, view).toList());

        assertThat(before).isEmpty();
        assertThat(again).isEmpty();
        assertThat(after).singleElement().satisfies(v -> assertThat(v.code())
                .isEqualTo(MarkRules.CODE_DIFFERS_FROM_SUGGESTION));
    }
}
