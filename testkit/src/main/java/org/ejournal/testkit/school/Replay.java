package org.ejournal.testkit.school;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.ejournal.core.Actor;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.command.Command;
import org.ejournal.core.store.JournalStore;
import org.ejournal.rules.Regulation;

/**
 * A generated school's steps sent to a journal: the journal, its store and clock, and the outcome of
 * each step, in the order of the steps. A test may go on writing with {@link #execute} or
 * {@link #executeAt}. Not thread-safe while it is written to; the journal itself is thread-safe.
 *
 * <pre>{@code
 * Replay replay = SchoolGenerator.generate(knobs).replay();
 * replay.rejectedSteps();                               // indexes of the steps the journal refused
 * replay.outcome(17).violations();                      // what the journal said about step 17
 * replay.audit().findings();                            // the regulation in audit mode, as of the end
 * }</pre>
 */
public final class Replay {

    private final GeneratedSchool school;
    private final Journal journal;
    private final JournalStore store;
    private final SteppingClock clock;
    private final List<Outcome> outcomes;

    private Replay(GeneratedSchool school, Journal journal, JournalStore store, SteppingClock clock,
            List<Outcome> outcomes) {
        this.school = school;
        this.journal = journal;
        this.store = store;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    static Replay of(GeneratedSchool school, List<Step> steps, Journal.Builder builder, JournalStore store) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(store, "store");
        Instant start = steps.isEmpty() ? school.firstDay().atStartOfDay(school.school().zone()).toInstant()
                : steps.get(0).at();
        SteppingClock clock = new SteppingClock(start, school.school().zone());
        Journal journal = builder.school(school.school()).store(store).clock(clock).build();
        List<Outcome> outcomes = new ArrayList<>(steps.size());
        for (Step step : steps) {
            clock.set(step.at());
            outcomes.add(journal.execute(step.actor(), step.command()));
        }
        return new Replay(school, journal, store, clock, outcomes);
    }

    /** @return the school replayed */
    public GeneratedSchool school() {
        return school;
    }

    /** @return the journal the steps were sent to */
    public Journal journal() {
        return journal;
    }

    /** @return its store */
    public JournalStore store() {
        return store;
    }

    /** @return its clock, at the last step's instant (or wherever a test moved it since) */
    public SteppingClock clock() {
        return clock;
    }

    /** @return the outcome of each step replayed, then of each command executed since, in order */
    public List<Outcome> outcomes() {
        return Collections.unmodifiableList(outcomes);
    }

    /**
     * @param step an index into the steps replayed
     * @return what became of it
     * @throws IndexOutOfBoundsException if there is no such step
     */
    public Outcome outcome(int step) {
        return outcomes.get(step);
    }

    /** @return the indexes of the steps the journal rejected, in order */
    public List<Integer> rejectedSteps() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (!outcomes.get(i).isAccepted()) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * @param step an index into the steps replayed
     * @return the position in the journal's log of the event the step recorded, empty if it was rejected
     * @throws IndexOutOfBoundsException if there is no such step
     */
    public OptionalLong sequenceOf(int step) {
        return outcomes.get(step) instanceof Outcome.Accepted a
                ? OptionalLong.of(a.events().get(0).sequence()) : OptionalLong.empty();
    }

    /**
     * Sends one more command at the clock's present instant.
     *
     * @param actor the actor, not {@code null}
     * @param command the command, not {@code null}
     * @return the outcome, also added to {@link #outcomes()}
     */
    public Outcome execute(Actor actor, Command command) {
        Outcome outcome = journal.execute(actor, command);
        outcomes.add(outcome);
        return outcome;
    }

    /**
     * Sends more commands, one after another, at the clock's present instant.
     *
     * @param actor the actor of every command, not {@code null}
     * @param commands the commands, not {@code null}
     * @return their outcomes, in order, also added to {@link #outcomes()}
     */
    public List<Outcome> executeAll(Actor actor, List<? extends Command> commands) {
        List<Outcome> out = new ArrayList<>(commands.size());
        for (Command c : commands) {
            out.add(execute(actor, c));
        }
        return out;
    }

    /**
     * Moves the clock to an instant and sends one more command.
     *
     * @param at the instant, not {@code null}
     * @param actor the actor, not {@code null}
     * @param command the command, not {@code null}
     * @return the outcome, also added to {@link #outcomes()}
     */
    public Outcome executeAt(Instant at, Actor actor, Command command) {
        clock.set(at);
        return execute(actor, command);
    }

    /**
     * The regulation in audit mode ({@link Regulation#audit}, with the knobs' profile) over everything
     * the journal recorded, with what is outstanding as of the end of the generated weeks.
     *
     * @return every finding
     */
    public AuditReport audit() {
        return audit(school.end());
    }

    /**
     * @param asOf when to judge what is outstanding, not {@code null}
     * @return the regulation's audit of everything recorded
     */
    public AuditReport audit(Instant asOf) {
        return Regulation.audit(school.school(), school.knobs().profile(), store.events(school.school().id()),
                Objects.requireNonNull(asOf, "asOf"));
    }
}
