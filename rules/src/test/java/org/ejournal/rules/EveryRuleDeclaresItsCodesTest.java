package org.ejournal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.MarkRules;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the catalogue says which codes it reports ({@link Rule#codes()}), every code the
 * catalogue defines for a command's violation belongs to exactly one rule, and a rule that reports a
 * code it has not declared is stopped as the bug it is.
 */
class EveryRuleDeclaresItsCodesTest {

    /** Codes the catalogue defines that no command rule reports: the read policy's and an exception's. */
    private static final Set<String> NOT_A_RULES = Set.of(AccessRules.CODE_PAGE_REFUSED,
            AccessRules.CODE_DIARY_REFUSED, AccessRules.CODE_HISTORY_REFUSED, AccessRules.CODE_EDITS_REFUSED,
            MarkRules.CODE_UNKNOWN_IN_SUGGESTION);

    @Test
    void each_catalogue_rule_declares_at_least_one_code_and_no_two_rules_share_one() {
        Map<String, String> ruleOf = new HashMap<>();
        for (Rule rule : Regulation.rules(Profile.defaults())) {
            assertThat(rule.codes()).as(rule.id().name()).isNotEmpty().allMatch(c -> c.matches("EJ2\\d{3}"));
            for (String code : rule.codes()) {
                assertThat(ruleOf.put(code, rule.id().name())).as(code + " declared twice").isNull();
            }
        }
    }

    @Test
    void every_code_the_catalogue_defines_is_declared_by_a_rule_or_is_the_read_policys() throws Exception {
        Set<String> declared = new TreeSet<>();
        Regulation.rules(Profile.defaults()).forEach(r -> declared.addAll(r.codes()));
        Set<String> defined = new TreeSet<>();
        for (Class<?> group : List.of(AccessRules.class, DeadlineRules.class, MarkRules.class)) {
            defined.addAll(codesOf(group));
        }
        defined.removeAll(NOT_A_RULES);

        assertThat(declared).isEqualTo(defined);
    }

    @Test
    void a_rule_set_off_still_declares_its_codes() {
        Profile off = Profile.builder().putSeverities("MarksAccumulateByWeeklyLoad", RuleSeverity.OFF).build();

        Rule rule = Regulation.rules(off).stream().filter(r -> r.id().name().equals("MarksAccumulateByWeeklyLoad"))
                .findFirst().orElseThrow();

        assertThat(rule.codes()).containsExactlyInAnyOrder(MarkRules.CODE_TOO_FEW_MARKS,
                MarkRules.CODE_TOO_FEW_MARKS_OUTSTANDING);
    }

    @Test
    void a_rule_reporting_a_code_it_did_not_declare_is_stopped_naming_the_rule_and_the_code() {
        Rule rogue = new RegulationRule("Rogue", "REG-4", RuleSeverity.WARNING, Profile.defaults(), "EJ2998") {
            @Override
            protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
                return Stream.of(violation("EJ2999", "x", "x", "x"));
            }
        };

        assertThat(rogue.codes()).containsExactly("EJ2998");
        assertThatThrownBy(() -> rogue.check(null, null).toList())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Rogue").hasMessageContaining("EJ2999").hasMessageContaining("EJ2998");
    }

    @Test
    void a_code_given_twice_is_refused() {
        assertThatThrownBy(() -> new RegulationRule("Twice", "REG-4", RuleSeverity.WARNING, Profile.defaults(),
                "EJ2998", "EJ2998") {
            @Override
            protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
                return Stream.empty();
            }
        }).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> codesOf(Class<?> group) throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : group.getFields()) {
            if (f.getName().startsWith("CODE_") && Modifier.isStatic(f.getModifiers())) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }
}
