package org.ejournal.core.command;

import jakarta.validation.constraints.NotNull;
import org.ejournal.core.model.*;

/**
 * Assigns a teacher to teach a subject in a class or in one of its groups (POL-3.4).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param schoolClass the class
 * @param subject the subject
 * @param teacher the teacher
 * @param group the group of the class, or {@code null} for the whole class
 */
public record AssignTeacher(
        @NotNull ClassId schoolClass,
        @NotNull SubjectId subject,
        @NotNull StaffId teacher,
        GroupId group) implements Command {

    /**
     * @param schoolClass the class
     * @param subject the subject
     * @param teacher the teacher
     * @return the command for the whole class
     */
    public static AssignTeacher of(ClassId schoolClass, SubjectId subject, StaffId teacher) {
        return new AssignTeacher(schoolClass, subject, teacher, null);
    }

    @Override
    public String clause() {
        return "POL-3.4";
    }
}
