package org.ejournal.testkit.school;

import java.time.Instant;
import java.util.Objects;
import org.ejournal.core.Actor;
import org.ejournal.core.command.Command;

/**
 * One command of a generated school as its sender sends it: when (the journal's clock at that
 * moment), by whom, what. Immutable and thread-safe.
 *
 * @param at the instant, not {@code null}
 * @param actor the authenticated person (or system) sending it, not {@code null}
 * @param command the command, not {@code null}
 */
public record Step(Instant at, Actor actor, Command command) {

    /** Checks that nothing is missing. */
    public Step {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }

    /** @return the instant, the actor and the command's name, e.g. {@code 2026-09-01T21:15:00Z staff:t-03 RecordLesson} */
    @Override
    public String toString() {
        return at + " " + actor.describe() + " " + command.commandName();
    }
}
