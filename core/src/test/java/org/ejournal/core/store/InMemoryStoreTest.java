package org.ejournal.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.model.SchoolId;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store streams a log a chunk at a time rather than copying it whole: every entry the
 * log held when the stream was asked for, in order, across chunk boundaries — and not those appended
 * while it is read.
 */
class InMemoryStoreTest {

    private static final SchoolId SCHOOL = SchoolId.of("school-1");

    @Test
    void streams_every_entry_in_order_across_chunks_and_none_appended_meanwhile() {
        InMemoryStore store = InMemoryStore.create();
        Hasher hasher = new Hasher();
        List<LogEntry> appended = new ArrayList<>();
        Frontier frontier = Frontier.empty();
        for (int i = 1; i <= 10_000; i++) {
            frontier = append(store, hasher, frontier, i, appended);
        }
        List<LogEntry> read = new ArrayList<>();
        try (Stream<LogEntry> entries = store.entries(SCHOOL)) {
            Iterator<LogEntry> it = entries.iterator();
            for (int i = 0; i < 5_000; i++) {
                read.add(it.next());
            }
            for (int i = 10_001; i <= 10_100; i++) {
                frontier = append(store, hasher, frontier, i, new ArrayList<>());
            }
            store.purge(SCHOOL, Set.of(9_000L));
            it.forEachRemaining(read::add);
        }
        assertThat(read).hasSize(10_000);
        for (int i = 0; i < read.size(); i++) {
            LogEntry e = read.get(i);
            assertThat(e.sequence()).isEqualTo(i + 1L);
            // an entry purged while the stream runs may come either way
            assertThat(e).isIn(appended.get(i), appended.get(i).tombstone());
        }
        assertThat(read.subList(0, 8_999)).isEqualTo(appended.subList(0, 8_999));
        try (Stream<LogEntry> entries = store.entries(SCHOOL)) {
            assertThat(entries.count()).isEqualTo(10_100);
        }
        try (Stream<LogEntry> entries = store.entries(SchoolId.of("school-2"))) {
            assertThat(entries).isEmpty();
        }
    }

    private static Frontier append(InMemoryStore store, Hasher hasher, Frontier frontier, int sequence,
            List<LogEntry> appended) {
        byte[] header = ("header " + sequence).getBytes(StandardCharsets.UTF_8);
        byte[] payload = ("payload " + sequence).getBytes(StandardCharsets.UTF_8);
        Hash digest = hasher.digest(payload);
        LogEntry e = new LogEntry(sequence, header, payload, digest, hasher.leaf(header, digest));
        Frontier next = frontier.append(e.leafHash(), hasher);
        store.append(SCHOOL, e, next);
        appended.add(e);
        return next;
    }
}
