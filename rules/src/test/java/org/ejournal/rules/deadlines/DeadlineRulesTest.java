package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER;
import static org.ejournal.core.SchoolFixture.MONDAY;
import static org.ejournal.core.SchoolFixture.PETROV;
import static org.ejournal.core.SchoolFixture.TASK;
import static org.ejournal.rules.deadlines.Deadlines.acceptAt;
import static org.ejournal.rules.deadlines.Deadlines.at;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.AbsencesAreEnteredOnTheLessonDay;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.ExamResultsArePublishedInTime;
import org.ejournal.rules.catalogue.GuardiansWithoutAccessGetWeeklyPaperReports;
import org.ejournal.rules.catalogue.HomeworkIsEnteredInTime;
import org.ejournal.rules.catalogue.LessonsAreEnteredOnTheirDay;
import org.ejournal.rules.catalogue.MarksAreEnteredWithinTheDeadline;
import org.ejournal.rules.catalogue.PeriodMarksAreSetByTheOrderDate;
import org.junit.jupiter.api.Test;

/** The deadline part of the catalogue as a whole: its rules, their clauses, default severities and codes. */
class DeadlineRulesTest {

    @Test
    void the_deadline_rules_carry_their_names_and_clauses_and_only_warn_by_default() {
        List<Rule> rules = DeadlineRules.all(Profile.defaults());
        assertThat(rules).extracting(r -> r.id().name() + " " + r.id().clause()).containsExactly(
                LessonsAreEnteredOnTheirDay.NAME + " REG-4", AbsencesAreEnteredOnTheLessonDay.NAME + " REG-4",
                HomeworkIsEnteredInTime.NAME + " REG-6", MarksAreEnteredWithinTheDeadline.NAME + " REG-7",
                PeriodMarksAreSetByTheOrderDate.NAME + " POL-4.4e", ExamResultsArePublishedInTime.NAME + " POL-8.4",
                GuardiansWithoutAccessGetWeeklyPaperReports.NAME + " POL-8.3");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.id().name()).isEqualTo(r.getClass().getSimpleName());
            assertThat(((RegulationRule) r).severity()).isEqualTo(RuleSeverity.WARNING);
        });
        assertThat(Regulation.rules(Profile.defaults())).extracting(r -> r.id().name())
                .contains(MarksAreEnteredWithinTheDeadline.NAME, GuardiansWithoutAccessGetWeeklyPaperReports.NAME);
    }

    @Test
    void the_profile_overrides_each_rule_s_severity_by_its_name() {
        Profile profile = Profile.builder().severities(Map.of(HomeworkIsEnteredInTime.NAME, RuleSeverity.BLOCKING,
                ExamResultsArePublishedInTime.NAME, RuleSeverity.OFF)).build();
        assertThat(DeadlineRules.all(profile)).extracting(r -> ((RegulationRule) r).severity()).containsExactly(
                RuleSeverity.WARNING, RuleSeverity.WARNING, RuleSeverity.BLOCKING, RuleSeverity.WARNING,
                RuleSeverity.WARNING, RuleSeverity.OFF, RuleSeverity.WARNING);
    }

    @Test
    void the_codes_are_distinct_and_in_the_deadline_range_EJ2200_to_EJ2249() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : DeadlineRules.class.getFields()) {
            if (f.getName().startsWith("CODE_") && Modifier.isStatic(f.getModifiers())) {
                codes.add((String) f.get(null));
            }
        }
        assertThat(codes).hasSize(17).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("EJ22[0-4][0-9]"), "in EJ2200..EJ2249");
    }

    @Test
    void REG_7_a_rule_the_profile_turns_off_finds_nothing() {
        Profile off = Profile.builder().putSeverities(MarksAreEnteredWithinTheDeadline.NAME, RuleSeverity.OFF).build();
        var school = Deadlines.school(off);
        assertThat(acceptAt(school, at(MONDAY.plusDays(20), 9, 0), MATH_TEACHER,
                RecordMark.of(TASK, PETROV, FivePoint.of(4))).warnings()).isEmpty();
    }

    @Test
    void REG_7_a_rule_the_profile_makes_info_only_notes_a_late_mark() {
        Profile info = Profile.builder().putSeverities(MarksAreEnteredWithinTheDeadline.NAME, RuleSeverity.INFO)
                .build();
        var school = Deadlines.school(info);
        var accepted = acceptAt(school, at(MONDAY.plusDays(20), 9, 0), MATH_TEACHER,
                RecordMark.of(TASK, PETROV, FivePoint.of(4)));
        assertThat(accepted.warnings()).extracting(v -> v.code() + " " + v.severity())
                .containsExactly(DeadlineRules.CODE_MARK_LATE + " INFO");
    }
}
