package org.ejournal.core.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.ejournal.core.model.*;

/**
 * Creates a class of a school year, such as 5А (POL-4.6).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the class's identifier
 * @param year the school year
 * @param grade the grade, 1 to 11
 * @param letter the letter, e.g. «А»: Cyrillic capitals, digits or a hyphen, 1 to 3 characters
 */
public record CreateClass(
        @NotNull ClassId id,
        @NotNull SchoolYearId year,
        @Min(1) @Max(11) int grade,
        @NotBlank @Pattern(regexp = "[А-ЯЁ0-9-]{1,3}") String letter) implements Command {

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
