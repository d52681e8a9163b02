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
        Hasher hasher = new Hasher();
        Frontier frontier = Frontier.empty();
        try (var entries = from.entries(school)) {
            for (LogEntry e : (Iterable<LogEntry>) entries::iterator) {
                frontier = frontier.append(e.leafHash(), hasher);
                to.append(school, e, frontier);
            }
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
