package org.ejournal.testkit.gen;

import java.util.Objects;
import org.ejournal.core.command.Command;

/**
 * A command with one Bean Validation constraint broken, and which: the journal must reject it with a
 * violation {@code EJ1100} that concerns {@code Command.field} and change nothing. Some constraints
 * cannot be broken alone: a grade range's {@code from} above 11 is also above its {@code to}, so the
 * range's cross-field check {@code ordered} fails too. Immutable.
 *
 * @param command the command, not null
 * @param field the path of the broken value as the library renders it ({@code order.number},
 *     {@code topics[0].title}; a cross-field check by its property name, {@code ordered}); not null
 * @param constraint the simple name of the broken constraint ({@code NotNull}, {@code Size},
 *     {@code AssertTrue}); not null
 */
public record InvalidCommand(Command command, String field, String constraint) {

    /** @throws NullPointerException if any part is null */
    public InvalidCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** @return {@code Command.field @Constraint}, what a test reports */
    public String breaks() {
        return command.getClass().getSimpleName() + "." + field + " @" + constraint;
    }

    @Override
    public String toString() {
        return breaks() + ": " + command;
    }
}
