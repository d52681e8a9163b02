package org.ejournal.core.command;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Puts a pupil into a group of their class from a given day (POL-4.6): a pupil enrolled in the class
 * during the year joins its English group, or a pupil moves from one group to the other (a
 * {@link LeaveGroup} from the one and a {@code JoinGroup} to the other, effective the same day). From
 * that day the pupil is marked and their attendance taken at the group's lessons. The pupil must be in
 * the group's class on that day and not be a member of the group then; a pupil's memberships of one
 * group are recorded in date order, each after the end of the last. The members named when the group
 * was created ({@link CreateGroup}) are members from the first day of the class's school year.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param group the group
 * @param student the pupil
 * @param effective the first day the pupil is in the group, a day of the class's school year
 */
public record JoinGroup(
        @NotNull GroupId group,
        @NotNull StudentId student,
        @NotNull LocalDate effective) implements Command {

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
