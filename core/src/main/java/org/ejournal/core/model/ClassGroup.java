package org.ejournal.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * A group (подгруппа) of pupils of one class, taught apart in some subjects (languages, computing,
 * labour). Immutable and thread-safe.
 *
 * @param id the identifier
 * @param schoolClass the class it belongs to
 * @param name its name, e.g. «1 группа (англ.)»
 * @param members its pupils
 */
public record ClassGroup(GroupId id, ClassId schoolClass, String name, Set<StudentId> members) {

    /** Copies the members. */
    public ClassGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolClass, "schoolClass");
        Objects.requireNonNull(name, "name");
        members = Set.copyOf(members);
    }
}
