package org.ejournal.testkit.conformance;

import java.time.Instant;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.command.Command;
import org.ejournal.core.model.School;
import org.ejournal.core.view.Query;
import org.ejournal.rules.Profile;

/**
 * The adapter through which the conformance runner drives a system: this library
 * ({@link EjournalAdapter}) or another implementation of the electronic journal. A vendor implements
 * these four methods over their own system — translating the library's commands, actors and queries
 * into their API and their answers into {@link Verdict}s — and hands the adapter to
 * {@link ConformanceRunner}.
 *
 * <p>The runner calls {@link #start} once per scenario, then the steps in order, from one thread. The
 * instants never go back within a scenario; the system's clock should stand at the instant given, as
 * deadlines are judged by when an entry is recorded, in the school's zone. An exception thrown by a
 * method is reported as that step's mismatch and the scenario goes on.
 */
public interface SystemUnderTest {

    /**
     * Starts a fresh, empty journal of the school under the profile, forgetting any earlier one. The
     * runner then sends the starting school's set-up commands through {@link #execute}.
     *
     * @param school the school: identifier, name and time zone (default grading scales and attendance
     *     codes)
     * @param profile the school's profile (the local act): deadlines, severities, accumulation…
     */
    void start(School school, Profile profile);

    /**
     * Sends a command on behalf of an actor at an instant.
     *
     * @param at when the command is recorded
     * @param actor who sends it
     * @param command the command
     * @return accepted, warned or rejected, with the codes and clauses of the violations (notes too)
     */
    Verdict execute(Instant at, Actor actor, Command command);

    /**
     * Reads on behalf of an actor at an instant: a class journal page, a pupil's diary, an entry's
     * history or a class's edit listing ({@link Query}'s members).
     *
     * @param at when
     * @param actor who reads
     * @param query what they ask for
     * @return granted, or refused with the codes and clauses of the refusal
     */
    Verdict read(Instant at, Actor actor, Query query);

    /**
     * Asks the rules what is outstanding at an instant (audit mode): lessons whose day ended without a
     * topic, period marks missing past their deadline, too few marks in a period that ended, paper
     * reports overdue.
     *
     * @param at as of when
     * @param rules the names of the catalogue's rules to ask ({@link RuleIndex}); empty for every rule
     * @return clean, or found with the codes and clauses of what is outstanding
     */
    Verdict outstanding(Instant at, Set<String> rules);
}
