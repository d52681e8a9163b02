package org.ejournal.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pupil's time in one group (подгруппа), like a {@link Placement} in a class: from the day the pupil
 * joined the group (for a member named when the group was created, the first day of its class's school
 * year) up to the day before the pupil left it ({@code until} is {@code null} while they stay).
 * Immutable and thread-safe.
 *
 * @param student the pupil, not {@code null}
 * @param from the first day in the group, not {@code null}
 * @param until the last day in the group, not before {@code from}, or {@code null} if open
 */
public record GroupMembership(StudentId student, LocalDate from, LocalDate until) {

    /**
     * Checks that nothing required is missing and the days are in order.
     *
     * @throws NullPointerException if {@code student} or {@code from} is {@code null}
     * @throws IllegalArgumentException if {@code until} is before {@code from}
     */
    public GroupMembership {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("the membership ends on " + until + ", before it starts on " + from);
        }
    }

    /**
     * @param date a day, not {@code null}
     * @return whether the pupil was in the group that day
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /**
     * @param first first day of a range, not {@code null}
     * @param last last day of a range, not {@code null}
     * @return whether the pupil was in the group on any day of the range
     */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && (until == null || !until.isBefore(first));
    }

    /** @return whether the membership is open: the pupil has not left the group */
    public boolean isOpen() {
        return until == null;
    }
}
