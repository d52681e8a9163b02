package org.ejournal.testkit.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Runs conformance scenarios against a system through its {@link SystemUnderTest} adapter and reports
 * every mismatch, never stopping at the first: for each scenario it starts a fresh journal of the
 * scenario's school under its profile, sends the starting school's set-up, then runs the steps in
 * order and compares each verdict with the expected one.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceRunner.against(new MySystemAdapter()).run(Scenarios.bundled());
 * if (!report.isConformant()) {
 *     System.out.print(report.describe());        // one line per mismatch: scenario, step, expected, observed
 * }
 * }</pre>
 *
 * <p>An exception thrown by the adapter is that step's mismatch and the scenario goes on. If the
 * starting school cannot be set up (a set-up step is rejected, or {@code start} throws), that step is
 * the mismatch and the scenario's other steps are reported as not run. Not thread-safe: one run at a
 * time per adapter.
 */
public final class ConformanceRunner {

    private final SystemUnderTest system;

    private ConformanceRunner(SystemUnderTest system) {
        this.system = system;
    }

    /**
     * @param system the adapter of the system to run against, not {@code null}
     * @return a runner
     */
    public static ConformanceRunner against(SystemUnderTest system) {
        return new ConformanceRunner(Objects.requireNonNull(system, "system"));
    }

    /**
     * @param scenarios the scenarios, not {@code null}
     * @return every scenario's result and every mismatch
     */
    public ConformanceReport run(Collection<Scenario> scenarios) {
        Objects.requireNonNull(scenarios, "scenarios");
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            results.add(run(s));
        }
        return new ConformanceReport(String.valueOf(system), results);
    }

    /**
     * @param scenario the scenario, not {@code null}
     * @return the result of each of its steps, set-up first
     */
    public ScenarioResult run(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<StepResult> out = new ArrayList<>();
        List<Step.Execute> setup = scenario.school().setup();
        String notRun = null;
        try {
            system.start(scenario.school().school(), scenario.profile());
        } catch (RuntimeException e) {
            notRun = "the system did not start: " + thrown(e);
        }
        for (Step.Execute s : setup) {
            String label = "setup step " + s.number();
            if (notRun != null) {
                out.add(new StepResult(label, s, true, null, "not run: " + notRun));
                continue;
            }
            StepResult r = step(label, s, true);
            out.add(r);
            if (!r.matched()) {
                notRun = "the starting school could not be set up (" + label + ")";
            }
        }
        for (Step s : scenario.steps()) {
            String label = "step " + s.number();
            out.add(notRun != null ? new StepResult(label, s, false, null, "not run: " + notRun) : step(label, s, false));
        }
        return new ScenarioResult(scenario, out);
    }

    private StepResult step(String label, Step step, boolean setup) {
        Verdict observed;
        try {
            if (step instanceof Step.Execute e) {
                observed = system.execute(e.at(), e.actor(), e.command());
            } else if (step instanceof Step.Read r) {
                observed = system.read(r.at(), r.actor(), r.query());
            } else {
                Step.Outstanding o = (Step.Outstanding) step;
                observed = system.outstanding(o.at(), o.rules());
            }
        } catch (RuntimeException e) {
            return new StepResult(label, step, setup, null, thrown(e));
        }
        if (observed == null) {
            return new StepResult(label, step, setup, null, "the adapter gave no verdict (null)");
        }
        return new StepResult(label, step, setup, observed, null);
    }

    private static String thrown(RuntimeException e) {
        return "threw " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
