package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Cancels a mark entered by mistake. The original stays in the history (REC-1.7).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param task the task
 * @param student the pupil
 * @param reason why the entry is corrected (REC-1.7), not blank, at most 500 characters
 */
public record CancelMark(
        @NotNull TaskId task,
        @NotNull StudentId student,
        @NotBlank @Size(max = 500) String reason) implements Command {

    /** The task is POL-4.4f's: a mark is given only for an assigned task. */
    @Override
    public String clauseOf(String field) {
        return "task".equals(field) ? "POL-4.4f" : clause();
    }

    @Override
    public String clause() {
        return "REC-1.7";
    }
}
