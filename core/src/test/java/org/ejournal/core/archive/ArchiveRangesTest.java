package org.ejournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.SCHOOL_ID;
import static org.ejournal.core.SchoolFixture.YEAR;
import static org.ejournal.core.SchoolFixture.school;
import static org.ejournal.core.archive.ArchiveFixtures.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ejournal.core.Journal;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.log.Checkpoint;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.MerkleLog;
import org.ejournal.core.log.MerkleTree;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * Archives of one school year or any range of the log: the range comes from the headers, the archive
 * carries the tree before it, so its roots are the journal's — at every checkpoint it holds and at its
 * end; a later year is checked against the earlier one; only a range from entry 1 restores.
 */
class ArchiveRangesTest {

    /** @return the checkpoints of the store with a size in [from, to], by size */
    private static Map<Long, Hash> checkpointRoots(JournalStore store, long from, long to) {
        Map<Long, Hash> roots = new TreeMap<>();
        for (String text : store.checkpoints(SCHOOL_ID)) {
            Checkpoint c = Checkpoint.readUnverified(text).orElseThrow();
            if (c.size() >= from && c.size() <= to) {
                roots.put(c.size(), c.root());
            }
        }
        return roots;
    }

    @Test
    void a_year_runs_from_its_opening_to_its_closing_and_the_years_tile_the_log() {
        TwoYears t = twoYears();
        long size = t.store().size(SCHOOL_ID);
        assertThat(Archive.yearRange(t.store(), SCHOOL_ID, YEAR)).isEqualTo(ArchiveRange.of(1, t.close));
        // what was recorded between the close and the opening belongs to the later year
        assertThat(t.open2).isGreaterThan(t.close + 1);
        assertThat(Archive.yearRange(t.store(), SCHOOL_ID, YEAR2)).isEqualTo(ArchiveRange.of(t.close + 1, size));
    }

    @Test
    void a_year_not_yet_closed_runs_to_the_end_of_the_log_and_the_first_year_starts_at_1() {
        SchoolFixture f = SchoolFixture.create();
        // the fixture opens its year after registering five staff members: they belong to the first year
        assertThat(Archive.yearRange(f.store, SCHOOL_ID, YEAR)).isEqualTo(ArchiveRange.all(f.journal.size()));
    }

    @Test
    void a_second_year_opened_before_the_first_is_closed_starts_at_its_opening() {
        TwoYears t = twoYears();
        InMemoryStore store = Stores.copy(t.store(), SCHOOL_ID);
        SchoolYearId year3 = SchoolYearId.of("2028-2029");
        // no close of YEAR2 in the log: a third year opened now starts at its own entry
        append(store, SchoolFixture.ADMIN, new org.ejournal.core.command.OpenSchoolYear(year3,
                java.time.LocalDate.of(2028, 9, 1), java.time.LocalDate.of(2029, 5, 31),
                org.ejournal.core.model.SchoolCalendar.ofWeek(5)));
        long size = store.size(SCHOOL_ID);
        assertThat(Archive.yearRange(store, SCHOOL_ID, year3)).isEqualTo(ArchiveRange.of(size, size));
        assertThat(Archive.yearRange(store, SCHOOL_ID, YEAR2)).isEqualTo(ArchiveRange.of(t.close + 1, size));
    }

