package org.ejournal.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pupil's time in one class: from the effective date of the order that put them there, up to the
 * day before the order that moved them on ({@code until} is {@code null} while they stay).
 * Immutable and thread-safe.
 *
 * @param schoolClass the class
 * @param from the first day in the class
 * @param until the last day in the class, or {@code null} if open
 */
public record Placement(ClassId schoolClass, LocalDate from, LocalDate until) {

    /** Checks that nothing required is missing. */
    public Placement {
        Objects.requireNonNull(schoolClass, "schoolClass");
        Objects.requireNonNull(from, "from");
    }

    /**
     * @param date a day, not {@code null}
     * @return whether the pupil was in the class that day
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /**
     * @param first first day of a range
     * @param last last day of a range
     * @return whether the pupil was in the class on any day of the range
     */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && (until == null || !until.isBefore(first));
    }
}
