package org.ejournal.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ejournal.core.command.Command;

/**
 * One recorded fact of the journal's log: an accepted command with its place in the log, the instant
 * it was recorded, the accountable actor (POL-6.6) and the warnings it was accepted with. Because
 * commands carry all their identifiers, replaying the events rebuilds the same journal. In gate mode
 * the rules see the candidate event before it is recorded; in audit mode they see recorded ones.
 * Immutable and thread-safe.
 *
 * @param sequence the position in the school's log, from 1
 * @param recordedAt when it was recorded
 * @param actor who recorded it
 * @param command what was recorded
 * @param warnings the warnings it was accepted with, possibly empty
 */
public record JournalEvent(long sequence, Instant recordedAt, Actor actor, Command command, List<Violation> warnings) {

    /** Checks that nothing is missing and copies the warnings. */
    public JournalEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("EJ1902 an event's sequence starts at 1, got " + sequence);
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        warnings = List.copyOf(warnings);
    }

    /**
     * @param more warnings to add
     * @return a copy with these warnings too
     */
    public JournalEvent withWarnings(List<Violation> more) {
        if (more.isEmpty()) {
            return this;
        }
        java.util.ArrayList<Violation> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new JournalEvent(sequence, recordedAt, actor, command, all);
    }
}
