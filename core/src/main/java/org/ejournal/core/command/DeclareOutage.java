package org.ejournal.core.command;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.ejournal.core.model.*;

/**
 * Declares a window in which the system could not be used (REC-5.3): entries whose deadline fell inside it are late with a reason, not violations.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the outage's identifier
 * @param start when it began
 * @param end when it ended, after the start
 * @param reason what happened
 */
public record DeclareOutage(
        @NotNull OutageId id,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotBlank @Size(max = 500) String reason) implements Command {

    /** @return whether the window is not empty (a Bean Validation property) */
    @AssertTrue(message = "end must be after start")
    public boolean isOrdered() {
        return start == null || end == null || end.isAfter(start);
    }

    @Override
    public String clause() {
        return "REC-5.3";
    }
}
