package org.ejournal.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person's name in the Russian form: surname, given name and patronymic (which some people do not
 * have). Personal data (152-ФЗ): {@link #toString()} never shows it. Immutable and thread-safe.
 *
 * @param surname фамилия, not blank, at most 100 characters
 * @param givenName имя, not blank, at most 100 characters
 * @param patronymic отчество, may be {@code null} or empty, at most 100 characters
 */
public record PersonName(
        @NotBlank @Size(max = 100) String surname,
        @NotBlank @Size(max = 100) String givenName,
        @Size(max = 100) String patronymic) {

    /**
     * Obtains a name.
     *
     * @param surname the surname
     * @param givenName the given name
     * @param patronymic the patronymic, or {@code null}
     * @return the name; blank or too long parts are reported when a command carrying it is validated
     */
    public static PersonName of(String surname, String givenName, String patronymic) {
        return new PersonName(surname, givenName, patronymic);
    }

    /** @return the full name, e.g. «Иванова Мария Петровна» */
    public String fullName() {
        return patronymic == null || patronymic.isBlank()
                ? surname + " " + givenName
                : surname + " " + givenName + " " + patronymic;
    }

    /** @return the name as the journal prints it, e.g. «Иванова М. П.» */
    public String shortName() {
        StringBuilder b = new StringBuilder(surname).append(' ').append(givenName.charAt(0)).append('.');
        if (patronymic != null && !patronymic.isBlank()) {
            b.append(' ').append(patronymic.charAt(0)).append('.');
        }
        return b.toString();
    }

    /** @return a redacted text: personal data never reaches a log through {@code toString} */
    @Override
    public String toString() {
        return "PersonName[***]";
    }
}
