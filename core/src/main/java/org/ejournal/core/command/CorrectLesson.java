package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Corrects a lesson's topic or kind of work. The original stays in the history (REC-1.7); the substitution is never edited (REG-5).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param lesson the lesson
 * @param topic the corrected topic, or {@code null} to clear it
 * @param workKind the corrected kind of work
 * @param reason why the entry is corrected (REC-1.7), not blank, at most 500 characters
 */
public record CorrectLesson(
        @NotNull LessonId lesson,
        @Size(max = 500) String topic,
        @NotNull WorkKind workKind,
        @NotBlank @Size(max = 500) String reason) implements Command {

    @Override
    public String clause() {
        return "REC-1.7";
    }
}
