package org.ejournal.core.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The Russian five-point scale, the default: 5 отлично, 4 хорошо, 3 удовлетворительно,
 * 2 неудовлетворительно, 1 плохо. Immutable and thread-safe.
 */
public final class FivePoint implements GradingScale {

    /** The scale's identifier, {@code five-point}. */
    public static final ScaleId ID = ScaleId.of("five-point");

    /** The scale. */
    public static final FivePoint SCALE = new FivePoint();

    private static final List<MarkValue> VALUES = List.of(new MarkValue(ID, "1"), new MarkValue(ID, "2"),
            new MarkValue(ID, "3"), new MarkValue(ID, "4"), new MarkValue(ID, "5"));

    private FivePoint() {
    }

    /**
     * A mark on the five-point scale. The number is not checked here: a mark outside 1–5 is
     * rejected by the journal with a violation.
     *
     * @param mark the mark, 1 to 5
     * @return the mark
     */
    public static MarkValue of(int mark) {
        // the five marks are shared: a journal keeps hundreds of thousands of them
        return mark >= 1 && mark <= 5 ? VALUES.get(mark - 1) : new MarkValue(ID, Integer.toString(mark));
    }

    @Override
    public ScaleId id() {
        return ID;
    }

    @Override
    public String nameRu() {
        return "пятибалльная";
    }

    @Override
    public String nameEn() {
        return "five-point";
    }

    @Override
    public List<MarkValue> values() {
        return VALUES;
    }

    /** A direct test: marks are checked on every entry, so no list is searched. */
    @Override
    public boolean contains(MarkValue value) {
        String s = value.symbol();
        return s.length() == 1 && s.charAt(0) >= '1' && s.charAt(0) <= '5' && ID.equals(value.scale());
    }

    @Override
    public OptionalDouble numericValue(MarkValue value) {
        return contains(value) ? OptionalDouble.of(value.symbol().charAt(0) - '0') : OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return ID.value();
    }
}
