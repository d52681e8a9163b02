package org.ejournal.core.rule;

import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.view.JournalView;

/**
 * A rule of the regulation as one named object carrying its clause. The same object answers in both
 * modes: in gate mode the journal asks it about a candidate event before recording it (a blocking
 * violation rejects the command, a warning is recorded with the event); in audit mode it is asked
 * about recorded or imported events, each with the state as it stood before that event.
 * The candidate carries its instant and actor, so a rule never reads a clock of its own.
 *
 * <p>The {@code rules} module supplies the regulation's catalogue; the journal works with no rules
 * at all. Implementations must be thread-safe and must use the view's indexes, never scan the year.
 */
public interface Rule {

    /** @return the rule's name and clause */
    RuleId id();

    /**
     * @param candidate the event to judge, not {@code null}
     * @param view the journal as it stands before the event, not {@code null}
     * @return the violations found, possibly none; never {@code null}
     */
    Stream<org.ejournal.core.Violation> check(JournalEvent candidate, JournalView view);

    /**
     * Which commands this rule judges. The journal asks a rule only about the commands it judges,
     * so a rule about marks costs nothing when a lesson is recorded. By default every command.
     *
     * @param command a command type, not {@code null}
     * @return whether {@link #check} can find anything about commands of that type
     */
    default boolean judges(Class<? extends org.ejournal.core.command.Command> command) {
        return true;
    }

    /**
     * The codes this rule's violations and notes carry, so that a tool can say which rule a code comes
     * from and what a rule can report (the test kit's conformance index reads them). By default none
     * declared: a host's rule need not say. The regulation's catalogue declares every code and never
     * reports one it has not declared.
     *
     * @return the codes, e.g. {@code EJ2201}; possibly empty, never {@code null}
     */
    default java.util.Set<String> codes() {
        return java.util.Set.of();
    }

    /**
     * What this rule finds missing or overdue as of an instant, when nothing was recorded at all:
     * a lesson whose day ended without a topic, a period whose marks were due, a guardian owed a
     * paper report (POL-1.5). Asked by an audit after the last event; by default nothing.
     *
     * @param asOf the instant to judge at, not {@code null}
     * @param view the journal as it stands, not {@code null}
     * @return the violations found, possibly none; never {@code null}
     */
    default Stream<org.ejournal.core.Violation> outstanding(java.time.Instant asOf, JournalView view) {
        return Stream.empty();
    }
}
