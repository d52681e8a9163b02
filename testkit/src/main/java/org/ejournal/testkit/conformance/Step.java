package org.ejournal.testkit.conformance;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.command.Command;
import org.ejournal.core.view.Query;

/**
 * One step of a scenario, at an instant: a command sent by an actor, a read by an actor, or asking the
 * rules what is outstanding. Each carries the verdict it expects and whether it is a <em>probe</em> —
 * a step whose file states its expectation, as opposed to a step that only sets the scene and must be
 * accepted with no violation at all. Immutable and thread-safe.
 */
public sealed interface Step {

    /** @return the step's number in its list, from 1 */
    int number();

    /** @return what the step shows, in the author's words; empty if the file gives none */
    String note();

    /** @return when it happens */
    Instant at();

    /** @return the verdict expected */
    Verdict expected();

    /** @return whether the file states the expectation (a probe of a rule) rather than setting the scene */
    boolean probe();

    /** @return a short text for reports, e.g. {@code RecordMark by staff:t-math} */
    String describe();

    /**
     * A command sent on behalf of an actor.
     *
     * @param number the step's number, from 1
     * @param note what the step shows
     * @param at when
     * @param actor who acts
     * @param command what they send
     * @param expected the verdict expected
     * @param probe whether the file states the expectation
     */
    record Execute(int number, String note, Instant at, Actor actor, Command command, Verdict expected,
            boolean probe) implements Step {

        /** @throws NullPointerException if an argument is {@code null} */
        public Execute {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(expected, "expected");
        }

        @Override
        public String describe() {
            return command.commandName() + " by " + actor.describe();
        }
    }

    /**
     * A read on behalf of an actor: a class journal page, a diary, an entry's history or the edit listing.
     *
     * @param number the step's number, from 1
     * @param note what the step shows
     * @param at when
     * @param actor who reads
     * @param query what they ask for
     * @param expected the verdict expected
     * @param probe whether the file states the expectation
     */
    record Read(int number, String note, Instant at, Actor actor, Query query, Verdict expected, boolean probe)
            implements Step {

        /** @throws NullPointerException if an argument is {@code null} */
        public Read {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(expected, "expected");
        }

        @Override
        public String describe() {
            return query.getClass().getSimpleName() + " read by " + actor.describe();
        }
    }

    /**
     * Asking the rules what is outstanding at the instant (audit mode): lessons without a topic, missing
     * period marks, too few marks, overdue paper reports.
     *
     * @param number the step's number, from 1
     * @param note what the step shows
     * @param at as of when
     * @param rules the names of the rules asked; empty for every rule of the catalogue
     * @param expected the verdict expected
     * @param probe whether the file states the expectation
     */
    record Outstanding(int number, String note, Instant at, Set<String> rules, Verdict expected, boolean probe)
            implements Step {

        /** @throws NullPointerException if an argument is {@code null} */
        public Outstanding {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(at, "at");
            rules = Set.copyOf(rules);
            Objects.requireNonNull(expected, "expected");
        }

        @Override
        public String describe() {
            return "outstanding " + (rules.isEmpty() ? "(every rule)" : new java.util.TreeSet<>(rules).toString());
        }
    }
}
