package org.ejournal.testkit.conformance;

import java.util.List;
import java.util.Objects;

/**
 * What became of a run of scenarios against a system: every scenario's result, and from them every
 * mismatch. A system conforms when there is none. Immutable and thread-safe.
 *
 * @param system the system's name, as its adapter's {@code toString} gives it
 * @param results each scenario's result, in the order run
 */
public record ConformanceReport(String system, List<ScenarioResult> results) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public ConformanceReport {
        Objects.requireNonNull(system, "system");
        results = List.copyOf(results);
    }

    /** @return how many scenarios ran */
    public int scenarios() {
        return results.size();
    }

    /** @return how many steps ran or were due, set-up steps included */
    public int steps() {
        return results.stream().mapToInt(r -> r.steps().size()).sum();
    }

    /** @return every mismatch, scenario by scenario, step by step */
    public List<Mismatch> mismatches() {
        return results.stream().flatMap(r -> r.mismatches().stream()).toList();
    }

    /** @return whether every step of every scenario matched */
    public boolean isConformant() {
        return results.stream().allMatch(ScenarioResult::matched);
    }

    /**
     * @return a text for a person: a summary line, then one line per mismatch
     */
    public String describe() {
        List<Mismatch> mismatches = mismatches();
        long failed = results.stream().filter(r -> !r.matched()).count();
        StringBuilder b = new StringBuilder();
        b.append(system).append(": ").append(scenarios()).append(" scenarios, ").append(steps()).append(" steps, ")
                .append(mismatches.size()).append(mismatches.size() == 1 ? " mismatch" : " mismatches")
                .append(failed == 0 ? "" : " in " + failed + (failed == 1 ? " scenario" : " scenarios")).append('\n');
        for (Mismatch m : mismatches) {
            b.append("  ").append(m).append('\n');
        }
        return b.toString();
    }
}
