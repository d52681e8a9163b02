package org.ejournal.core.model;

import java.util.Objects;

/**
 * A class (класс) of one school year, such as 5А. Immutable and thread-safe.
 *
 * @param id the identifier
 * @param year the school year
 * @param grade the grade (параллель), 1 to 11
 * @param letter the letter, e.g. «А»
 */
public record SchoolClass(ClassId id, SchoolYearId year, int grade, String letter) {

    /** Checks that nothing is missing. */
    public SchoolClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(letter, "letter");
    }

    /** @return the class's name, e.g. «5А» */
    public String name() {
        return grade + letter;
    }
}
