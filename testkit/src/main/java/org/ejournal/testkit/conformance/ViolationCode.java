package org.ejournal.testkit.conformance;

import java.util.Comparator;
import java.util.Objects;
import org.ejournal.core.Violation;

/**
 * A violation as conformance compares it: its stable code and the clause of the regulation it rests
 * on. Messages, severities and what a violation concerns are the implementation's own words and are
 * not compared. Immutable and thread-safe.
 *
 * @param code the code, e.g. {@code EJ2215}
 * @param clause the clause id, e.g. {@code REG-7}
 */
public record ViolationCode(String code, String clause) implements Comparable<ViolationCode> {

    private static final Comparator<ViolationCode> ORDER =
            Comparator.comparing(ViolationCode::code).thenComparing(ViolationCode::clause);

    /**
     * @throws NullPointerException if an argument is {@code null}
     */
    public ViolationCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clause, "clause");
    }

    /**
     * @param code the code, not {@code null}
     * @param clause the clause id, not {@code null}
     * @return the pair
     */
    public static ViolationCode of(String code, String clause) {
        return new ViolationCode(code, clause);
    }

    /**
     * @param violation a violation of the library, not {@code null}
     * @return its code and clause
     */
    public static ViolationCode from(Violation violation) {
        return new ViolationCode(violation.code(), violation.clause());
    }

    @Override
    public int compareTo(ViolationCode other) {
        return ORDER.compare(this, other);
    }

    /** @return e.g. {@code EJ2215 REG-7} */
    @Override
    public String toString() {
        return code + " " + clause;
    }
}
