package org.ejournal.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.model.SchoolId;

/**
 * A store that keeps the logs in memory: for tests, examples and short-lived journals. Nothing
 * survives the JVM. Thread-safe.
 */
public final class InMemoryStore implements JournalStore {

    private final Map<SchoolId, List<JournalEvent>> logs = new ConcurrentHashMap<>();

    private InMemoryStore() {
    }

    /** @return a new, empty store */
    public static InMemoryStore create() {
        return new InMemoryStore();
    }

    @Override
    public long size(SchoolId school) {
        List<JournalEvent> log = logs.get(Objects.requireNonNull(school, "school"));
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            return log.size();
        }
    }

    @Override
    public void append(SchoolId school, JournalEvent event) {
        Objects.requireNonNull(event, "event");
        List<JournalEvent> log = logs.computeIfAbsent(Objects.requireNonNull(school, "school"), s -> new ArrayList<>());
        synchronized (log) {
            if (event.sequence() != log.size() + 1L) {
                throw new StoreException("EJ1901 event " + event.sequence() + " does not follow " + log.size()
                        + " in the log of " + school);
            }
            log.add(event);
        }
    }

    @Override
    public Stream<JournalEvent> events(SchoolId school) {
        List<JournalEvent> log = logs.get(Objects.requireNonNull(school, "school"));
        if (log == null) {
            return Stream.empty();
        }
        synchronized (log) {
            return List.copyOf(log).stream();
        }
    }
}
