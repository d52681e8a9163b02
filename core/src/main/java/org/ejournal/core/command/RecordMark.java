package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.ejournal.core.model.*;

/**
 * Records a pupil's mark for a task (POL-4.4c, POL-4.4f): the task must exist, the pupil must be in the lesson's class (and group) on the lesson's day, the mark must belong to the subject's scale. One mark per pupil and task; a second is a correction ({@link CorrectMark}).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param task the task
 * @param student the pupil
 * @param value the mark
 */
public record RecordMark(
        @NotNull TaskId task,
        @NotNull StudentId student,
        @NotNull @Valid MarkValue value) implements Command {

    /**
     * @param task the task
     * @param student the pupil
     * @param value the mark
     * @return the command
     */
    public static RecordMark of(TaskId task, StudentId student, MarkValue value) {
        return new RecordMark(task, student, value);
    }

    /** The task is POL-4.4f's: a mark is given only for an assigned task. */
    @Override
    public String clauseOf(String field) {
        return "task".equals(field) ? "POL-4.4f" : clause();
    }

    @Override
    public String clause() {
        return "POL-4.4c";
    }
}
