package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Opens a school year with its calendar (POL-4.6: the administrator closes a year and opens the next). Years must not overlap.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the year's identifier
 * @param firstDay the first day, usually 1 September
 * @param lastDay the last day, after the first and at most 400 days later
 * @param calendar the school days
 */
public record OpenSchoolYear(
        @NotNull SchoolYearId id,
        @NotNull LocalDate firstDay,
        @NotNull LocalDate lastDay,
        @NotNull @Valid SchoolCalendar calendar) implements Command {

    /** @return whether the last day follows the first within 400 days (a Bean Validation property) */
    @AssertTrue(message = "lastDay must follow firstDay by at most 400 days")
    public boolean isWithinOneYear() {
        return firstDay == null || lastDay == null
                || (lastDay.isAfter(firstDay) && !lastDay.isAfter(firstDay.plusDays(400)));
    }

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
