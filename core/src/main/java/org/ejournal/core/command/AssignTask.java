package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Records a task given at a lesson, for which marks are given. Its type is mandatory (POL-4.4f).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the task's identifier
 * @param lesson the lesson
 * @param type the task type, mandatory
 * @param weight the weight in a weighted mean, 1 to 10
 * @param description what the task was, or {@code null}
 */
public record AssignTask(
        @NotNull TaskId id,
        @NotNull LessonId lesson,
        @NotNull @Valid TaskType type,
        @Min(1) @Max(10) int weight,
        @Size(max = 500) String description) implements Command {

    /**
     * A task of weight 1 with no description.
     *
     * @param id the identifier
     * @param lesson the lesson
     * @param type the type
     * @return the command
     */
    public static AssignTask of(TaskId id, LessonId lesson, TaskType type) {
        return new AssignTask(id, lesson, type, 1, null);
    }

    @Override
    public String clause() {
        return "POL-4.4f";
    }
}
