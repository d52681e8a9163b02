package org.ejournal.testkit.conformance;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What became of one scenario: the result of each of its steps, set-up first. Immutable and
 * thread-safe.
 *
 * @param scenario the scenario
 * @param steps the results of the starting school's set-up steps, then of the scenario's steps
 */
public record ScenarioResult(Scenario scenario, List<StepResult> steps) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        steps = List.copyOf(steps);
    }

    /** @return whether every step matched */
    public boolean matched() {
        return steps.stream().allMatch(StepResult::matched);
    }

    /** @return the steps that did not match, as mismatches */
    public List<Mismatch> mismatches() {
        return steps.stream().filter(s -> !s.matched()).map(this::mismatch).toList();
    }

    private Mismatch mismatch(StepResult r) {
        String at = LocalDateTime.ofInstant(r.step().at(), scenario.school().school().zone()).toString();
        String action = r.step().describe() + " at " + at + (r.step().note().isEmpty() ? "" : " — " + r.step().note());
        return new Mismatch(scenario.id(), scenario.source(), r.label(), action, r.expectedText(), r.observedText());
    }
}
