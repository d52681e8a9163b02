package org.ejournal.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.SCHOOL_ID;

import java.util.List;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.log.MerkleHashing;
import org.junit.jupiter.api.Test;

/** A log entry as a store keeps it, and the in-memory store's own checks. */
class LogEntryTest {

    @Test
    void an_entry_seals_an_event_that_decodes_back_and_whose_leaf_is_the_rfc6962_leaf() {
        SchoolFixture f = SchoolFixture.create();
        List<JournalEvent> events = f.store.events(SCHOOL_ID).toList();
        List<LogEntry> entries = f.store.entries(SCHOOL_ID).toList();
        for (int i = 0; i < entries.size(); i++) {
            LogEntry e = entries.get(i);
            assertThat(e.event()).isEqualTo(events.get(i));
            byte[] leafData = new byte[e.header().length + Hash.LENGTH];
            System.arraycopy(e.header(), 0, leafData, 0, e.header().length);
            System.arraycopy(e.payloadDigest().toBytes(), 0, leafData, e.header().length, Hash.LENGTH);
            assertThat(e.leafHash()).isEqualTo(MerkleHashing.leafHash(leafData));
            assertThat(new Hasher().digest(e.payload())).isEqualTo(e.payloadDigest());
        }
    }

    @Test
    void a_tombstone_keeps_the_header_digest_and_leaf_and_cannot_be_decoded() {
        LogEntry e = SchoolFixture.create().store.entries(SCHOOL_ID).findFirst().orElseThrow();
        LogEntry t = e.tombstone();
        assertThat(t.isTombstone()).isTrue();
        assertThat(t.header()).isSameAs(e.header());
        assertThat(t.leafHash()).isEqualTo(e.leafHash());
        assertThat(t).isNotEqualTo(e);
        assertThat(t.tombstone()).isSameAs(t);
        assertThatThrownBy(t::event).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("EJ1902");
        assertThat(t.toString()).contains("tombstone");
    }

    @Test
    void an_entry_prints_sizes_and_the_leaf_never_the_payload() {
        LogEntry e = SchoolFixture.create().store.entries(SCHOOL_ID).findFirst().orElseThrow();
        assertThat(e.toString()).doesNotContain("Админова").contains("leaf", e.leafHash().toHex());
        assertThat(e).isEqualTo(new LogEntry(e.sequence(), e.header().clone(), e.payload().clone(),
                e.payloadDigest(), e.leafHash())).hasSameHashCodeAs(e);
    }

    @Test
    void the_in_memory_store_refuses_a_frontier_that_does_not_go_with_the_entry_and_changes_nothing() {
        SchoolFixture f = SchoolFixture.create();
        InMemoryStore copy = Stores.copy(f.store, SCHOOL_ID);
        long size = copy.size(SCHOOL_ID);
        JournalEvent next = new JournalEvent(size + 1, f.clock.instant(), SchoolFixture.ADMIN,
                f.store.events(SCHOOL_ID).toList().get(4).command(), List.of());
        LogEntry entry = LogEntry.seal(next, new byte[16], new Hasher());
        assertThatThrownBy(() -> copy.append(SCHOOL_ID, entry, copy.frontier(SCHOOL_ID)))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("EJ1901");
        assertThat(copy.size(SCHOOL_ID)).isEqualTo(size);
        copy.append(SCHOOL_ID, entry, copy.frontier(SCHOOL_ID).append(entry.leafHash(), new Hasher()));
        assertThat(copy.size(SCHOOL_ID)).isEqualTo(size + 1);
        assertThat(copy.frontier(SCHOOL_ID).size()).isEqualTo(size + 1);
    }

    @Test
    void a_frontier_grows_like_the_log() {
        Hasher h = new Hasher();
        org.ejournal.core.log.MerkleLog log = org.ejournal.core.log.MerkleLog.empty();
        Frontier f = Frontier.empty();
        for (int i = 0; i < 70; i++) {
            Hash leaf = MerkleHashing.leafHash(new byte[] {(byte) i});
            log.append(leaf);
            Frontier next = f.append(leaf, h);
            assertThat(f.size()).isEqualTo(i);
            f = next;
            assertThat(f).isEqualTo(log.frontier());
            assertThat(f.root()).isEqualTo(log.root());
        }
    }

    @Test
    void a_journal_with_an_origin_that_cannot_be_a_checkpoint_line_is_refused() {
        assertThatThrownBy(() -> org.ejournal.core.Journal.builder().school(SchoolFixture.school())
                .origin("two\nlines").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EJ1320");
    }
}
