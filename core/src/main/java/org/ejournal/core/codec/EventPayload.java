package org.ejournal.core.codec;

import java.util.List;
import java.util.Objects;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;

/**
 * The part of an event that may hold personal data and free text, stored beside the audit log so
 * that retention can delete it (DESIGN.md §6): the whole command and the warnings it was accepted
 * with. The log keeps only its {@linkplain EventCodec#digest(byte[]) digest}, salted ({@link EventCodec#sealPayload}). Together with the
 * {@link EventHeader} it gives back the event. Immutable and thread-safe.
 *
 * @param command what was recorded, not {@code null}
 * @param warnings the warnings it was accepted with, possibly empty, never {@code null}
 */
public record EventPayload(Command command, List<Violation> warnings) {

    /**
     * Checks the parts and copies the warnings.
     *
     * @param command what was recorded, not {@code null}
     * @param warnings the warnings it was accepted with, not {@code null}
     * @throws NullPointerException if the command, the warnings or a warning is {@code null}
     */
    public EventPayload {
        Objects.requireNonNull(command, "command");
        warnings = List.copyOf(warnings);
    }

    /**
     * @param event the event, not {@code null}
     * @return its payload
     */
    public static EventPayload of(JournalEvent event) {
        return new EventPayload(event.command(), event.warnings());
    }
}
