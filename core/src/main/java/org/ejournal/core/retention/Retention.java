package org.ejournal.core.retention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.ejournal.core.Journal;
import org.ejournal.core.store.JournalStore;

/**
 * Retention of a school's journal (REC-7.2, POL-7.1: journals 5 years; REC-7.3, POL-7.2: summary
 * sheets 25 years; both counted from the end of the school year they cover): works out, for a given
 * day, which entries of the audit log have passed their term, so that {@code Journal.purge} deletes
 * exactly their payloads — the personal data and free text — and keeps their tombstones (header,
 * payload digest, leaf), so that the log still verifies with the same Merkle root (DESIGN.md §6,
 * REG-8).
 *
 * <pre>{@code
 * Retention retention = Retention.of(Regulation.retention(profile))      // or RetentionPolicy.defaults()
 *         .withHolds(List.of(LegalHold.ofYear(year, "запрос суда № 2-123/2031", clerk, today)));
 * RetentionPlan plan = retention.plan(journal, store, today);             // lists, purges nothing
 * plan.groups().forEach(g -> System.out.println(g.year() + " " + g.kind() + ": " + g.entries().size()));
 * LogReport after = journal.purge(plan);                                  // intact, same root
 * }</pre>
 *
 * <p>Every entry is classified from its header (the action and the identifiers it names) and the
 * journal's state, as the package documentation tables; an entry that names something keeps the entry
 * that created it at least as long as itself, so nothing a kept entry needs is ever purged. Immutable
 * and thread-safe.
 */
public final class Retention {

    /** The code of a plan asked for a day before the school's first school year. */
    public static final String DATE_BEFORE_THE_SCHOOL = "EJ1920";
    /** The code of a legal hold that is invalid or names what the journal does not know. */
    public static final String INVALID_HOLD = "EJ1921";
    /** The code of a plan given to another school's journal. */
    public static final String OTHER_SCHOOL = "EJ1922";
    /** The code of a plan made for a log that has changed since. */
    public static final String STALE_PLAN = "EJ1923";
    /** The code of a store that does not hold the journal's log. */
    public static final String NOT_THE_JOURNALS_STORE = "EJ1924";
    /** The code of a purge that would leave a log that does not replay. */
    public static final String WOULD_NOT_REPLAY = "EJ1925";

    private static final Retention DEFAULTS = new Retention(RetentionPolicy.defaults(), List.of());

    private final RetentionPolicy policy;
    private final List<LegalHold> holds;

    private Retention(RetentionPolicy policy, List<LegalHold> holds) {
        this.policy = policy;
        this.holds = holds;
    }

    /** @return retention by the regulation's defaults, with no legal hold */
    public static Retention defaults() {
        return DEFAULTS;
    }

    /**
     * @param policy the terms, not {@code null}
     * @return retention by those terms, with no legal hold
     */
    public static Retention of(RetentionPolicy policy) {
        return new Retention(Objects.requireNonNull(policy, "policy"), List.of());
    }

    /**
     * @param holds the legal holds in force, not {@code null}, no {@code null} element; they replace
     *     any given before
     * @return a copy with those holds
     */
    public Retention withHolds(Collection<LegalHold> holds) {
        List<LegalHold> copy = List.copyOf(Objects.requireNonNull(holds, "holds"));
        return new Retention(policy, copy);
    }

    /** @return the terms */
    public RetentionPolicy policy() {
        return policy;
    }

    /** @return the legal holds in force */
    public List<LegalHold> holds() {
        return holds;
    }

    /**
     * Works out what is due on a day in a journal's log. Reads the log once, under the journal's read
     * lock; changes nothing.
     *
     * @param journal the journal, not {@code null}
     * @param store the store the journal was built with, not {@code null}
     * @param date the day, in the school's zone, not {@code null}
     * @return the plan; the same inputs always give an equal plan
     * @throws RetentionException (code {@value #DATE_BEFORE_THE_SCHOOL}) if the day is before the first
     *     day of the school's first school year, (code {@value #INVALID_HOLD}) if a hold names a school
     *     year, pupil or staff member the journal does not know, (code {@value #NOT_THE_JOURNALS_STORE})
     *     if the store does not hold the journal's log as the journal knows it
     * @throws org.ejournal.core.store.StoreException (code {@code EJ1901}) if the store failed
     */
    public RetentionPlan plan(Journal journal, JournalStore store, LocalDate date) {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(date, "date");
        return journal.inspect(view -> new Planner(policy, holds, view, store, date, journal::root).plan());
    }

    @Override
    public String toString() {
        return "Retention[" + policy + ", " + holds.size() + " holds]";
    }
}
