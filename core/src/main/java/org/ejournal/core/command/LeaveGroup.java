package org.ejournal.core.command;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Takes a pupil out of a group from a given day (POL-4.6): from that day the pupil is no longer
 * marked nor their attendance taken at the group's lessons; what was recorded at its earlier lessons
 * stays. The pupil must have been a member of the group the day before, and still be (a membership
 * not already ended). To move a pupil to the other group, record a {@link JoinGroup} to it effective
 * the same day.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param group the group
 * @param student the pupil
 * @param effective the first day the pupil is no longer in the group, a day of the class's school year
 */
public record LeaveGroup(
        @NotNull GroupId group,
        @NotNull StudentId student,
        @NotNull LocalDate effective) implements Command {

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
