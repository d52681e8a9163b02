package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Reopens a closed study period (REC-6.4): only the school's leadership may, and only with a reason, which the log keeps.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param period the study period
 * @param reason why it is reopened, not blank, at most 500 characters
 */
public record ReopenPeriod(
        @NotNull StudyPeriodId period,
        @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public String clause() {
        return "REC-6.4";
    }
}
