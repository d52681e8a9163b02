package org.ejournal.core.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The period results that are not marks: «н/а» (не аттестован, not attested) and «осв»
 * (освобождён, exempt). Allowed for period and year marks in any subject. Immutable and
 * thread-safe.
 */
public final class SpecialResults implements GradingScale {

    /** The scale's identifier, {@code special}. */
    public static final ScaleId ID = ScaleId.of("special");

    /** The scale. */
    public static final SpecialResults SCALE = new SpecialResults();

    /** Не аттестован. */
    public static final MarkValue NOT_ATTESTED = new MarkValue(ID, "н/а");

    /** Освобождён. */
    public static final MarkValue EXEMPT = new MarkValue(ID, "осв");

    private SpecialResults() {
    }

    @Override
    public ScaleId id() {
        return ID;
    }

    @Override
    public String nameRu() {
        return "особые результаты";
    }

    @Override
    public String nameEn() {
        return "special results";
    }

    @Override
    public List<MarkValue> values() {
        return List.of(NOT_ATTESTED, EXEMPT);
    }

    @Override
    public OptionalDouble numericValue(MarkValue value) {
        return OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return ID.value();
    }
}