    @Test
    void a_later_years_archive_recomputes_the_journals_roots_at_every_checkpoint_and_at_its_end() {
        TwoYears t = twoYears();
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ArchiveReport written = Archive.writeYear(school(), t.store(), YEAR2, a, b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        long size = t.store().size(SCHOOL_ID);
        assertThat(written.first()).isEqualTo(t.close + 1);
        assertThat(written.last()).isEqualTo(size);
        assertThat(written.root()).contains(t.root());

        // the checkpoint made at the close (size first - 1) and the three of the second year
        Map<Long, Hash> expected = checkpointRoots(t.store(), t.close, size);
        assertThat(expected).hasSize(4).containsKey(t.close);
        assertThat(written.checkpoints()).isEqualTo(4);

        ArchiveReport verified = Archive.verify(new ByteArrayInputStream(b.toByteArray()),
                List.of(SIGNER.verifier().withOrigin(t.origin())));
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.range()).isEqualTo(ArchiveRange.of(t.close + 1, size));
        assertThat(verified.root()).contains(t.root());
        assertThat(verified.checkpoints()).isEqualTo(4);

        // the archived checkpoints' roots are the roots the archive recomputes: the journal's
        Manifest m = manifest(b.toByteArray());
        assertThat(m.before()).isEqualTo(frontierOf(t.store(), t.close));
        MerkleTree tree = AuditLog.tree(t.store(), SCHOOL_ID);
        expected.forEach((s, root) -> assertThat(tree.root(s)).isEqualTo(root));
        String text = new String(parts(b.toByteArray()).get(Archive.MANIFEST).data().toByteArray(),
                StandardCharsets.UTF_8);
        assertThat(text).contains("first: " + (t.close + 1) + "\n", "events: " + (size - t.close) + "\n",
                "checkpoints: 4\n");
        assertThat(text.lines().filter(l -> l.startsWith("subtree: "))).hasSize(Long.bitCount(t.close));
    }

    private static Frontier frontierOf(JournalStore store, long size) {
        MerkleLog log = MerkleLog.empty();
        store.entries(SCHOOL_ID).limit(size).forEach(e -> log.append(e.leafHash()));
        return log.frontier();
    }

    @Test
    void any_explicit_range_verifies_with_the_journals_roots() {
        TwoYears t = twoYears();
        long size = t.store().size(SCHOOL_ID);
        MerkleTree tree = AuditLog.tree(t.store(), SCHOOL_ID);
        for (ArchiveRange range : List.of(ArchiveRange.of(7, 20), ArchiveRange.of(2, 2), ArchiveRange.of(16, size),
                ArchiveRange.of(size + 1, size), ArchiveRange.of(1, 0), ArchiveRange.of(9, 8))) {
            byte[] archive = archive(t.store(), range);
            ArchiveReport r = verifySigned(archive);
            assertThat(r.problems()).as("%s", range).isEmpty();
            assertThat(r.range()).isEqualTo(range);
            assertThat(r.root()).as("%s", range).contains(tree.root(range.last()));
            assertThat(r.checkpoints()).isEqualTo(checkpointRoots(t.store(), range.first() - 1, range.last()).size());
        }
    }

