package org.ejournal.core.retention;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogEntry;

/**
 * What retention found due in a school's log on a given day ({@link Retention#plan}): exactly the
 * entries whose payloads may be purged, grouped by school year and kind of record, each with the day
 * it became due and the clause; the entries that would be due but are kept by a {@link LegalHold},
 * with the holds; and the entries it could not classify, which are kept. It also records the state
 * of the log it was made from ({@link #log()}), so that {@code Journal.purge} refuses it once the log
 * has changed.
 *
 * <p>The same journal, policy, holds and day always give an equal plan. A plan only lists: nothing
 * is purged until it is given to {@code Journal.purge}. Immutable and thread-safe.
 */
public final class RetentionPlan {

    /**
     * One entry of the log in a plan.
     *
     * @param sequence its position in the log, from 1
     * @param action the command's name from its header, e.g. {@code RecordMark}
     * @param kind what it is part of
     * @param year the school year whose term decides it: its own year, or, for personal data, the year
     *     of the last record that needs it
     * @param dueSince the first day it is (or, if held, would be) due
     */
    public record Entry(long sequence, String action, RecordKind kind, SchoolYearId year, LocalDate dueSince) {
        /** Checks the parts. */
        public Entry {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(dueSince, "dueSince");
        }
    }

    /**
     * The due entries of one school year and kind.
     *
     * @param year the school year
     * @param kind the kind of record
     * @param dueSince the day the last of them became due
     * @param clause the clause of the term, e.g. {@code REC-7.2}
     * @param reasonRu why they are due, in Russian
     * @param reasonEn why they are due, in English
     * @param entries the entries, in sequence order, not empty
     */
    public record Group(SchoolYearId year, RecordKind kind, LocalDate dueSince, String clause, String reasonRu,
            String reasonEn, List<Entry> entries) {
        /** Checks the parts and copies the entries. */
        public Group {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(dueSince, "dueSince");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(reasonRu, "reasonRu");
            Objects.requireNonNull(reasonEn, "reasonEn");
            entries = List.copyOf(entries);
        }
    }

    /**
     * An entry whose term has passed but which a legal hold keeps, directly or because a held entry
     * needs it.
     *
     * @param entry the entry
     * @param holds the holds that keep it, not empty
     */
    public record Held(Entry entry, List<LegalHold> holds) {
        /** Checks the parts and copies the holds. */
        public Held {
            Objects.requireNonNull(entry, "entry");
            holds = List.copyOf(holds);
        }
    }

    /**
     * An entry retention could not classify, and so keeps: an action it does not know (a command added
     * after this version) or one whose school year the journal cannot tell.
     *
     * @param sequence its position in the log
     * @param action the command's name from its header
     * @param reason why it could not be classified
     */
    public record Unclassified(long sequence, String action, String reason) {
        /** Checks the parts. */
        public Unclassified {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The state of a school's stored log that a plan was made from: its size, its Merkle root, how
     * many entries are tombstones and a digest of which. A purge changes the tombstones and so the
     * fingerprint; an append changes the size and root.
     *
     * @param size how many entries the log holds
     * @param root the root of its Merkle tree, from the store's frontier
     * @param tombstones how many entries have had their payload purged
     * @param tombstoneDigest SHA-256 of the tombstones' sequences, each as 8 bytes big-endian, in order
     */
    public record LogFingerprint(long size, Hash root, long tombstones, Hash tombstoneDigest) {

        /** Checks the parts. */
        public LogFingerprint {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(tombstoneDigest, "tombstoneDigest");
        }

        /**
         * Reads a school's stored log as it is now.
         *
         * @param store the store, not {@code null}
         * @param school the school, not {@code null}
         * @return its fingerprint
         * @throws org.ejournal.core.store.StoreException (code {@code EJ1901}) if the store failed
         */
        public static LogFingerprint of(JournalStore store, SchoolId school) {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(school, "school");
            Counter counter = new Counter();
            try (Stream<LogEntry> entries = store.entries(school)) {
                entries.forEach(counter::add);
            }
            return counter.fingerprint(store.frontier(school).root());
        }

        /** Counts entries and digests the tombstones' sequences as they are met. */
        static final class Counter {
            private final MessageDigest sha256;
            private final ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES);
            private long size;
            private long tombstones;

            Counter() {
                try {
                    sha256 = MessageDigest.getInstance("SHA-256");
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("EJ1900 every Java platform has SHA-256", e);
                }
            }

            void add(LogEntry entry) {
                size++;
                if (entry.isTombstone()) {
                    tombstones++;
                    buffer.clear();
                    sha256.update(buffer.putLong(entry.sequence()).array());
                }
            }

            LogFingerprint fingerprint(Hash root) {
                return new LogFingerprint(size, root, tombstones, Hash.of(sha256.digest()));
            }
        }
    }

