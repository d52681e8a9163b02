package org.ejournal.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ejournal.core.model.*;

/**
 * Defines a subject and the grading scale of its marks (REC-6.4).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the subject's identifier
 * @param name the name, e.g. «Математика»
 * @param scale the grading scale of its current marks; one of the school's scales
 */
public record DefineSubject(
        @NotNull SubjectId id,
        @NotBlank @Size(max = 200) String name,
        @NotNull ScaleId scale) implements Command {

    /**
     * A subject marked on the five-point scale.
     *
     * @param id the identifier
     * @param name the name
     * @return the command
     */
    public static DefineSubject of(SubjectId id, String name) {
        return new DefineSubject(id, name, FivePoint.ID);
    }

    @Override
    public String clause() {
        return "REC-6.4";
    }
}
