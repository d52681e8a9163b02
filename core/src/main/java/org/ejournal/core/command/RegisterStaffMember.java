package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.ejournal.core.model.*;

/**
 * Registers a member of staff with their roles (the administrator enters staff, POL-4.6).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the new member's identifier
 * @param name the name
 * @param roles the roles, at least one
 */
public record RegisterStaffMember(
        @NotNull StaffId id,
        @NotNull @Valid PersonName name,
        @NotEmpty Set<@NotNull StaffRole> roles) implements Command {

    /** Copies the roles; a null element is left for Bean Validation to report. */
    public RegisterStaffMember {
        roles = roles == null ? null : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(roles));
    }

    /**
     * @param id the identifier
     * @param name the name
     * @param roles the roles
     * @return the command
     */
    public static RegisterStaffMember of(StaffId id, PersonName name, StaffRole... roles) {
        return new RegisterStaffMember(id, name, Set.of(roles));
    }

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
