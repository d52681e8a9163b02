package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Corrects a period mark. The original stays in the history (REC-1.7).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param student the pupil
 * @param subject the subject
 * @param period the study period
 * @param value the corrected mark
 * @param reason why the entry is corrected (REC-1.7), not blank, at most 500 characters
 */
public record CorrectPeriodMark(
        @NotNull StudentId student,
        @NotNull SubjectId subject,
        @NotNull StudyPeriodId period,
        @NotNull @Valid MarkValue value,
        @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public String clause() {
        return "REC-1.7";
    }
}
