package org.ejournal.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ejournal.core.ViolationCodes;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.MarkRules;
import org.junit.jupiter.api.Test;

/**
 * The suite covers the whole catalogue, so that a new rule or code without a scenario fails the
 * build: every rule class of the catalogue is in the index with its codes, trips in a scenario of its
 * own and holds in one (a probe of a command it judges, or of what it finds outstanding, expecting
 * none of its codes); every code of the catalogue is expected by some probe, with its rule's clause;
 * and every code of the journal's own integrity checks ({@code EJ11xx}, the index's {@code Integrity}
 * entry) is expected by some probe, so that a new check of the core without a scenario fails too.
 */
class EveryRuleHasConformanceScenariosTest {

    private static final List<Scenario> SCENARIOS = Scenarios.bundled();
    /** The catalogue's code constants that are not violations: an exception's code. */
    private static final Set<String> NOT_VIOLATIONS = Set.of(MarkRules.CODE_UNKNOWN_IN_SUGGESTION);
    /**
     * The integrity codes no scenario can expect of the library: {@code EJ1119} (the actor may not see this
     * pupil's data) refuses a diary that the access policy let through for a pupil the same policy says the
     * actor may not see; the regulation's policy never does that, it refuses such a diary itself
     * ({@code EJ2131}). Only a journal built with another access policy gives it.
     */
    static final Set<String> INTEGRITY_CODES_NO_SCENARIO_REACHES = Set.of(ViolationCodes.NOT_VISIBLE);

    @Test
    void every_rule_class_of_the_catalogue_is_in_the_regulation_and_in_the_index_with_its_codes() throws Exception {
        Set<String> classes = new TreeSet<>();
        for (Class<?> c : catalogueClasses()) {
            if (RegulationRule.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                classes.add((String) c.getField("NAME").get(null));
            }
        }
        Set<String> regulation = new TreeSet<>();
        Regulation.rules(Profile.defaults()).forEach(r -> regulation.add(r.id().name()));
        assertThat(classes).as("rule classes of the catalogue package").hasSizeGreaterThanOrEqualTo(20)
                .isEqualTo(regulation);
        for (String rule : classes) {
            Optional<RuleIndex.Entry> entry = RuleIndex.entry(rule);
            assertThat(entry).as("the index's entry of %s", rule).isPresent();
            assertThat(entry.get().kind()).isEqualTo(RuleIndex.Kind.RULE);
            assertThat(entry.get().codes()).as("the codes of %s in RuleIndex", rule).isNotEmpty();
        }
    }

