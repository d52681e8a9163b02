package org.ejournal.core.command;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Records that a paper progress report (распечатка из электронного журнала) was handed to a guardian who declined electronic access (REC-8.3, POL-8.3): at least weekly.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param guardian the guardian
 * @param student the pupil the report is about
 * @param first the first day the report covers
 * @param last the last day the report covers, not before the first
 */
public record RecordPaperReport(
        @NotNull GuardianId guardian,
        @NotNull StudentId student,
        @NotNull LocalDate first,
        @NotNull LocalDate last) implements Command {

    /** @return whether the days are in order (a Bean Validation property) */
    @AssertTrue(message = "last must not be before first")
    public boolean isOrdered() {
        return first == null || last == null || !last.isBefore(first);
    }

    @Override
    public String clause() {
        return "POL-8.3";
    }
}
