package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Defines a study period of a school year for a range of grades (REC-6.4: the administrator sets up all sections before the year starts). Periods of the same kind must not overlap for the same grades.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the period's identifier
 * @param year the school year
 * @param kind quarter, trimester, half-year or year
 * @param number the number, 1 to the number of such periods in a year
 * @param firstDay the first day, within the year
 * @param lastDay the last day, within the year, not before the first
 * @param grades the grades that follow this period
 */
public record DefineStudyPeriod(
        @NotNull StudyPeriodId id,
        @NotNull SchoolYearId year,
        @NotNull PeriodKind kind,
        @Min(1) @Max(4) int number,
        @NotNull LocalDate firstDay,
        @NotNull LocalDate lastDay,
        @NotNull @Valid GradeRange grades) implements Command {

    /** @return whether the days are in order (a Bean Validation property) */
    @AssertTrue(message = "lastDay must not be before firstDay")
    public boolean isOrdered() {
        return firstDay == null || lastDay == null || !lastDay.isBefore(firstDay);
    }

    @Override
    public String clause() {
        return "REC-6.4";
    }
}
