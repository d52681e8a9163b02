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
     * Appends one entry to a school's log and replaces its frontier, in one transaction.
     *
     * @param school the school, not {@code null}
     * @param entry the entry, whose sequence must be {@code size(school) + 1}
     * @param frontier the frontier of the tree with this entry, of size {@code entry.sequence()}
     * @throws StoreException (code {@code EJ1901}) if the sequence does not follow, the frontier's
     *     size is not the entry's sequence, or the store failed; then nothing was appended
     */
    void append(SchoolId school, LogEntry entry, Frontier frontier);

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
}
