package org.ejournal.testkit.gen;

import java.util.Objects;
import org.ejournal.core.Actor;
import org.ejournal.core.command.Command;

/**
 * One attempt of a random history over a known school: who sends which command. Immutable.
 *
 * @param actor who sends it, not null
 * @param command what, not null
 */
public record Attempt(Actor actor, Command command) {

    /** @throws NullPointerException if either is null */
    public Attempt {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }

    @Override
    public String toString() {
        return actor.describe() + " → " + command;
    }
}