    @Test
    void every_code_of_the_catalogue_belongs_to_exactly_one_entry_of_the_index() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Class<?> c : List.of(AccessRules.class, DeadlineRules.class, MarkRules.class)) {
            for (Field f : c.getFields()) {
                if (f.getName().startsWith("CODE_") && f.getType() == String.class) {
                    constants.add((String) f.get(null));
                }
            }
        }
        constants.removeAll(NOT_VIOLATIONS);
        List<String> indexed = new ArrayList<>();
        RuleIndex.entries().stream().filter(e -> e.kind() != RuleIndex.Kind.INTEGRITY)
                .forEach(e -> indexed.addAll(e.codes()));
        assertThat(indexed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(indexed)).isEqualTo(constants);
    }

    @Test
    void every_rule_trips_in_a_scenario_of_its_own() {
        for (RuleIndex.Entry entry : catalogueAndReads()) {
            List<Step> trips = probesOf(entry.name()).filter(s -> expectsAnyOf(s, entry.codes())).toList();
            assertThat(trips).as("probes of %s that expect one of its codes %s", entry.name(), entry.codes())
                    .isNotEmpty();
        }
    }

    @Test
    void every_rule_holds_in_a_scenario_of_its_own_on_a_step_it_judges() {
        for (RuleIndex.Entry entry : catalogueAndReads()) {
            List<Step> holds = new ArrayList<>();
            for (Scenario s : ofRule(entry.name())) {
                Optional<Rule> rule = RuleIndex.rule(entry.name(), s.profile());
                for (Step step : s.probes()) {
                    if (!expectsAnyOf(step, entry.codes()) && judges(entry, rule, step)) {
                        holds.add(step);
                    }
                }
            }
            assertThat(holds).as("probes of %s on steps it judges that expect none of its codes", entry.name())
                    .isNotEmpty();
        }
    }

    @Test
    void every_code_of_the_catalogue_is_expected_by_some_probe() {
        Set<String> expected = expectedCodes();
        for (RuleIndex.Entry entry : catalogueAndReads()) {
            assertThat(expected).as("codes of %s expected somewhere", entry.name()).containsAll(entry.codes());
        }
    }

    @Test
    void every_integrity_code_is_expected_by_some_probe() {
        RuleIndex.Entry integrity = RuleIndex.entry(RuleIndex.INTEGRITY).orElseThrow();
        assertThat(integrity.codes()).as("the integrity codes of %s", RuleIndex.INTEGRITY)
                .hasSizeGreaterThanOrEqualTo(27).containsAll(INTEGRITY_CODES_NO_SCENARIO_REACHES);
        Set<String> expected = expectedCodes();
        Set<String> missing = new TreeSet<>(integrity.codes());
        missing.removeAll(expected);
        missing.removeAll(INTEGRITY_CODES_NO_SCENARIO_REACHES);
        assertThat(missing).as("integrity codes no probe expects (write a scenario of %s for each)",
                RuleIndex.INTEGRITY).isEmpty();
        assertThat(expected).as("integrity codes said to be out of the scenarios' reach that a probe expects")
                .doesNotContainAnyElementsOf(INTEGRITY_CODES_NO_SCENARIO_REACHES);
    }

    @Test
    void every_expected_code_of_a_rule_comes_with_that_rules_clause() {
        for (Scenario s : SCENARIOS) {
            for (Step step : s.steps()) {
                for (ViolationCode v : step.expected().violations()) {
                    RuleIndex.entryOf(v.code()).filter(e -> !e.clauses().isEmpty()).ifPresent(e -> assertThat(
                            e.clauses()).as("%s, step %d: the clauses of %s (%s)", s.source(), step.number(),
                                    v.code(), e.name()).contains(v.clause()));
                }
            }
        }
    }

    @Test
    void every_scenario_lies_in_the_folder_of_its_rule_and_has_a_probe() {
        assertThat(SCENARIOS).hasSizeGreaterThanOrEqualTo(RuleIndex.entries().size());
        for (Scenario s : SCENARIOS) {
            assertThat(s.id()).as(s.source()).startsWith(s.rule() + "/");
            assertThat(s.probes()).as("probes of %s", s.source()).isNotEmpty();
        }
    }

    /** The codes some probe of the suite expects. */
    private static Set<String> expectedCodes() {
        Set<String> expected = new HashSet<>();
        SCENARIOS.forEach(s -> s.probes().forEach(p -> p.expected().violations().forEach(v -> expected.add(v.code()))));
        return expected;
    }

    private static List<RuleIndex.Entry> catalogueAndReads() {
        return RuleIndex.entries().stream().filter(e -> e.kind() != RuleIndex.Kind.INTEGRITY).toList();
    }

    private static List<Scenario> ofRule(String rule) {
        return SCENARIOS.stream().filter(s -> s.rule().equals(rule)).toList();
    }

    private static Stream<Step> probesOf(String rule) {
        return ofRule(rule).stream().flatMap(s -> s.probes().stream());
    }

    private static boolean expectsAnyOf(Step step, List<String> codes) {
        return step.expected().violations().stream().anyMatch(v -> codes.contains(v.code()));
    }

    /** Whether the rule judges the step: a command it is asked about, what it finds outstanding, or a read. */
    private static boolean judges(RuleIndex.Entry entry, Optional<Rule> rule, Step step) {
        if (entry.kind() == RuleIndex.Kind.READS) {
            return step instanceof Step.Read;
        }
        if (step instanceof Step.Execute e) {
            return rule.orElseThrow().judges(e.command().getClass());
        }
        return step instanceof Step.Outstanding o && (o.rules().isEmpty() || o.rules().contains(entry.name()));
    }

    /** The classes of the catalogue's package, from a directory of classes or from the rules jar. */
    private static List<Class<?>> catalogueClasses() throws URISyntaxException {
        String pkg = AccessRules.class.getPackageName();
        URI folder = ResourceFolder.folderOf(AccessRules.class.getResource("AccessRules.class").toURI());
        List<String> names = ResourceFolder.read(folder, path -> {
            try (Stream<Path> files = Files.list(path)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            try {
                out.add(Class.forName(pkg + "." + n.substring(0, n.length() - ".class".length())));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
