package org.ejournal.core.model;

import java.util.List;
import java.util.OptionalDouble;

/** The pass/fail scale: «зач» (зачёт) and «незач» (незачёт). Immutable and thread-safe. */
public final class PassFail implements GradingScale {

    /** The scale's identifier, {@code pass-fail}. */
    public static final ScaleId ID = ScaleId.of("pass-fail");

    /** The scale. */
    public static final PassFail SCALE = new PassFail();

    /** Зачёт. */
    public static final MarkValue PASS = new MarkValue(ID, "зач");

    /** Незачёт. */
    public static final MarkValue FAIL = new MarkValue(ID, "незач");

    private PassFail() {
    }

    @Override
    public ScaleId id() {
        return ID;
    }

    @Override
    public String nameRu() {
        return "зачёт/незачёт";
    }

    @Override
    public String nameEn() {
        return "pass/fail";
    }

    @Override
    public List<MarkValue> values() {
        return List.of(FAIL, PASS);
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
