package org.ejournal.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One line of a calendar-thematic plan (КТП): its number, the topic and the hours given to it.
 * Immutable and thread-safe.
 *
 * @param number the line's number, 1 to 500
 * @param title the topic, not blank, at most 500 characters
 * @param hours the hours, 0.5 to 100
 */
public record PlannedTopic(
        @Min(1) @Max(500) int number,
        @NotBlank @Size(max = 500) String title,
        @NotNull @DecimalMin(value = "0.5", message = "must be at least {value}") @DecimalMax(value = "100", message = "must be at most {value}") BigDecimal hours) {

    /**
     * Obtains a planned topic.
     *
     * @param number the number
     * @param title the topic
     * @param hours the hours
     * @return the topic
     */
    public static PlannedTopic of(int number, String title, BigDecimal hours) {
        return new PlannedTopic(number, title, hours);
    }
}
