package org.ejournal.core.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.model.SchoolId;

/**
 * A store that keeps the logs in memory: for tests, examples and short-lived journals. Nothing
 * survives the JVM. Thread-safe.
 */
public final class InMemoryStore implements JournalStore {

    private final Map<SchoolId, Log> logs = new ConcurrentHashMap<>();

    private InMemoryStore() {
    }

    /** @return a new, empty store */
    public static InMemoryStore create() {
        return new InMemoryStore();
    }

    /** One school's log; guarded by itself. */
    private static final class Log {
        final List<LogEntry> entries = new ArrayList<>();
        final List<String> checkpoints = new ArrayList<>();
        Frontier frontier = Frontier.empty();
    }

    private Log log(SchoolId school) {
        return logs.computeIfAbsent(Objects.requireNonNull(school, "school"), s -> new Log());
    }

    @Override
    public long size(SchoolId school) {
        Log log = log(school);
        synchronized (log) {
            return log.entries.size();
        }
    }

    @Override
    public void append(SchoolId school, LogEntry entry, Frontier frontier) {
        Objects.requireNonNull(entry, "entry");
        Log log = log(school);
        synchronized (log) {
            JournalStore.requireFollows(school, log.entries.size(), List.of(entry), frontier);
            log.entries.add(entry);
            log.frontier = frontier;
        }
    }

    @Override
    public void appendAll(SchoolId school, List<LogEntry> entries, Frontier frontier) {
        Log log = log(school);
        synchronized (log) {
            JournalStore.requireFollows(school, log.entries.size(), entries, frontier);
            log.entries.addAll(entries);
            log.frontier = frontier;
        }
    }

    /**
     * The entries the log holds when this is called, read lazily a few thousand at a time (each
     * chunk copied under the log's lock), so that streaming a log of millions of entries takes
     * constant memory rather than a copy of the whole list. Entries appended meanwhile are not
     * included; an entry purged meanwhile may come as its tombstone.
     */
    @Override
    public Stream<LogEntry> entries(SchoolId school) {
        Log log = log(school);
        int size;
        synchronized (log) {
            size = log.entries.size();
        }
        return StreamSupport.stream(Spliterators.spliterator(new Chunks(log, size), size,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Reads a log's first entries, a chunk at a time under its lock. */
    private static final class Chunks implements Iterator<LogEntry> {
        private static final int CHUNK = 4096;

        private final Log log;
        private final int size;
        private final LogEntry[] chunk;
        private int read;
        private int next;
        private int filled;

        Chunks(Log log, int size) {
            this.log = log;
            this.size = size;
            this.chunk = new LogEntry[Math.min(CHUNK, size)];
        }

        @Override
        public boolean hasNext() {
            return next < filled || read < size;
        }

        @Override
        public LogEntry next() {
            if (next == filled) {
                if (read == size) {
                    throw new NoSuchElementException();
                }
                filled = Math.min(chunk.length, size - read);
                synchronized (log) {
                    for (int i = 0; i < filled; i++) {
                        chunk[i] = log.entries.get(read + i);
                    }
                }
                read += filled;
                next = 0;
            }
            LogEntry e = chunk[next];
            chunk[next++] = null;
            return e;
        }
    }

    @Override
    public Frontier frontier(SchoolId school) {
        Log log = log(school);
        synchronized (log) {
            return log.frontier;
        }
    }

    @Override
    public void addCheckpoint(SchoolId school, String signedCheckpoint) {
        Objects.requireNonNull(signedCheckpoint, "signedCheckpoint");
        Log log = log(school);
        synchronized (log) {
            log.checkpoints.add(signedCheckpoint);
        }
    }

    @Override
    public List<String> checkpoints(SchoolId school) {
        Log log = log(school);
        synchronized (log) {
            return List.copyOf(log.checkpoints);
        }
    }

    @Override
    public void purge(SchoolId school, Set<Long> sequences) {
        Objects.requireNonNull(sequences, "sequences");
        Log log = log(school);
        synchronized (log) {
            JournalStore.requireInLog(school, log.entries.size(), sequences);
            for (long s : sequences) {
                int i = (int) (s - 1);
                log.entries.set(i, log.entries.get(i).tombstone());
            }
        }
    }
}
