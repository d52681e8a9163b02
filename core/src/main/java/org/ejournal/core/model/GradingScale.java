package org.ejournal.core.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A grading scale (шкала): the marks it allows and, for those that have one, their numeric value for
 * averages. The five-point scale is the default; pass/fail and the special period results are built
 * in; a school may plug in its own (a ten-point scale of an experimental school, say) through
 * {@link School#gradingScales()}. Implementations must be immutable and thread-safe.
 */
public interface GradingScale {

    /** @return the scale's identifier */
    ScaleId id();

    /** @return the scale's Russian name */
    String nameRu();

    /** @return the scale's English name */
    String nameEn();

    /** @return the marks of the scale, lowest first */
    List<MarkValue> values();

    /**
     * @param value a mark, not {@code null}
     * @return whether the mark belongs to this scale
     */
    default boolean contains(MarkValue value) {
        return values().contains(value);
    }

    /**
     * @param value a mark of this scale, not {@code null}
     * @return its numeric value for averages, or empty if it has none (зач, н/а…)
     */
    OptionalDouble numericValue(MarkValue value);
}
