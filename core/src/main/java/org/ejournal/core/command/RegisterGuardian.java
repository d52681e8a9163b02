package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.ejournal.core.model.*;

/**
 * Registers a guardian (законный представитель) with their contact; a guardian who declined electronic access must be reachable on paper, for the weekly report (POL-4.5, POL-8.3).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the guardian's identifier
 * @param name the name
 * @param contact the contact, {@link Contact#NONE} if none
 * @param electronicAccess whether the guardian uses the electronic diary
 */
public record RegisterGuardian(
        @NotNull GuardianId id,
        @NotNull @Valid PersonName name,
        @NotNull @Valid Contact contact,
        boolean electronicAccess) implements Command {

    /** @return whether a guardian without electronic access can get paper reports (a Bean Validation property) */
    @AssertTrue(message = "a guardian who declined electronic access needs a phone or a postal address for the weekly paper report")
    public boolean isReachable() {
        return electronicAccess || contact == null || contact.isReachableOnPaper();
    }

    @Override
    public String clause() {
        return "POL-4.5";
    }
}
