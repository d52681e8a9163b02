package org.ejournal.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * School holidays (каникулы): an inclusive range of days off for some grades, for example the extra
 * February week of the first grade. Immutable and thread-safe.
 *
 * @param name the name, e.g. «осенние каникулы»
 * @param first the first day off
 * @param last the last day off, not before {@code first}
 * @param grades the grades it applies to
 */
public record Vacation(
        @NotBlank @Size(max = 100) String name,
        @NotNull LocalDate first,
        @NotNull LocalDate last,
        @NotNull @Valid GradeRange grades) {

    /**
     * Obtains a vacation for the given grades.
     *
     * @param name the name
     * @param first the first day off
     * @param last the last day off
     * @param grades the grades
     * @return the vacation
     */
    public static Vacation of(String name, LocalDate first, LocalDate last, GradeRange grades) {
        return new Vacation(name, first, last, grades);
    }

    /**
     * @param date a day
     * @param grade a grade
     * @return whether pupils of that grade are on holiday that day
     */
    public boolean covers(LocalDate date, int grade) {
        return grades.contains(grade) && !date.isBefore(first) && !date.isAfter(last);
    }

    /** @return whether the range is ordered (a Bean Validation property) */
    @AssertTrue(message = "last must not be before first")
    public boolean isOrdered() {
        return first == null || last == null || !last.isBefore(first);
    }
}
