package org.ejournal.core.rule;

import java.util.Objects;

/**
 * Names a rule and the clause of the regulation it comes from, e.g.
 * {@code MarksAreEnteredWithinTheDeadline} and {@code REG-7}. Immutable and thread-safe.
 *
 * @param name the rule's name, not blank
 * @param clause the clause id of {@code REQUIREMENTS.md}, not blank
 */
public record RuleId(String name, String clause) {

    /** Checks the parts. */
    public RuleId {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clause, "clause");
        if (name.isBlank() || clause.isBlank()) {
            throw new IllegalArgumentException("EJ1001 a rule id needs a name and a clause");
        }
    }

    /**
     * @param name the name
     * @param clause the clause id
     * @return the id
     */
    public static RuleId of(String name, String clause) {
        return new RuleId(name, clause);
    }

    @Override
    public String toString() {
        return name + " (" + clause + ")";
    }
}
