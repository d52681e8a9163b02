package org.ejournal.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The library passes every bundled scenario: one dynamic test per step, set-up steps gathered in one,
 * scenario by scenario. The whole suite also runs as one report, which must list no mismatch.
 */
class TheLibraryConformsToItsScenariosTest {

    @TestFactory
    Stream<DynamicNode> every_step_of_every_bundled_scenario_gives_the_expected_verdict() {
        ConformanceRunner runner = ConformanceRunner.against(EjournalAdapter.create());
        return Scenarios.bundled().stream().map(scenario -> {
            ScenarioResult result = runner.run(scenario);
            int setup = scenario.school().setup().size();
            Stream<DynamicNode> school = Stream.of(dynamicTest("starting school " + scenario.school().name() + " ("
                    + setup + " set-up steps)", () -> assertThat(result.steps().subList(0, setup))
                            .allSatisfy(r -> assertThat(r.matched()).as("%s %s: %s", r.label(), r.step().describe(),
                                    r.observedText()).isTrue())));
            Stream<DynamicNode> steps = result.steps().subList(setup, result.steps().size()).stream()
                    .map(r -> dynamicTest(r.label() + ": " + r.step().describe()
                            + (r.step().note().isEmpty() ? "" : " — " + r.step().note()), () -> assertThat(r.matched())
                            .as("expected %s, observed %s", r.expectedText(), r.observedText()).isTrue()));
            return dynamicContainer(scenario.id() + ": " + scenario.title(), Stream.concat(school, steps));
        });
    }

    @Test
    void the_report_of_the_whole_suite_against_the_library_lists_no_mismatch() {
        ConformanceReport report = ConformanceRunner.against(EjournalAdapter.create()).run(Scenarios.bundled());
        assertThat(report.mismatches()).as(report.describe()).isEmpty();
        assertThat(report.isConformant()).isTrue();
        assertThat(report.scenarios()).isEqualTo(Scenarios.bundled().size());
    }
}
