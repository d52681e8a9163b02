package org.ejournal.testkit.conformance;

import java.util.Objects;

/**
 * A step where a system did not do what its scenario expects. Immutable and thread-safe.
 *
 * @param scenario the scenario's name
 * @param source its file
 * @param step {@code setup step N} or {@code step N}
 * @param action what the step does, when, and its note, e.g.
 *     {@code RecordMark by staff:t-math at 2026-10-09T00:00 — a minute after the deadline}
 * @param expected what the scenario expects, e.g. {@code warned [EJ2215 REG-7]}
 * @param observed what the system gave, e.g. {@code accepted}, or why it gave nothing
 */
public record Mismatch(String scenario, String source, String step, String action, String expected,
        String observed) {

    /** @throws NullPointerException if an argument is {@code null} */
    public Mismatch {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(observed, "observed");
    }

    /** @return one line: the scenario, the step, what it does, expected and observed */
    @Override
    public String toString() {
        return scenario + ", " + step + ": " + action + ": expected " + expected + ", observed " + observed;
    }
}
