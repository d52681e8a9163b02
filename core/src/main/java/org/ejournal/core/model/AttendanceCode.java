package org.ejournal.core.model;

import java.util.Objects;

/**
 * A code the journal writes in a lesson's cell for a pupil who was not there, or late, such as «н»;
 * the school chooses the letters, the {@link AbsenceKind} says what each means. Immutable and
 * thread-safe.
 *
 * @param code the letters written in the journal, 1 to 4 characters
 * @param kind what the code means
 * @param nameRu the Russian description
 * @param nameEn the English description
 */
public record AttendanceCode(String code, AbsenceKind kind, String nameRu, String nameEn) {

    /**
     * Checks the code.
     *
     * @throws NullPointerException if any part is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1001}) if the code is blank or longer than 4
     */
    public AttendanceCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameRu, "nameRu");
        Objects.requireNonNull(nameEn, "nameEn");
        if (code.isBlank() || code.length() > 4) {
            throw new IllegalArgumentException("EJ1001 attendance code must have 1 to 4 characters");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