    @Test
    void bad_ranges_and_unknown_years_are_refused_with_a_code_and_nothing_is_written() {
        TwoYears t = twoYears();
        long size = t.store().size(SCHOOL_ID);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Archive.write(school(), t.store(), ArchiveRange.of(3, size + 1), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1909")
                .hasMessageContaining("holds " + size);
        assertThatThrownBy(() -> ArchiveRange.of(0, 3)).hasMessageStartingWith("EJ1909");
        assertThatThrownBy(() -> ArchiveRange.of(5, 3)).hasMessageStartingWith("EJ1909");
        assertThatThrownBy(() -> Archive.writeYear(school(), t.store(), SchoolYearId.of("1999-2000"), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1909")
                .hasMessageContaining("OpenSchoolYear", "1999-2000");
        assertThatThrownBy(() -> Archive.writeYear(school(), t.store(), YEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1909");
        assertThat(out.size()).isZero();
    }

    @Test
    void only_a_range_from_the_first_entry_restores_and_the_first_year_restores_to_the_journal_at_its_close() {
        TwoYears t = twoYears();
        ByteArrayOutputStream y1 = new ByteArrayOutputStream();
        ByteArrayOutputStream y2 = new ByteArrayOutputStream();
        Archive.writeYear(school(), t.store(), YEAR, y1);
        Archive.writeYear(school(), t.store(), YEAR2, y2);

        InMemoryStore empty = InMemoryStore.create();
        assertThatThrownBy(() -> Archive.restore(new ByteArrayInputStream(y2.toByteArray()), empty, SCHOOL_ID))
                .isInstanceOfSatisfying(ArchiveException.class, e -> {
                    assertThat(e.code()).isEqualTo("EJ1912");
                    assertThat(e.problems()).isEmpty();
                })
                .hasMessageContaining("entries " + (t.close + 1) + " to ", "first school year");
        assertThat(empty.size(SCHOOL_ID)).isZero();
        assertThat(empty.checkpoints(SCHOOL_ID)).isEmpty();

        Archive.restore(new ByteArrayInputStream(y1.toByteArray()), empty, SCHOOL_ID, List.of(SIGNER.verifier()));
        Journal restored = open(empty, t.fixture);
        assertThat(restored.size()).isEqualTo(t.close); // the close is a tombstone: the next entry follows it
        assertThat(empty.size(SCHOOL_ID)).isEqualTo(t.close);
        assertThat(restored.verify().breaks()).isEmpty();
        Map<Long, Hash> atClose = checkpointRoots(t.store(), 0, t.close);
        assertThat(restored.root()).isEqualTo(atClose.get(t.close));
        assertThat(restored.checkpoints()).hasSize(atClose.size());
    }

    @Test
    void a_later_year_continues_the_earlier_one_and_an_archive_of_another_log_does_not() {
        TwoYears t = twoYears();
        byte[] y1 = yearArchive(t.store(), YEAR);
        byte[] y2 = yearArchive(t.store(), YEAR2);
        byte[] all = archive(t.store());
        assertThat(consistency(y1, y2)).isEmpty();
        assertThat(consistency(all, y2)).isEmpty(); // overlapping: the shared entries agree
        assertThat(consistency(y1, all)).isEmpty(); // the later one starts at the earlier one's start
        assertThat(consistency(archive(t.store(), ArchiveRange.of(1, 10)), archive(t.store(), ArchiveRange.of(5, 12))))
                .isEmpty();

        // in the wrong order, or with a gap: they cannot be compared
        assertThat(consistency(y2, y1)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.INCONSISTENT);
            assertThat(p.message()).contains("cannot be compared");
        });
        assertThat(consistency(archive(t.store(), ArchiveRange.of(1, 10)), archive(t.store(), ArchiveRange.of(12, 15))))
                .extracting(ArchiveProblem::kind).containsExactly(ArchiveProblem.Kind.INCONSISTENT);

        // the same school's setup recorded again: other salts, another log
        TwoYears other = twoYears();
        byte[] otherY2 = yearArchive(other.store(), YEAR2);
        // intact on its own, signed by the same key: only comparing with the earlier year tells
        assertThat(verifySigned(otherY2).problems()).isEmpty();
        assertThat(consistency(y1, otherY2)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.INCONSISTENT);
            assertThat(p.part()).isEqualTo("later");
            assertThat(p.message()).contains("the log before entry " + (t.close + 1) + " has root");
        });
        byte[] otherAll = archive(other.store());
        assertThat(consistency(otherAll, y2)).extracting(ArchiveProblem::message)
                .anySatisfy(m -> assertThat(m).contains("has root"))
                .anySatisfy(m -> assertThat(m).contains("that both archives hold differ"));

        // a damaged archive is reported, not compared
        byte[] damaged = y1.clone();
        damaged[start(y1, Archive.EVENTS) + 10] ^= 0x01;
        assertThat(consistency(damaged, y2)).singleElement().satisfies(p -> {
            assertThat(p.part()).isEqualTo("earlier");
            assertThat(p.message()).contains("damaged");
        });
    }

    private static byte[] yearArchive(JournalStore store, SchoolYearId year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archive.writeYear(school(), store, year, out);
        return out.toByteArray();
    }

    private static List<ArchiveProblem> consistency(byte[] earlier, byte[] later) {
        return Archive.verifyConsistency(new ByteArrayInputStream(earlier), new ByteArrayInputStream(later));
    }

    @Test
    void a_forger_who_replaces_the_tree_before_the_range_is_caught_by_the_checkpoints() {
        TwoYears t = twoYears();
        byte[] y2 = yearArchive(t.store(), YEAR2);
        Manifest m = manifest(y2);
        // another tree of the same size before the range, and every digest and checksum made right
        MerkleLog fake = MerkleLog.empty();
        for (long i = 0; i < m.before().size(); i++) {
            fake.append(new org.ejournal.core.log.Hasher().digest(new byte[] {(byte) i}));
        }
        MerkleLog after = MerkleLog.from(fake.frontier());
        t.store().entries(SCHOOL_ID).skip(m.first() - 1).forEach(e -> after.append(e.leafHash()));
        Manifest forged = new Manifest(m.school(), m.zone(), m.first(), m.events(), fake.frontier(), after.root(),
                m.checkpoints(), m.eventsSha256(), m.checkpointsSha256());
        byte[] archive = replace(y2, Archive.MANIFEST, forged.toBytes());

        ArchiveReport r = verify(archive);
        assertThat(r.problems()).hasSize(4).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.CHECKPOINT_ROOT_MISMATCH);
            assertThat(p.part()).isEqualTo(Archive.CHECKPOINTS);
        });
        assertThat(r.problems()).extracting(ArchiveProblem::index).containsExactly(0L, 1L, 2L, 3L);
        assertThat(consistency(yearArchive(t.store(), YEAR), archive)).extracting(ArchiveProblem::kind)
                .containsExactly(ArchiveProblem.Kind.INCONSISTENT);
    }

    @Test
    void the_checkpoints_are_checked_by_signature_when_keys_are_given_and_by_root_always() {
        TwoYears t = twoYears();
        InMemoryStore store = Stores.copy(t.store(), SCHOOL_ID);
        long size = store.size(SCHOOL_ID);
        Ed25519CheckpointSigner stranger = Ed25519CheckpointSigner.generate("ejournal/kamchatka-school-1");
        store.addCheckpoint(SCHOOL_ID, Checkpoint.of(t.origin(), store.frontier(SCHOOL_ID)).sign(stranger));
        store.addCheckpoint(SCHOOL_ID, Checkpoint.of(t.origin(), size - 1, t.root()).sign(SIGNER));
        int stored = store.checkpoints(SCHOOL_ID).size();
        byte[] archive = archive(store, ArchiveRange.of(t.close + 1, size));
        int archived = (int) manifest(archive).checkpoints();
        assertThat(archived).isEqualTo(6);

        ArchiveReport unsigned = verify(archive);
        assertThat(unsigned.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.CHECKPOINT_ROOT_MISMATCH);
            assertThat(p.index()).isEqualTo(archived - 1);
            assertThat(p.code()).isEqualTo("EJ1905");
        });
        ArchiveReport signed = verifySigned(archive);
        assertThat(signed.problems()).extracting(ArchiveProblem::kind, ArchiveProblem::index).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ArchiveProblem.Kind.CHECKPOINT_UNVERIFIED, (long) archived - 2),
                org.assertj.core.groups.Tuple.tuple(ArchiveProblem.Kind.CHECKPOINT_ROOT_MISMATCH, (long) archived - 1));
        assertThat(signed.checkpoints()).isEqualTo(archived - 1);
        assertThat(stored).isGreaterThan(archived); // the first year's checkpoints before the close are left out
    }

    @Test
    void the_empty_log_and_an_empty_range_archive_to_the_right_roots() {
        SchoolFixture f = SchoolFixture.empty();
        byte[] archive = archive(f.store);
        ArchiveReport r = verify(archive);
        assertThat(r.problems()).isEmpty();
        assertThat(r.range()).isEqualTo(ArchiveRange.all(0));
        assertThat(r.root()).contains(org.ejournal.core.log.MerkleHashing.emptyRoot());
        InMemoryStore restored = InMemoryStore.create();
        Archive.restore(new ByteArrayInputStream(archive), restored, SCHOOL_ID);
        assertThat(restored.size(SCHOOL_ID)).isZero();
    }
}
