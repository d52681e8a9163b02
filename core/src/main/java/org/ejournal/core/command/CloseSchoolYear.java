package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.ejournal.core.model.*;

/**
 * Closes a school year (POL-4.6: the administrator "closes the school year, opens the next"): from
 * then on nothing that belongs to the year can be recorded, corrected or cancelled — its lessons,
 * tasks, homework, marks, attendance, period marks, exam results dated in it, paper reports covering
 * its days, its classes' set-up, its study periods and pupils' movements dated in it. Pupils of the
 * year may still be moved on into the next year ({@link PromoteClass}, {@link RecordMovement} dated
 * after the year).
 *
 * <p>A year is closed once every one of its study periods is closed (REC-6.4) and its last day is
 * over in the school's time zone, by the journal's clock; closing it twice is refused. The school's
 * leadership may reopen it, with a reason ({@link ReopenSchoolYear}).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param year the school year
 * @param order the director's order on the end of the year, or {@code null} if the school issues none
 */
public record CloseSchoolYear(
        @NotNull SchoolYearId year,
        @Valid OrderRef order) implements Command {

    /**
     * Closes a year without naming an order.
     *
     * @param year the school year
     * @return the command
     */
    public static CloseSchoolYear of(SchoolYearId year) {
        return new CloseSchoolYear(year, null);
    }

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
