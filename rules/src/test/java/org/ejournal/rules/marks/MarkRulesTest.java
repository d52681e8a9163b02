package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.MarkRules;
import org.junit.jupiter.api.Test;

/** The mark rules as a part of the catalogue: their names, clauses, default severities and codes. */
class MarkRulesTest {

    @Test
    void the_group_holds_each_rule_once_with_its_clause_and_default_severity() {
        List<Rule> rules = MarkRules.all(Profile.defaults());

        assertThat(rules).extracting(r -> r.id().name() + " " + r.id().clause() + " "
                + ((RegulationRule) r).severity()).containsExactly(
                        "ClosedPeriodsDoNotChange REC-6.4 BLOCKING",
                        "PeriodsAreClosedAfterTheyEnd REC-6.4 WARNING",
                        "FirstGradersGetNoMarks POL-4.4c BLOCKING",
                        "MarksAccumulateByWeeklyLoad POL-4.4c WARNING",
                        "NotAttestedWhenMostLessonsMissed POL-4.4c WARNING",
                        "PeriodMarkFollowsTheSuggestion POL-4.4e INFO");
        assertThat(rules).allSatisfy(r -> assertThat(r.getClass().getField("NAME").get(null))
                .isEqualTo(r.getClass().getSimpleName()).isEqualTo(r.id().name()));
    }

    @Test
    void the_profile_sets_each_rules_severity_by_its_name() {
        Profile profile = Profile.builder().putSeverities("FirstGradersGetNoMarks", RuleSeverity.OFF)
                .putSeverities("PeriodMarkFollowsTheSuggestion", RuleSeverity.WARNING).build();

        assertThat(MarkRules.all(profile)).extracting(r -> ((RegulationRule) r).severity())
                .containsExactly(RuleSeverity.BLOCKING, RuleSeverity.WARNING, RuleSeverity.OFF, RuleSeverity.WARNING,
                        RuleSeverity.WARNING, RuleSeverity.WARNING);
    }

    @Test
    void the_codes_are_distinct_and_within_the_groups_range_EJ2300_to_EJ2349() throws IllegalAccessException {
        List<String> codes = new java.util.ArrayList<>();
        for (Field f : Arrays.stream(MarkRules.class.getFields()).filter(f -> f.getName().startsWith("CODE_")
                && Modifier.isStatic(f.getModifiers())).toList()) {
            codes.add((String) f.get(null));
        }

        assertThat(codes).hasSize(9).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("EJ23[0-4][0-9]"));
    }
}
