package org.ejournal.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A study period (учебный период) of a school year: a quarter, trimester, half-year or the year,
 * for a range of grades, so that different grades can follow different schemes (quarters for
 * grades 2–9, half-years for 10–11). Immutable and thread-safe.
 *
 * @param id the identifier
 * @param year the school year it belongs to
 * @param kind quarter, trimester, half-year or year
 * @param number 1 to {@code kind.perYear()}
 * @param firstDay the first day
 * @param lastDay the last day
 * @param grades the grades that follow it
 */
public record StudyPeriod(
        StudyPeriodId id, SchoolYearId year, PeriodKind kind, int number,
        LocalDate firstDay, LocalDate lastDay, GradeRange grades) {

    /** Checks that nothing is missing. */
    public StudyPeriod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(grades, "grades");
    }

    /**
     * @param date a day, not {@code null}
     * @return whether the day falls within the period
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** @return e.g. «2 четверть» */
    public String label() {
        return kind == PeriodKind.YEAR ? "год" : number + " " + kind.russian();
    }

    /** @return the English label, e.g. "quarter 2" or "year" */
    public String labelEn() {
        return kind == PeriodKind.YEAR ? "year" : kind.english() + " " + number;
    }
}
