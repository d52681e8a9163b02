package org.ejournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ejournal.core.Journal;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.MutableClock;
import org.ejournal.core.RealisticSchool;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.MerkleHashing;
import org.ejournal.core.log.MerkleLog;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.JournalStore;
import org.junit.jupiter.api.Test;

/**
 * An archive restores the journal it was written from: same events, same state, same Merkle root —
 * for the small fixture school and for a realistic school's whole quarter.
 */
class ArchiveRoundTripTest {

    static Hash root(JournalStore store, SchoolId school) {
        MerkleLog log = MerkleLog.empty();
        try (var entries = store.entries(school)) {
            entries.forEach(e -> log.append(MerkleHashing.leafHash(
                    EventCodec.leafData(EventCodec.decodeHeader(e.header()), e.payloadDigest()))));
        }
        return log.root();
    }

    /** The journal's indexed state, through the public inspection hook; equal states mean equal journals. */
    static Object state(Journal journal) {
        return journal.inspect(view -> view);
    }

    @Test
    void the_fixture_school_round_trips() {
        SchoolFixture f = SchoolFixture.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveReport written = Archive.write(SchoolFixture.school(), f.store, out);
        assertThat(written.eventCount()).isEqualTo(f.journal.size()).isPositive();
        assertThat(written.root()).contains(root(f.store, SchoolFixture.SCHOOL_ID));

        ArchiveReport verified = Archive.verify(new ByteArrayInputStream(out.toByteArray()));
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.isIntact()).isTrue();
        assertThat(verified.eventCount()).isEqualTo(written.eventCount());
        assertThat(verified.root()).isEqualTo(written.root());
        assertThat(verified.school()).contains(SchoolFixture.SCHOOL_ID);

        InMemoryStore restored = InMemoryStore.create();
        Archive.restore(new ByteArrayInputStream(out.toByteArray()), restored, SchoolFixture.SCHOOL_ID);
        assertThat(restored.events(SchoolFixture.SCHOOL_ID).toList())
                .isEqualTo(f.store.events(SchoolFixture.SCHOOL_ID).toList());
        Journal again = Journal.builder().school(SchoolFixture.school()).store(restored).clock(f.clock).build();
        assertThat(again.size()).isEqualTo(f.journal.size());
        assertThat(state(again)).isEqualTo(state(f.journal));
        assertThat(root(restored, SchoolFixture.SCHOOL_ID)).isEqualTo(written.root().orElseThrow());
    }

    @Test
    void a_realistic_quarter_round_trips() {
        RealisticSchool school = RealisticSchool.generate(RealisticSchool.Knobs.defaults());
        InMemoryStore store = InMemoryStore.create();
        MutableClock clock = new MutableClock(school.steps().get(0).at(), RealisticSchool.ZONE);
        Journal journal = Journal.builder().school(school.school()).store(store).clock(clock).build();
        for (RealisticSchool.Step step : school.steps()) {
            clock.set(step.at());
            journal.execute(step.actor(), step.command());
        }
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        ArchiveReport written = Archive.write(school.school(), store, first, second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(written.eventCount()).isEqualTo(journal.size()).isGreaterThan(50_000);
        System.out.printf("quarter archive: %d events, %d bytes%n", written.eventCount(), first.size());

        ArchiveReport verified = Archive.verify(new ByteArrayInputStream(second.toByteArray()));
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.root()).isEqualTo(written.root());

        InMemoryStore restored = InMemoryStore.create();
        Archive.restore(new ByteArrayInputStream(second.toByteArray()), restored, RealisticSchool.SCHOOL_ID);
        Journal again = Journal.builder().school(school.school()).store(restored).clock(clock).build();
        assertThat(again.size()).isEqualTo(journal.size());
        assertThat(state(again)).isEqualTo(state(journal));
        assertThat(root(restored, RealisticSchool.SCHOOL_ID)).isEqualTo(root(store, RealisticSchool.SCHOOL_ID))
                .isEqualTo(written.root().orElseThrow());
    }

    @Test
    void the_same_events_give_the_same_bytes_and_a_standard_zip() throws Exception {
        SchoolFixture f = SchoolFixture.create();
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Archive.write(SchoolFixture.school(), f.store, a);
        Archive.write(SchoolFixture.school(), f.store.entries(SchoolFixture.SCHOOL_ID).toList(), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());

        List<String> names = new ArrayList<>();
        String manifest = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(a.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] data = zip.readAllBytes();
                if (e.getName().equals(Archive.MANIFEST)) {
                    manifest = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).containsExactly("manifest", "events");
        assertThat(manifest).startsWith("format: ejournal-archive\nversion: 1\nschool: kamchatka-school-1\n")
                .contains("zone: Asia/Kamchatka\n", "events: " + f.journal.size() + "\n",
                        "root: " + root(f.store, SchoolFixture.SCHOOL_ID).toHex() + "\n", "sha256 events: ");
    }

    @Test
    void an_empty_log_archives_to_the_empty_root() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archive.write(SchoolFixture.school(), List.<LogEntry>of(), out);
        ArchiveReport r = Archive.verify(new ByteArrayInputStream(out.toByteArray()));
        assertThat(r.problems()).isEmpty();
        assertThat(r.eventCount()).isZero();
        assertThat(r.root()).contains(MerkleHashing.emptyRoot());
    }

    @Test
    void restore_refuses_a_store_that_is_not_empty_and_another_schools_archive() {
        SchoolFixture f = SchoolFixture.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archive.write(SchoolFixture.school(), f.store, out);
        assertThatThrownBy(() -> Archive.restore(new ByteArrayInputStream(out.toByteArray()), f.store,
                SchoolFixture.SCHOOL_ID))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("EJ1906"));
        InMemoryStore empty = InMemoryStore.create();
        assertThatThrownBy(() -> Archive.restore(new ByteArrayInputStream(out.toByteArray()), empty,
                SchoolId.of("another-school")))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("EJ1907"));
        assertThat(empty.size(SchoolId.of("another-school"))).isZero();
    }

    @Test
    void write_refuses_a_log_with_a_gap_and_no_destination() {
        SchoolFixture f = SchoolFixture.create();
        List<LogEntry> events = new ArrayList<>(f.store.entries(SchoolFixture.SCHOOL_ID).toList());
        events.remove(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Archive.write(SchoolFixture.school(), events, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1909");
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> Archive.write(SchoolFixture.school(), events))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1909");
    }
}
