package org.ejournal.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A reference to the director's order (приказ) that a movement or a deadline rests on: its number
 * and its date. Immutable and thread-safe.
 *
 * @param number the order's number, e.g. «123-у», not blank, at most 40 characters
 * @param date the order's date, not {@code null}
 */
public record OrderRef(@NotBlank @Size(max = 40) String number, @NotNull LocalDate date) {

    /**
     * Obtains an order reference.
     *
     * @param number the number
     * @param date the date
     * @return the reference
     */
    public static OrderRef of(String number, LocalDate date) {
        return new OrderRef(number, date);
    }

    @Override
    public String toString() {
        return "№ " + number + " от " + date;
    }
}
