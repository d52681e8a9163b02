package org.ejournal.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A school year (учебный год), by default 1 September to the end of May, with its calendar.
 * Immutable and thread-safe.
 *
 * @param id the identifier
 * @param firstDay the first day of the year
 * @param lastDay the last day of the year
 * @param calendar the school days
 */
public record SchoolYear(SchoolYearId id, LocalDate firstDay, LocalDate lastDay, SchoolCalendar calendar) {

    /** Checks that nothing is missing. */
    public SchoolYear {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param date a day, not {@code null}
     * @return whether the day falls within this school year
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** @return the year's label, e.g. «2026/2027» */
    public String label() {
        return firstDay.getYear() + "/" + lastDay.getYear();
    }
}
