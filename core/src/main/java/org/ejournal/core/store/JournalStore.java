package org.ejournal.core.store;

import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.model.SchoolId;

/**
 * Where a journal keeps its log of events: the storage SPI. A store may hold the logs of many
 * schools; each school's log is a gap-free sequence from 1. The journal keeps its indexed views in
 * memory and rebuilds them from the log when it opens, so every store gives the same behaviour.
 * Implementations must be thread-safe; an append is atomic and durable when it returns.
 */
public interface JournalStore {

    /**
     * @param school the school, not {@code null}
     * @return how many events the school's log holds
     */
    long size(SchoolId school);

    /**
     * Appends one event to a school's log.
     *
     * @param school the school, not {@code null}
     * @param event the event, whose sequence must be {@code size(school) + 1}
     * @throws StoreException (code {@code EJ1901}) if the sequence does not follow, or the store
     *     failed; then nothing was appended
     */
    void append(SchoolId school, JournalEvent event);

    /**
     * @param school the school, not {@code null}
     * @return the school's events in sequence order; close the stream when done
     */
    Stream<JournalEvent> events(SchoolId school);
}
