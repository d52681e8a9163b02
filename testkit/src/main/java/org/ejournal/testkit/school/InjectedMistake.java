package org.ejournal.testkit.school;

import java.util.Objects;

/**
 * One mistake the generator made on purpose, and how the regulation should find it.
 * Immutable and thread-safe.
 *
 * @param step the index in {@link GeneratedSchool#steps()} of the command that makes the mistake (for
 *     {@link MistakeKind#TOO_FEW_MARKS}, the period mark set on too few marks)
 * @param kind what kind of mistake, with the rule, clause and code that should find it
 * @param concerns the entry it concerns, as {@link org.ejournal.core.view.EntryRef#describe()} writes
 *     it (e.g. {@code lesson l-5a-0915-3}): what the violation's {@code concerns} says for the mistakes
 *     found {@linkplain MistakeKind.Detection#OUTSTANDING_IN_AUDIT in the audit}
 * @param description what happened, in a sentence, for a test's failure message
 */
public record InjectedMistake(int step, MistakeKind kind, String concerns, String description) {

    /** Checks that nothing is missing. */
    public InjectedMistake {
        if (step < 0) {
            throw new IllegalArgumentException("EJ1001 a step index is not negative, got " + step);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(concerns, "concerns");
        Objects.requireNonNull(description, "description");
    }

    /** @return the code the regulation should report, e.g. {@code EJ2215} */
    public String code() {
        return kind.code();
    }

    /** @return the clause the regulation should name, e.g. {@code REG-7} */
    public String clause() {
        return kind.clause();
    }

    @Override
    public String toString() {
        return "step " + step + ": " + kind + " (" + kind.rule() + ", " + kind.clause() + ", " + kind.code() + ") "
                + description;
    }
}
