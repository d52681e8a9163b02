package org.ejournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ejournal.core.Journal;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.log.MerkleHashing;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.LogEntry;
import org.junit.jupiter.api.Test;

/**
 * An archive restores the journal it was written from: same events, same state, same Merkle root —
 * for the small fixture school (a realistic school's whole quarter: {@code ArchiveOfAWholeQuarterTest}
 * in the library's tests).
 */
class ArchiveRoundTripTest {

    @Test
    void the_fixture_school_round_trips_with_its_signed_checkpoints() {
        SchoolFixture f = SchoolFixture.create(b -> b.signer(ArchiveFixtures.SIGNER));
        f.journal.checkpoint();
        f.accept(SchoolFixture.MATH_TEACHER, RecordMark.of(SchoolFixture.TASK, SchoolFixture.IVANOVA, FivePoint.of(4)));
        f.journal.checkpoint();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveReport written = Archive.write(SchoolFixture.school(), f.store, out);
        assertThat(written.eventCount()).isEqualTo(f.journal.size()).isPositive();
        assertThat(written.root()).contains(ArchiveFixtures.root(f.store, SchoolFixture.SCHOOL_ID)).contains(f.journal.root());
        assertThat(written.checkpoints()).isEqualTo(2);

        ArchiveReport verified = Archive.verify(new ByteArrayInputStream(out.toByteArray()),
                List.of(ArchiveFixtures.SIGNER.verifier().withOrigin(f.journal.origin())));
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.isIntact()).isTrue();
        assertThat(verified.eventCount()).isEqualTo(written.eventCount());
        assertThat(verified.root()).isEqualTo(written.root());
        assertThat(verified.school()).contains(SchoolFixture.SCHOOL_ID);
        assertThat(verified.checkpoints()).isEqualTo(2);

        InMemoryStore restored = InMemoryStore.create();
        Archive.restore(new ByteArrayInputStream(out.toByteArray()), restored, SchoolFixture.SCHOOL_ID,
                List.of(ArchiveFixtures.SIGNER.verifier()));
        assertThat(restored.events(SchoolFixture.SCHOOL_ID).toList())
                .isEqualTo(f.store.events(SchoolFixture.SCHOOL_ID).toList());
        assertThat(restored.checkpoints(SchoolFixture.SCHOOL_ID)).isEqualTo(f.journal.checkpoints());
        Journal again = ArchiveFixtures.open(restored, f);
        assertThat(again.size()).isEqualTo(f.journal.size());
        assertThat(ArchiveFixtures.state(again)).isEqualTo(ArchiveFixtures.state(f.journal));
        assertThat(again.root()).isEqualTo(f.journal.root());
        assertThat(again.verify().breaks()).isEmpty();
        assertThat(again.verify().checkpoints()).isEqualTo(2);
        assertThat(again.checkpoints()).isEqualTo(f.journal.checkpoints());
    }

    @Test
    void tombstones_survive_archive_and_restore() {
        SchoolFixture f = ArchiveFixtures.signedWithTombstone();
        byte[] archive = ArchiveFixtures.archive(f.store);
        ArchiveReport verified = ArchiveFixtures.verifySigned(archive);
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.checkpoints()).isEqualTo(3);

        InMemoryStore restored = InMemoryStore.create();
        Archive.restore(new ByteArrayInputStream(archive), restored, SchoolFixture.SCHOOL_ID);
        List<LogEntry> entries = restored.entries(SchoolFixture.SCHOOL_ID).toList();
        assertThat(entries).isEqualTo(f.store.entries(SchoolFixture.SCHOOL_ID).toList());
        assertThat(entries.get(2).isTombstone()).isTrue();
        assertThat(entries).filteredOn(LogEntry::isTombstone).hasSize(1);
        assertThat(restored.frontier(SchoolFixture.SCHOOL_ID)).isEqualTo(f.store.frontier(SchoolFixture.SCHOOL_ID));
        assertThat(restored.checkpoints(SchoolFixture.SCHOOL_ID)).isEqualTo(f.journal.checkpoints());
        LogReport log = AuditLog.verify(restored, SchoolFixture.SCHOOL_ID, List.of(ArchiveFixtures.SIGNER.verifier()));
        assertThat(log.breaks()).isEmpty();
        assertThat(log.tombstones()).isEqualTo(1);
        assertThat(log.root()).isEqualTo(f.journal.root());
        // archived again, the restored log gives the same bytes
        assertThat(ArchiveFixtures.archive(restored)).isEqualTo(archive);
    }

    @Test
    void every_destination_is_written_even_when_one_fails() {
        SchoolFixture f = SchoolFixture.create();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream third = new ByteArrayOutputStream();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("the disk in room B is full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("the disk in room B is full");
            }
        };
        assertThatThrownBy(() -> Archive.write(SchoolFixture.school(), f.store, first, broken, third))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("EJ1908"))
                .hasMessageContaining("destination [1] failed", "room B", "the other destinations hold the whole archive");
        assertThat(first.toByteArray()).isEqualTo(third.toByteArray()).isEqualTo(ArchiveFixtures.archive(f.store));
        assertThat(ArchiveFixtures.verify(third.toByteArray()).isIntact()).isTrue();
    }

    @Test
    void an_archive_of_format_version_1_is_refused_as_malformed() {
        SchoolFixture f = SchoolFixture.create();
        byte[] archive = ArchiveFixtures.archive(f.store);
        String manifest = new String(ArchiveFixtures.parts(archive).get(Archive.MANIFEST).data().toByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] v1 = ArchiveFixtures.replace(archive, Archive.MANIFEST,
                manifest.replace("version: 2\n", "version: 1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ArchiveFixtures.verify(v1).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.MALFORMED_MANIFEST);
            assertThat(p.message()).contains("unsupported version \"1\"");
        });
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
        assertThat(names).containsExactly("manifest", "events", "checkpoints");
        assertThat(manifest).startsWith("format: ejournal-archive\nversion: 2\nschool: kamchatka-school-1\nzone: Asia/Kamchatka\nfirst: 1\n")
                .contains("events: " + f.journal.size() + "\n",
                        "root: " + ArchiveFixtures.root(f.store, SchoolFixture.SCHOOL_ID).toHex() + "\n", "checkpoints: 0\n",
                        "sha256 events: ", "sha256 checkpoints: ")
                .doesNotContain("subtree: ");
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
