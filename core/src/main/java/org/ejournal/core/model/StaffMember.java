package org.ejournal.core.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * A member of staff (сотрудник) with the roles they hold. The name never shows in
 * {@code toString}. Immutable and thread-safe.
 */
@Value.Immutable
public interface StaffMember {

    /** @return the identifier */
    StaffId id();

    /** @return the name (redacted in {@code toString}) */
    @Value.Redacted
    PersonName name();

    /** @return the roles, never empty */
    Set<StaffRole> roles();

    /**
     * @param role a role
     * @return whether the member holds it
     */
    default boolean holds(StaffRole role) {
        return roles().contains(role);
    }

    /** @return a builder */
    static ImmutableStaffMember.Builder builder() {
        return ImmutableStaffMember.builder();
    }
}
