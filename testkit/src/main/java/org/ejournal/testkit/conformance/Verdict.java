package org.ejournal.testkit.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.ejournal.core.Answer;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;

/**
 * The outcome of one step with the codes and clauses of its violations: what a scenario expects, and
 * what a system under test answers. Two verdicts match when they are equal: the same kind and the same
 * violations, counted, in any order (the list is kept sorted). Immutable and thread-safe.
 *
 * @param kind the outcome
 * @param violations the violations, warnings and notes, sorted by code and clause
 */
public record Verdict(OutcomeKind kind, List<ViolationCode> violations) {

    /**
     * Sorts and copies the violations.
     *
     * @throws NullPointerException if an argument or a violation is {@code null}
     */
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        List<ViolationCode> sorted = new ArrayList<>(violations);
        sorted.forEach(v -> Objects.requireNonNull(v, "violation"));
        Collections.sort(sorted);
        violations = List.copyOf(sorted);
    }

    /**
     * @param kind the outcome, not {@code null}
     * @param violations its violations, in any order
     * @return the verdict
     */
    public static Verdict of(OutcomeKind kind, ViolationCode... violations) {
        return new Verdict(kind, List.of(violations));
    }

    /**
     * The verdict of the library's own outcome: rejected; warned if a violation recorded with the event
     * is a warning (or worse); else accepted, with its notes.
     *
     * @param outcome what {@code Journal.execute} returned, not {@code null}
     * @return its verdict
     */
    public static Verdict of(Outcome outcome) {
        OutcomeKind kind;
        if (!outcome.isAccepted()) {
            kind = OutcomeKind.REJECTED;
        } else if (outcome.violations().stream().anyMatch(v -> v.severity() != Severity.INFO)) {
            kind = OutcomeKind.WARNED;
        } else {
            kind = OutcomeKind.ACCEPTED;
        }
        return new Verdict(kind, codes(outcome.violations()));
    }

    /**
     * @param answer what a query of the journal returned, not {@code null}
     * @return granted with no violation, or refused with its violations
     */
    public static Verdict of(Answer<?> answer) {
        if (answer instanceof Answer.Refused<?> refused) {
            return new Verdict(OutcomeKind.REFUSED, codes(refused.violations()));
        }
        return new Verdict(OutcomeKind.GRANTED, List.of());
    }

    /**
     * @param found what the rules asked found outstanding, not {@code null}
     * @return clean if nothing, else found with the violations
     */
    public static Verdict outstanding(List<Violation> found) {
        return new Verdict(found.isEmpty() ? OutcomeKind.CLEAN : OutcomeKind.FOUND, codes(found));
    }

    private static List<ViolationCode> codes(List<Violation> violations) {
        return violations.stream().map(ViolationCode::from).toList();
    }

    /** @return e.g. {@code warned [EJ2215 REG-7]}, or {@code accepted} with no violation */
    @Override
    public String toString() {
        return violations.isEmpty() ? kind.fileName() : kind.fileName() + " " + violations;
    }
}
