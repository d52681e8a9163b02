package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Registers a pupil's personal data (POL-4.6). The pupil joins a class by a {@link RecordMovement} of kind enrolment.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the pupil's identifier
 * @param name the name
 * @param birthDate the birth date, or {@code null} if not given
 */
public record RegisterStudent(
        @NotNull StudentId id,
        @NotNull @Valid PersonName name,
        @Past LocalDate birthDate) implements Command {

    /** @return a redacted text: personal data never reaches a log */
    @Override
    public String toString() {
        return "RegisterStudent[id=" + id + ", ***]";
    }

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
