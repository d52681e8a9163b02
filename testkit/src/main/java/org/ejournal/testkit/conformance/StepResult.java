package org.ejournal.testkit.conformance;

import java.util.Objects;

/**
 * What became of one step when a scenario ran: the verdict the system gave, or why there is none (the
 * system threw, or the step was not run because the starting school could not be set up). A set-up
 * step matches when it was accepted, with or without warnings; any other step when the verdict equals
 * the expected one. Immutable and thread-safe.
 *
 * @param label {@code setup step N} or {@code step N}
 * @param step the step
 * @param setup whether it is a step of the starting school's set-up
 * @param observed the verdict the system gave; {@code null} if it gave none
 * @param problem why there is no verdict; {@code null} if there is one
 */
public record StepResult(String label, Step step, boolean setup, Verdict observed, String problem) {

    /**
     * @throws NullPointerException if the label or step is {@code null}
     * @throws IllegalArgumentException unless exactly one of the verdict and the problem is given
     */
    public StepResult {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(step, "step");
        if ((observed == null) == (problem == null)) {
            throw new IllegalArgumentException("a step result has either a verdict or a problem");
        }
    }

    /** @return whether the system did what the scenario expects */
    public boolean matched() {
        if (observed == null) {
            return false;
        }
        if (setup) {
            return observed.kind() == OutcomeKind.ACCEPTED || observed.kind() == OutcomeKind.WARNED;
        }
        return observed.equals(step.expected());
    }

    /** @return the expectation as text: the step's verdict, or {@code accepted or warned} for a set-up step */
    public String expectedText() {
        return setup ? "accepted or warned" : step.expected().toString();
    }

    /** @return the verdict as text, or the problem */
    public String observedText() {
        return observed == null ? problem : observed.toString();
    }
}
