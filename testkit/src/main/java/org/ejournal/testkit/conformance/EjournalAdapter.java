package org.ejournal.testkit.conformance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.Answer;
import org.ejournal.core.Journal;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.model.School;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.view.Query;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.testkit.school.SteppingClock;

/**
 * The library itself as a system under test: a {@link Journal} with the regulation's catalogue and
 * access policy for the profile ({@link Regulation#journal}), an in-memory store, and a clock that
 * stands at each step's instant. What is outstanding is what the catalogue's rules find in the
 * journal's view ({@link Rule#outstanding}). Not thread-safe: the runner drives it from one thread.
 */
public final class EjournalAdapter implements SystemUnderTest {

    private Journal journal;
    private SteppingClock clock;
    private List<Rule> rules;

    private EjournalAdapter() {
    }

    /** @return an adapter with no journal yet: {@link #start} makes one */
    public static EjournalAdapter create() {
        return new EjournalAdapter();
    }

    /**
     * @throws NullPointerException if an argument is {@code null}
     */
    @Override
    public void start(School school, Profile profile) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(profile, "profile");
        clock = new SteppingClock(Instant.EPOCH, school.zone());
        rules = Regulation.rules(profile);
        journal = Regulation.journal(school, profile).store(InMemoryStore.create()).clock(clock).build();
    }

    /**
     * @throws IllegalStateException if {@link #start} was not called
     */
    @Override
    public Verdict execute(Instant at, Actor actor, Command command) {
        started().set(at);
        return Verdict.of(journal.execute(actor, command));
    }

    /**
     * @throws IllegalStateException if {@link #start} was not called
     */
    @Override
    public Verdict read(Instant at, Actor actor, Query query) {
        started().set(at);
        return answer(journal, actor, query);
    }

    /**
     * Asks a journal one of the scenarios' queries, for adapters of systems built on the library.
     *
     * @param journal the journal, not {@code null}
     * @param actor who reads, not {@code null}
     * @param query what is read, not {@code null}
     * @return the verdict of the answer: granted, or refused with its codes and clauses
     */
    public static Verdict answer(Journal journal, Actor actor, Query query) {
        Answer<?> answer;
        if (query instanceof Query.PageQuery p) {
            answer = journal.page(actor, p.schoolClass(), p.subject(), p.period());
        } else if (query instanceof Query.DiaryQuery d) {
            answer = journal.diary(actor, d.student(), d.first(), d.last());
        } else if (query instanceof Query.HistoryQuery h) {
            answer = journal.history(actor, h.entry());
        } else {
            Query.EditsQuery e = (Query.EditsQuery) query;
            answer = e.subject().isPresent() ? journal.edits(actor, e.schoolClass(), e.subject().get(), e.from(), e.to())
                    : journal.edits(actor, e.schoolClass(), e.from(), e.to());
        }
        return Verdict.of(answer);
    }

    /**
     * @throws IllegalStateException if {@link #start} was not called
     */
    @Override
    public Verdict outstanding(Instant at, Set<String> names) {
        started().set(at);
        List<Violation> found = journal.inspect(view -> rules.stream()
                .filter(r -> names.isEmpty() || names.contains(r.id().name()))
                .flatMap(r -> r.outstanding(at, view))
                .toList());
        return Verdict.outstanding(found);
    }

    private SteppingClock started() {
        if (journal == null) {
            throw new IllegalStateException("the adapter has no journal: call start first");
        }
        return clock;
    }

    @Override
    public String toString() {
        return "ejournal";
    }
}
