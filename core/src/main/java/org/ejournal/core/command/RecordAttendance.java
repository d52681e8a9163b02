package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Records that a pupil missed a lesson or was late (POL-4.4c, REG-4), with one of the school's attendance codes. Pupils without an entry were present.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param lesson the lesson
 * @param student the pupil
 * @param code the attendance code, e.g. «н»
 */
public record RecordAttendance(
        @NotNull LessonId lesson,
        @NotNull StudentId student,
        @NotBlank @Size(max = 4) String code) implements Command {

    /**
     * @param lesson the lesson
     * @param student the pupil
     * @param code the attendance code
     * @return the command
     */
    public static RecordAttendance of(LessonId lesson, StudentId student, String code) {
        return new RecordAttendance(lesson, student, code);
    }

    @Override
    public String clause() {
        return "POL-4.4c";
    }
}
