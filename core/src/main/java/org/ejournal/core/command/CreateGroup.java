package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.ejournal.core.model.*;

/**
 * Creates a group of pupils within a class (подгруппа), for subjects taught apart. Its members are
 * members from the first day of the class's school year, with no end; later changes are recorded by
 * {@link JoinGroup} and {@link LeaveGroup}.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the group's identifier
 * @param schoolClass the class
 * @param name the name
 * @param members the pupils, each placed in the class at some time of its school year
 */
public record CreateGroup(
        @NotNull GroupId id,
        @NotNull ClassId schoolClass,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty Set<@NotNull StudentId> members) implements Command {

    /** Copies the members; a null element is left for Bean Validation to report. */
    public CreateGroup {
        members = members == null ? null : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(members));
    }

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
