package org.ejournal.core.command;

import jakarta.validation.constraints.NotNull;
import org.ejournal.core.model.*;

/**
 * Makes a teacher the class teacher (классный руководитель) of a class (POL-4.6). A later assignment replaces the earlier one.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param schoolClass the class
 * @param teacher the teacher
 */
public record AssignClassTeacher(
        @NotNull ClassId schoolClass,
        @NotNull StaffId teacher) implements Command {

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
