package org.ejournal.core.model;

/**
 * Identifies a member of staff (сотрудник) within one school's journal.
 *
 * <p>The value is chosen by the host (a database key, a GUID, a code from the school's register):
 * 1 to 64 characters, none of them white space or control characters. Immutable and thread-safe.
 *
 * @param value the identifier's text, never {@code null}
 */
public record StaffId(String value) implements Id {

    /**
     * Checks the text of the identifier.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1000}) if the text is empty, longer than 64
     *     characters or contains white space or control characters
     */
    public StaffId {
        Id.check(value, "StaffId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier's text, not {@code null}
     * @return the identifier
     * @throws IllegalArgumentException (code {@code EJ1000}) if the text is not a valid identifier
     */
    public static StaffId of(String value) {
        return new StaffId(value);
    }

    /** Compares the text only: ids are looked up on every entry, so this is kept direct. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StaffId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