    private final SchoolId school;
    private final LocalDate date;
    private final RetentionPolicy policy;
    private final List<LegalHold> holds;
    private final LogFingerprint log;
    private final List<Group> groups;
    private final List<Held> held;
    private final List<Unclassified> unclassified;
    private final SortedSet<Long> sequences;

    RetentionPlan(SchoolId school, LocalDate date, RetentionPolicy policy, List<LegalHold> holds, LogFingerprint log,
            List<Group> groups, List<Held> held, List<Unclassified> unclassified) {
        this.school = Objects.requireNonNull(school, "school");
        this.date = Objects.requireNonNull(date, "date");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.holds = List.copyOf(holds);
        this.log = Objects.requireNonNull(log, "log");
        this.groups = List.copyOf(groups);
        this.held = List.copyOf(held);
        this.unclassified = List.copyOf(unclassified);
        TreeSet<Long> all = new TreeSet<>();
        for (Group g : groups) {
            for (Entry e : g.entries()) {
                all.add(e.sequence());
            }
        }
        this.sequences = Collections.unmodifiableSortedSet(all);
    }

    /** @return the school whose log the plan is of */
    public SchoolId school() {
        return school;
    }

    /** @return the day the plan was made for: what is due on that day */
    public LocalDate date() {
        return date;
    }

    /** @return the terms applied */
    public RetentionPolicy policy() {
        return policy;
    }

    /** @return the legal holds in force for the plan, in the order given */
    public List<LegalHold> holds() {
        return holds;
    }

    /** @return the state of the log the plan was made from */
    public LogFingerprint log() {
        return log;
    }

    /** @return the due entries by school year (oldest first) and kind; empty when nothing is due */
    public List<Group> groups() {
        return groups;
    }

    /** @return the sequences of every due entry, ascending: what {@code Journal.purge} purges */
    public SortedSet<Long> sequences() {
        return sequences;
    }

    /** @return every due entry, in sequence order */
    public List<Entry> due() {
        return groups.stream().flatMap(g -> g.entries().stream())
                .sorted(java.util.Comparator.comparingLong(Entry::sequence)).toList();
    }

    /** @return the entries whose term has passed but which legal holds keep, in sequence order */
    public List<Held> held() {
        return held;
    }

    /** @return the entries that could not be classified and are kept, in sequence order */
    public List<Unclassified> unclassified() {
        return unclassified;
    }

    /** @return whether nothing is due */
    public boolean isEmpty() {
        return sequences.isEmpty();
    }

    /**
     * Checks that the plan still describes a school's stored log: made for that school, and the log
     * has neither grown nor lost payloads since.
     *
     * @param store the store, not {@code null}
     * @param school the school, not {@code null}
     * @throws RetentionException (code {@value Retention#OTHER_SCHOOL}) if the plan is another
     *     school's, (code {@value Retention#STALE_PLAN}) if the log changed since the plan was made
     */
    public void requireCurrent(JournalStore store, SchoolId school) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(school, "school");
        if (!this.school.equals(school)) {
            throw new RetentionException(Retention.OTHER_SCHOOL, "REG-8", "the plan was made for the log of "
                    + this.school.value() + ", not of " + school.value());
        }
        LogFingerprint now = LogFingerprint.of(store, school);
        if (!now.equals(log)) {
            throw new RetentionException(Retention.STALE_PLAN, "REG-8", "the log of " + school.value()
                    + " changed since the plan was made (then " + log.size() + " entries, " + log.tombstones()
                    + " tombstones, root " + log.root().toHex() + "; now " + now.size() + " entries, "
                    + now.tombstones() + " tombstones, root " + now.root().toHex() + "): plan again");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionPlan p && school.equals(p.school) && date.equals(p.date)
                && policy.equals(p.policy) && holds.equals(p.holds) && log.equals(p.log) && groups.equals(p.groups)
                && held.equals(p.held) && unclassified.equals(p.unclassified);
    }

    @Override
    public int hashCode() {
        return Objects.hash(school, date, policy, log, sequences);
    }

    /** @return the school, day and counts; never a reason text */
    @Override
    public String toString() {
        return "RetentionPlan[" + school.value() + " on " + date + ": " + sequences.size() + " due in " + groups.size()
                + " groups, " + held.size() + " held, " + unclassified.size() + " unclassified, of " + log.size()
                + " entries]";
    }
}
