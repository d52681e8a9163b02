package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Corrects an attendance entry: another code, or {@code null} if the pupil was present after all. The original stays in the history (REC-1.7).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param lesson the lesson
 * @param student the pupil
 * @param code the corrected code, or {@code null} for present
 * @param reason why the entry is corrected (REC-1.7), not blank, at most 500 characters
 */
public record CorrectAttendance(
        @NotNull LessonId lesson,
        @NotNull StudentId student,
        @Size(min = 1, max = 4) String code,
        @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public String clause() {
        return "REC-1.7";
    }
}
