package org.ejournal.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The school's calendar for one school year: a five- or six-day week, the public holidays and the
 * days moved by the production calendar (a Saturday made a working day, a weekday made a day off),
 * and the vacations, which may differ by grade. The school supplies it. Immutable and thread-safe.
 *
 * @param daysPerWeek 5 or 6 school days a week, Monday first
 * @param daysOff public holidays and weekdays made days off
 * @param extraSchoolDays weekend days made working days
 * @param vacations the vacations
 */
public record SchoolCalendar(
        @Min(5) @Max(6) int daysPerWeek,
        @NotNull Set<@NotNull LocalDate> daysOff,
        @NotNull Set<@NotNull LocalDate> extraSchoolDays,
        @NotNull List<@NotNull @Valid Vacation> vacations) {

    /** Copies the collections, so the calendar stays immutable. */
    public SchoolCalendar {
        daysOff = daysOff == null ? null : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(daysOff));
        extraSchoolDays = extraSchoolDays == null ? null : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(extraSchoolDays));
        vacations = vacations == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(vacations));
    }

    /**
     * A calendar with no holidays and no vacations.
     *
     * @param daysPerWeek 5 or 6
     * @return the calendar
     */
    public static SchoolCalendar ofWeek(int daysPerWeek) {
        return new SchoolCalendar(daysPerWeek, Set.of(), Set.of(), List.of());
    }

    /**
     * @param days more days off
     * @return a copy with these days off too
     */
    public SchoolCalendar withDaysOff(Set<LocalDate> days) {
        java.util.HashSet<LocalDate> all = new java.util.HashSet<>(daysOff);
        all.addAll(days);
        return new SchoolCalendar(daysPerWeek, all, extraSchoolDays, vacations);
    }

    /**
     * @param vacation one more vacation
     * @return a copy with the vacation
     */
    public SchoolCalendar withVacation(Vacation vacation) {
        java.util.ArrayList<Vacation> all = new java.util.ArrayList<>(vacations);
        all.add(vacation);
        return new SchoolCalendar(daysPerWeek, daysOff, extraSchoolDays, all);
    }

    /**
     * Whether pupils of a grade have lessons on a day. Does not look at the school year's bounds.
     *
     * @param date the day, not {@code null}
     * @param grade the grade
     * @return {@code true} on a school day
     */
    public boolean isSchoolDay(LocalDate date, int grade) {
        if (daysOff.contains(date)) {
            return false;
        }
        for (Vacation v : vacations) {
            if (v.covers(date, grade)) {
                return false;
            }
        }
        if (extraSchoolDays.contains(date)) {
            return true;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d.getValue() <= daysPerWeek;
    }
}
