package org.ejournal.core.command;

import jakarta.validation.constraints.NotNull;
import org.ejournal.core.model.*;

/**
 * Closes a study period after it ends (REC-6.4): from then on its marks, attendance and lessons cannot be changed. The administrator closes periods; a closed period can only be reopened by the school's leadership, with a reason ({@link ReopenPeriod}).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param period the study period
 */
public record ClosePeriod(
        @NotNull StudyPeriodId period) implements Command {

    @Override
    public String clause() {
        return "REC-6.4";
    }
}
