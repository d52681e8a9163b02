package org.ejournal.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * An inclusive range of grades (параллели), 1 to 11: for example the grades a study-period scheme
 * or a vacation applies to. Immutable and thread-safe.
 *
 * @param from the lowest grade, 1 to 11
 * @param to the highest grade, {@code from} to 11
 */
public record GradeRange(@Min(1) @Max(11) int from, @Min(1) @Max(11) int to) {

    /** All grades, 1 to 11. */
    public static final GradeRange ALL = new GradeRange(1, 11);

    /**
     * Obtains a range of grades.
     *
     * @param from the lowest grade
     * @param to the highest grade
     * @return the range; out-of-range values are reported when a command carrying it is validated
     */
    public static GradeRange of(int from, int to) {
        return new GradeRange(from, to);
    }

    /**
     * @param grade a grade
     * @return whether the grade lies in this range
     */
    public boolean contains(int grade) {
        return grade >= from && grade <= to;
    }

    /**
     * @param other another range, not {@code null}
     * @return whether the two ranges share a grade
     */
    public boolean overlaps(GradeRange other) {
        return from <= other.to && other.from <= to;
    }

    /** @return whether {@code from} is not above {@code to} (a Bean Validation property) */
    @AssertTrue(message = "from must not be above to")
    public boolean isOrdered() {
        return from <= to;
    }
}
