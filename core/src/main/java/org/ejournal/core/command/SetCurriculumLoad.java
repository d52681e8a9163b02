package org.ejournal.core.command;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.ejournal.core.model.*;

/**
 * Sets the weekly hours of a subject in a class (учебный план), on which the accumulation of marks depends (POL-4.4c). A later setting replaces the earlier one.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param schoolClass the class
 * @param subject the subject
 * @param hoursPerWeek hours a week, 0.5 to 40
 */
public record SetCurriculumLoad(
        @NotNull ClassId schoolClass,
        @NotNull SubjectId subject,
        @NotNull @DecimalMin(value = "0.5", message = "must be at least {value}")
        @DecimalMax(value = "40", message = "must be at most {value}") BigDecimal hoursPerWeek) implements Command {

    /**
     * @param schoolClass the class
     * @param subject the subject
     * @param hoursPerWeek whole hours a week
     * @return the command
     */
    public static SetCurriculumLoad of(ClassId schoolClass, SubjectId subject, int hoursPerWeek) {
        return new SetCurriculumLoad(schoolClass, subject, BigDecimal.valueOf(hoursPerWeek));
    }

    @Override
    public String clause() {
        return "POL-4.4c";
    }
}
