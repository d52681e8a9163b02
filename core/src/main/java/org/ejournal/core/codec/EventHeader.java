package org.ejournal.core.codec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ejournal.core.Actor;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.model.Id;

/**
 * The part of an event that the audit log keeps for ever (DESIGN.md §6): its place in the log, the
 * instant, the accountable actor, the action (the command's name) and the identifiers it concerns.
 * It holds no personal data and no free text — names, contacts, birth dates, topics, reasons and
 * warnings live in the {@link EventPayload}, which retention may delete — so that a Merkle leaf,
 * which hashes the header's bytes and the payload's {@linkplain EventCodec#digest(byte[]) digest}, can
 * still be recomputed after the payload is gone ({@link EventCodec#leafData(EventHeader, org.ejournal.core.log.Hash)}).
 * A {@linkplain Actor.SystemActor system actor}'s name is a process's name, not a person's.
 *
 * <p>Obtain one from an event with {@link EventCodec#header(JournalEvent)}; encode it with
 * {@link EventCodec#encodeHeader(EventHeader)}. Immutable and thread-safe.
 *
 * @param sequence the event's position in the school's log, from 1
 * @param recordedAt when it was recorded, not {@code null}
 * @param actor who recorded it, not {@code null}
 * @param action the command's name, e.g. {@code RecordMark}, not blank
 * @param targets every identifier reachable in the command, in the order the command's canonical
 *     encoding meets them, each once; possibly empty, never {@code null}
 */
public record EventHeader(long sequence, Instant recordedAt, Actor actor, String action, List<Id> targets) {

    /**
     * Checks the parts and copies the targets.
     *
     * @param sequence the event's position in the school's log, from 1
     * @param recordedAt when it was recorded, not {@code null}
     * @param actor who recorded it, not {@code null}
     * @param action the command's name, not blank
     * @param targets the identifiers it concerns, each once, not {@code null}
     * @throws NullPointerException if a part or a target is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1904}) if the sequence is below 1, the action
     *     is blank or a target is repeated
     */
    public EventHeader {
        if (sequence < 1) {
            throw new IllegalArgumentException(EventCodec.UNENCODABLE + " an event's sequence starts at 1, got "
                    + sequence);
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        if (action.isBlank()) {
            throw new IllegalArgumentException(EventCodec.UNENCODABLE + " an event's action must not be blank");
        }
        targets = List.copyOf(targets);
        if (Targets.repeats(targets)) {
            throw new IllegalArgumentException(EventCodec.UNENCODABLE + " an event's targets must not repeat");
        }
    }
}
