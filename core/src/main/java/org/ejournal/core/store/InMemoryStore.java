package org.ejournal.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
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
        Objects.requireNonNull(frontier, "frontier");
        Log log = log(school);
        synchronized (log) {
            if (entry.sequence() != log.entries.size() + 1L) {
                throw new StoreException("EJ1901 entry " + entry.sequence()
                        + " does not follow " + log.entries.size() + " in the log of " + school);
            }
            if (frontier.size() != entry.sequence()) {
                throw new StoreException("EJ1901 the frontier of " + frontier.size()
                        + " leaves does not go with entry " + entry.sequence());
            }
            log.entries.add(entry);
            log.frontier = frontier;
        }
    }

    @Override
    public Stream<LogEntry> entries(SchoolId school) {
        Log log = log(school);
        synchronized (log) {
            return List.copyOf(log.entries).stream();
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
            for (Long s : sequences) {
                if (s == null || s < 1 || s > log.entries.size()) {
                    throw new StoreException("EJ1901 there is no entry " + s
                            + " to purge in the log of " + school);
                }
            }
            for (long s : sequences) {
                int i = (int) (s - 1);
                log.entries.set(i, log.entries.get(i).tombstone());
            }
        }
    }
}
