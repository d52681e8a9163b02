package org.ejournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.archive.ArchiveFixtures.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.LogReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A school year is written to two copies at once; one is damaged — in the events, the checkpoints,
 * the manifest. The damage is reported with its part and index, and the good copy still restores
 * with the same root. Any single flipped byte anywhere is reported, in an archive from the first
 * entry and in a range archive that carries the tree before it.
 */
class DamagedCopiesTest {

    private static final long SEED = 0x4172_6368_6976_65L;
    private static SchoolFixture fixture;
    /** The year's archive: from entry 1, with three signed checkpoints and a tombstone. */
    private static byte[] good;
    /** An archive of the log from entry 10: a frontier in its manifest. */
    private static byte[] range;

    @BeforeAll
    static void writeTwoCopies() {
        fixture = signedWithTombstone();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        ArchiveReport written = Archive.writeYear(SchoolFixture.school(), fixture.store, SchoolFixture.YEAR, first,
                second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(written.first()).isEqualTo(1);
        assertThat(written.checkpoints()).isEqualTo(3);
        good = second.toByteArray();
        range = archive(fixture.store, ArchiveRange.of(10, fixture.store.size(SchoolFixture.SCHOOL_ID)));
        assertThat(verifySigned(good).problems()).isEmpty();
        assertThat(verifySigned(range).problems()).isEmpty();
        assertThat(manifest(range).before().hashes()).hasSize(2); // 9 = 8 + 1
    }

    /** The good copy restores: the same entries, checkpoints and root, and a log that verifies. */
    private static void theGoodCopyRestores() {
        InMemoryStore restored = InMemoryStore.create();
        ArchiveReport ok = Archive.restore(new ByteArrayInputStream(good), restored, SchoolFixture.SCHOOL_ID,
                List.of(SIGNER.verifier()));
        assertThat(ok.isIntact()).isTrue();
        assertThat(restored.entries(SchoolFixture.SCHOOL_ID).toList())
                .isEqualTo(fixture.store.entries(SchoolFixture.SCHOOL_ID).toList());
        assertThat(restored.checkpoints(SchoolFixture.SCHOOL_ID)).isEqualTo(fixture.journal.checkpoints());
        LogReport log = AuditLog.verify(restored, SchoolFixture.SCHOOL_ID, List.of(SIGNER.verifier()));
        assertThat(log.breaks()).isEmpty();
        assertThat(log.root()).isEqualTo(fixture.journal.root());
    }

    private static void restoreIsRefused(byte[] damaged, ArchiveReport report) {
        InMemoryStore store = InMemoryStore.create();
        assertThatThrownBy(() -> Archive.restore(new ByteArrayInputStream(damaged), store, SchoolFixture.SCHOOL_ID,
                List.of(SIGNER.verifier()))).isInstanceOfSatisfying(ArchiveException.class, e -> {
                    assertThat(e.code()).isEqualTo("EJ1905");
                    assertThat(e.problems()).isEqualTo(report.problems());
                });
        assertThat(store.size(SchoolFixture.SCHOOL_ID)).isZero();
        assertThat(store.checkpoints(SchoolFixture.SCHOOL_ID)).isEmpty();
    }

    /** @return where the text of checkpoint {@code index} starts in the archive */
    private static int checkpointStart(byte[] archive, int index) {
        int at = start(archive, Archive.CHECKPOINTS);
        for (int i = 0; i < index; i++) {
            at += 4 + lengthAt(archive, at);
        }
        return at + 4;
    }

    @Test
    void a_byte_flipped_inside_an_event_is_reported_with_its_index_and_the_other_copy_restores() {
        byte[] damaged = good.clone();
        int first = start(good, Archive.EVENTS); // entry 0: header length and bytes, digest, marker, payload
        int header = lengthAt(good, first);
        int payload = lengthAt(good, first + 4 + header + 32 + 1);
        int second = first + 4 + header + 32 + 1 + 4 + payload;
        damaged[second + 4 + 1] ^= 0x40; // entry 1's header's kind byte: no longer a header
        ArchiveReport r = verifySigned(damaged);
        assertThat(r.isIntact()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.UNDECODABLE_EVENT);
            assertThat(p.part()).isEqualTo("events");
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.code()).isEqualTo("EJ1905");
        });
        // the leaf changed: every checkpoint of a later size no longer matches
        assertThat(r.problems()).filteredOn(p -> p.kind() == ArchiveProblem.Kind.CHECKPOINT_ROOT_MISMATCH)
                .extracting(ArchiveProblem::index).containsExactly(0L, 1L, 2L);
        assertThat(r.problems()).extracting(ArchiveProblem::kind).contains(ArchiveProblem.Kind.CHECKSUM_MISMATCH,
                ArchiveProblem.Kind.DIGEST_MISMATCH, ArchiveProblem.Kind.MALFORMED_CONTAINER);
        restoreIsRefused(damaged, r);
        theGoodCopyRestores();
    }

    @Test
    void a_byte_flipped_inside_a_checkpoint_is_reported_with_its_index_and_the_other_copy_restores() {
        byte[] damaged = good.clone();
        int text = checkpointStart(good, 1);
        String note = new String(good, text, lengthAt(good, text - 4), StandardCharsets.UTF_8);
        int rootLine = text + note.indexOf('\n', note.indexOf('\n') + 1) + 1; // the origin is ASCII
        damaged[rootLine] = (byte) (damaged[rootLine] == 'A' ? 'B' : 'A'); // another root, still base64

        ArchiveReport withoutKeys = verify(damaged);
        assertThat(withoutKeys.problems()).filteredOn(p -> p.part().equals(Archive.CHECKPOINTS))
                .extracting(ArchiveProblem::kind, ArchiveProblem::index).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ArchiveProblem.Kind.CHECKSUM_MISMATCH, -1L),
                        org.assertj.core.groups.Tuple.tuple(ArchiveProblem.Kind.DIGEST_MISMATCH, -1L),
                        org.assertj.core.groups.Tuple.tuple(ArchiveProblem.Kind.CHECKPOINT_ROOT_MISMATCH, 1L));
        ArchiveReport withKeys = verifySigned(damaged);
        assertThat(withKeys.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.CHECKPOINT_UNVERIFIED);
            assertThat(p.part()).isEqualTo("checkpoints");
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.message()).contains("BAD_SIGNATURE");
            assertThat(p.toString()).contains("at checkpoint 1");
        });
        assertThat(withKeys.checkpoints()).isEqualTo(2);
        restoreIsRefused(damaged, withKeys);
        theGoodCopyRestores();
    }

    @Test
    void a_damaged_signature_is_caught_by_the_checksums_without_keys_and_by_the_signature_with_them() {
        byte[] damaged = good.clone();
        int text = checkpointStart(good, 2);
        int length = lengthAt(good, text - 4);
        damaged[text + length - 10] = (byte) (damaged[text + length - 10] == 'A' ? 'B' : 'A'); // in the signature
        assertThat(verify(damaged).problems()).extracting(ArchiveProblem::kind).containsOnly(
                ArchiveProblem.Kind.CHECKSUM_MISMATCH, ArchiveProblem.Kind.DIGEST_MISMATCH,
                ArchiveProblem.Kind.MALFORMED_CONTAINER);
        assertThat(verifySigned(damaged).problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.CHECKPOINT_UNVERIFIED);
            assertThat(p.index()).isEqualTo(2);
        });
        // rebuilt with every checksum and digest right, only the signature tells
        byte[] checkpoints = Arrays.copyOfRange(damaged, start(good, Archive.CHECKPOINTS),
                start(good, Archive.CHECKPOINTS) + parts(good).get(Archive.CHECKPOINTS).data().length());
        Manifest m = manifest(good);
        byte[] forged = replace(replace(good, Archive.CHECKPOINTS, checkpoints), Archive.MANIFEST,
                new Manifest(m.school(), m.zone(), m.first(), m.events(), m.before(), m.root(), m.checkpoints(),
                        m.eventsSha256(), sha256(checkpoints)).toBytes());
        assertThat(verify(forged).problems()).isEmpty();
        assertThat(verifySigned(forged).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.CHECKPOINT_UNVERIFIED);
            assertThat(p.index()).isEqualTo(2);
        });
    }

    @Test
    void a_byte_flipped_in_the_manifest_is_reported_and_the_other_copy_restores() {
        String text = new String(good, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("first: ") + "first: ".length();
        byte[] damaged = good.clone();
        damaged[at] = '2';
        ArchiveReport r = verifySigned(damaged);
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.CHECKSUM_MISMATCH);
            assertThat(p.part()).isEqualTo("manifest");
        });
        // entry 2 has no frontier line for the one entry before it: the manifest is malformed
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.MALFORMED_MANIFEST);
            assertThat(p.part()).isEqualTo("manifest");
        });
        restoreIsRefused(damaged, r);
        theGoodCopyRestores();
    }

    @Test
    void a_truncated_copy_is_reported_and_the_other_restores() {
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        ArchiveReport r = verify(truncated);
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.MALFORMED_CONTAINER);
            assertThat(p.message()).contains("events", "truncated");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.MISSING_PART);
            assertThat(p.part()).isEqualTo("events");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.MISSING_PART);
            assertThat(p.part()).isEqualTo("checkpoints");
        });
        assertThat(verify(new byte[0]).problems()).extracting(ArchiveProblem::kind)
                .contains(ArchiveProblem.Kind.MISSING_PART);
        assertThat(verify(Arrays.copyOf(good, good.length - 1)).isIntact()).isFalse();
        theGoodCopyRestores();
    }

    @Test
    void a_tampered_manifest_root_is_reported_as_a_root_mismatch() {
        String text = new String(good, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("root: ") + "root: ".length();
        byte[] damaged = good.clone();
        damaged[at] = (byte) (damaged[at] == '0' ? '1' : '0');
        assertThat(verify(damaged).problems()).extracting(ArchiveProblem::kind)
                .contains(ArchiveProblem.Kind.ROOT_MISMATCH, ArchiveProblem.Kind.CHECKSUM_MISMATCH);
    }

    @Test
    void a_tampered_subtree_of_a_range_archive_is_reported() {
        String text = new String(range, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("subtree: ") + "subtree: ".length();
        byte[] damaged = range.clone();
        damaged[at] = (byte) (damaged[at] == '0' ? '1' : '0');
        assertThat(verify(damaged).problems()).extracting(ArchiveProblem::kind)
                .contains(ArchiveProblem.Kind.CHECKSUM_MISMATCH, ArchiveProblem.Kind.ROOT_MISMATCH,
                        ArchiveProblem.Kind.CHECKPOINT_ROOT_MISMATCH);
    }

    @Test
    void flipping_any_single_byte_is_always_reported() {
        for (byte[] archive : List.of(good, range)) {
            qt().withFixedSeed(SEED).withExamples(2000)
                    .forAll(integers().between(0, archive.length - 1), integers().between(1, 255))
                    .checkAssert((at, mask) -> {
                        byte[] damaged = archive.clone();
                        damaged[at] ^= mask.byteValue();
                        assertThat(verify(damaged).isIntact()).as("flip 0x%02x at byte %d of %d", mask, at,
                                archive.length).isFalse();
                    });
        }
    }

    @Test
    void flipping_every_byte_in_turn_is_reported() {
        for (int at = 0; at < good.length; at++) {
            byte[] damaged = good.clone();
            damaged[at] ^= 0x01;
            // without keys: Ed25519 in the JDK takes milliseconds a signature, and the checksums catch a flip
            assertThat(verify(damaged).isIntact()).as("flip at byte %d", at).isFalse();
        }
    }

    @Test
    void flipping_every_byte_of_a_range_archives_manifest_and_checkpoints_is_reported() {
        int manifest = start(range, Archive.MANIFEST);
        int checkpoints = start(range, Archive.CHECKPOINTS);
        int[][] spans = {
            {manifest, manifest + parts(range).get(Archive.MANIFEST).data().length()},
            {checkpoints, range.length}, // the checkpoints part, then the central directory
        };
        for (int[] span : spans) {
            for (int at = span[0]; at < span[1]; at++) {
                byte[] damaged = range.clone();
                damaged[at] ^= 0x01;
                assertThat(verify(damaged).isIntact()).as("flip at byte %d", at).isFalse();
            }
        }
    }

    private static int lengthAt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
