package org.ejournal.core.internal;

import java.time.LocalDate;
import java.util.Comparator;

/** Orders lessons by day, number and id, so a date range is a sub-map of a sorted index. */
record LessonSlot(LocalDate date, int number, String id) implements Comparable<LessonSlot> {

    private static final Comparator<LessonSlot> ORDER = Comparator.comparing(LessonSlot::date)
            .thenComparingInt(LessonSlot::number).thenComparing(LessonSlot::id);

    static LessonSlot lowest(LocalDate date) {
        return new LessonSlot(date, Integer.MIN_VALUE, "");
    }

    static LessonSlot highest(LocalDate date) {
        return new LessonSlot(date, Integer.MAX_VALUE, "");
    }

    @Override
    public int compareTo(LessonSlot o) {
        return ORDER.compare(this, o);
    }
}
