package org.ejournal.core.store;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.model.SchoolId;

/**
 * Where a journal keeps its audit log: the storage SPI. A store may hold the logs of many schools;
 * each school's log is a gap-free sequence of {@linkplain LogEntry entries} from 1, with the
 * {@linkplain Frontier frontier} of its Merkle tree and the signed checkpoints made of it. The
 * journal keeps its indexed views in memory and rebuilds them from the log when it opens, after
 * checking every hash, so every store gives the same behaviour and a row changed behind the
 * journal's back is never loaded as truth.
 *
 * <p>A store does no hashing and no decoding: it keeps bytes and gives them back. Implementations
 * must be thread-safe; an append is atomic and durable when it returns.
 */
public interface JournalStore {

    /**
     * @param school the school, not {@code null}
     * @return how many entries the school's log holds
     */
    long size(SchoolId school);

    /**
     * Appends one entry to a school's log and replaces its frontier, in one transaction. By default,
     * {@link #appendAll} of the one entry.
     *
     * @param school the school, not {@code null}
     * @param entry the entry, whose sequence must be {@code size(school) + 1}
     * @param frontier the frontier of the tree with this entry, of size {@code entry.sequence()}
     * @throws StoreException (code {@code EJ1901}) if the sequence does not follow, the frontier's
     *     size is not the entry's sequence, or the store failed; then nothing was appended
     */
    default void append(SchoolId school, LogEntry entry, Frontier frontier) {
        appendAll(school, List.of(entry), frontier);
    }

    /**
     * Appends consecutive entries to a school's log and replaces its frontier, in one transaction:
     * all of them or none. Restoring an archive, copying a log or importing data goes through this,
     * so that a persistent store commits a batch once rather than once per entry.
     *
     * @param school the school, not {@code null}
     * @param entries the entries, not empty, the first with sequence {@code size(school) + 1} and each
     *     next one following the one before
     * @param frontier the frontier of the tree with these entries, of size the last entry's sequence
     * @throws StoreException (code {@code EJ1901}) if the list is empty, a sequence does not follow, the
     *     frontier's size is not the last sequence, or the store failed; then nothing was appended
     */
    void appendAll(SchoolId school, List<LogEntry> entries, Frontier frontier);

    /**
     * @param school the school, not {@code null}
     * @return the school's entries in sequence order; close the stream when done
     */
    Stream<LogEntry> entries(SchoolId school);

    /**
     * @param school the school, not {@code null}
     * @return the frontier stored with the last append; {@link Frontier#empty()} for an empty log
     */
    Frontier frontier(SchoolId school);

    /**
     * Keeps a signed checkpoint of a school's log.
     *
     * @param school the school, not {@code null}
     * @param signedCheckpoint the signed note text, not {@code null}
     * @throws StoreException (code {@code EJ1901}) if the store failed
     */
    void addCheckpoint(SchoolId school, String signedCheckpoint);

    /**
     * @param school the school, not {@code null}
     * @return the school's signed checkpoints in the order they were added
     */
    List<String> checkpoints(SchoolId school);

    /**
     * Deletes the payloads of some entries, leaving tombstones (header, digest, leaf), in one
     * transaction. Entries already purged stay as they are.
     *
     * @param school the school, not {@code null}
     * @param sequences the entries to purge, each between 1 and {@code size(school)}
     * @throws StoreException (code {@code EJ1901}) if a sequence is not in the log or the store
     *     failed; then nothing was purged
     */
    void purge(SchoolId school, Set<Long> sequences);

    /**
     * The school's events, decoded from the entries without checking hashes; tombstones are left
     * out. For tools and tests; the journal reads {@link #entries} through {@link AuditLog}.
     *
     * @param school the school, not {@code null}
     * @return the events in sequence order; close the stream when done
     * @throws org.ejournal.core.codec.EventFormatException (code {@code EJ1903}) while streaming, if
     *     an entry does not decode
     */
    default Stream<JournalEvent> events(SchoolId school) {
        return entries(school).filter(e -> !e.isTombstone()).map(LogEntry::event);
    }

    /**
     * The checks every store makes before an append, for implementations: the entries are not empty,
     * the first follows the log's size and each next one the one before, and the frontier's size is the
     * last sequence.
     *
     * @param school the school, for the message
     * @param size how many entries the school's log holds now
     * @param entries the entries to append
     * @param frontier the frontier that goes with them
     * @throws StoreException (code {@code EJ1901}) if a check fails
     */
    static void requireFollows(SchoolId school, long size, List<LogEntry> entries, Frontier frontier) {
        java.util.Objects.requireNonNull(entries, "entries");
        java.util.Objects.requireNonNull(frontier, "frontier");
        if (entries.isEmpty()) {
            throw new StoreException("EJ1901 nothing to append to the log of " + school);
        }
        long expected = size + 1;
        for (LogEntry e : entries) {
            java.util.Objects.requireNonNull(e, "entry");
            if (e.sequence() != expected) {
                boolean movedOn = e == entries.get(0) && e.sequence() <= size;
                throw new StoreException("EJ1901 entry " + e.sequence() + " does not follow " + (expected - 1)
                        + " in the log of " + school + (e == entries.get(0) ? "" : " (within one batch)")
                        + (movedOn ? ": another writer appended to this log since it was read; reopen the journal"
                                : ""));
            }
            expected++;
        }
        if (frontier.size() != expected - 1) {
            throw new StoreException("EJ1901 the frontier of " + frontier.size() + " leaves does not go with entry "
                    + (expected - 1));
        }
    }

    /**
     * The check every store makes before a purge, for implementations: every sequence is in the log.
     *
     * @param school the school, for the message
     * @param size how many entries the school's log holds now
     * @param sequences the entries to purge
     * @throws StoreException (code {@code EJ1901}) if a sequence is {@code null} or not in the log
     */
    static void requireInLog(SchoolId school, long size, Set<Long> sequences) {
        java.util.Objects.requireNonNull(sequences, "sequences");
        for (Long s : sequences) {
            if (s == null || s < 1 || s > size) {
                throw new StoreException("EJ1901 there is no entry " + s + " to purge in the log of " + school);
            }
        }
    }
}
