package org.ejournal.core.command;

import jakarta.validation.constraints.NotNull;
import org.ejournal.core.model.*;

/**
 * Links a guardian to a pupil: from then on the guardian sees this pupil's data (POL-3.6, POL-8.2).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param guardian the guardian
 * @param student the pupil
 * @param kinship how they are related
 */
public record LinkGuardian(
        @NotNull GuardianId guardian,
        @NotNull StudentId student,
        @NotNull Kinship kinship) implements Command {

    @Override
    public String clause() {
        return "POL-4.5";
    }
}
