package org.ejournal.core.store;

import java.security.SecureRandom;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.model.SchoolId;

/** Test helpers that build stores from other stores or from events. */
public final class Stores {

    private Stores() {
    }

    /** @return a new in-memory store holding a copy of one school's log: entries, frontier, checkpoints */
    public static InMemoryStore copy(JournalStore from, SchoolId school) {
        InMemoryStore to = InMemoryStore.create();
        copy(from, to, school);
        return to;
    }

    /** Copies one school's log (entries, frontier, checkpoints) into another store, in batches. */
    public static <S extends JournalStore> S copy(JournalStore from, S to, SchoolId school) {
        Hasher hasher = new Hasher();
        Frontier frontier = Frontier.empty();
        java.util.List<LogEntry> batch = new java.util.ArrayList<>();
        try (var entries = from.entries(school)) {
            for (LogEntry e : (Iterable<LogEntry>) entries::iterator) {
                frontier = frontier.append(e.leafHash(), hasher);
                batch.add(e);
                if (batch.size() == 4096) {
                    to.appendAll(school, batch, frontier);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            to.appendAll(school, batch, frontier);
        }
        from.checkpoints(school).forEach(c -> to.addCheckpoint(school, c));
        return to;
    }

    /** @return a new in-memory store whose log for the school holds these events, sealed with random salts */
    public static InMemoryStore of(SchoolId school, Iterable<JournalEvent> events) {
        InMemoryStore to = InMemoryStore.create();
        Hasher hasher = new Hasher();
        SecureRandom random = new SecureRandom();
        Frontier frontier = Frontier.empty();
        for (JournalEvent e : events) {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            LogEntry entry = LogEntry.seal(e, salt, hasher);
            frontier = frontier.append(entry.leafHash(), hasher);
            to.append(school, entry, frontier);
        }
        return to;
    }
}
