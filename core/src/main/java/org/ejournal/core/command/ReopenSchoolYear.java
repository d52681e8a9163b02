package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Reopens a closed school year (REC-6.4): like a closed period, only the school's leadership may, and
 * only with a reason, which the log keeps. Reopening the year lets entries of it be made again where
 * its study periods allow: its periods stay closed until each is reopened ({@link ReopenPeriod}).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param year the school year
 * @param reason why it is reopened, not blank, at most 500 characters
 */
public record ReopenSchoolYear(
        @NotNull SchoolYearId year,
        @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public String clause() {
        return "REC-6.4";
    }
}
