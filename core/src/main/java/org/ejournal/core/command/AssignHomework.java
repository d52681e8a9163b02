package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Records homework set at a lesson (POL-4.4d, REG-6).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the homework's identifier
 * @param lesson the lesson
 * @param text what to do, at most 4000 characters
 * @param due the day it is due, not before the lesson
 */
public record AssignHomework(
        @NotNull HomeworkId id,
        @NotNull LessonId lesson,
        @NotBlank @Size(max = 4000) String text,
        @NotNull LocalDate due) implements Command {

    @Override
    public String clause() {
        return "POL-4.4d";
    }
}
