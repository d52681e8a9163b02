package org.ejournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.store.InMemoryStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two copies are written at once; one is damaged. The damage is reported with its part and event
 * index, and the good copy still restores. Any single flipped byte anywhere is reported.
 */
class DamagedCopiesTest {

    private static final long SEED = 0x4172_6368_6976_65L;
    private static byte[] good;
    private static SchoolFixture fixture;

    @BeforeAll
    static void writeTwoCopies() {
        fixture = SchoolFixture.create();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Archive.write(SchoolFixture.school(), fixture.store, first, second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        good = second.toByteArray();
    }

    private static ArchiveReport verify(byte[] bytes) {
        return Archive.verify(new ByteArrayInputStream(bytes));
    }

    /** Where the events part's data starts: after the manifest entry and the events' local header. */
    private static int eventsStart() {
        String text = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.indexOf("events", text.indexOf("\n", text.indexOf("sha256 events"))) + "events".length();
    }

    @Test
    void a_byte_flipped_inside_an_event_is_reported_with_its_index_and_the_other_copy_restores() {
        byte[] damaged = good.clone();
        int first = eventsStart(); // entry 0: header length and bytes, digest, marker, payload length and bytes
        int header = lengthAt(first);
        int payload = lengthAt(first + 4 + header + 32 + 1);
        int second = first + 4 + header + 32 + 1 + 4 + payload;
        damaged[second + 4 + 1] ^= 0x40; // entry 1's header's kind byte: no longer a header
        ArchiveReport r = verify(damaged);
        assertThat(r.isIntact()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveProblem.Kind.UNDECODABLE_EVENT);
            assertThat(p.part()).isEqualTo("events");
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.code()).isEqualTo("EJ1905");
        });
        assertThat(r.problems()).extracting(ArchiveProblem::kind).contains(ArchiveProblem.Kind.CHECKSUM_MISMATCH,
                ArchiveProblem.Kind.DIGEST_MISMATCH,
                ArchiveProblem.Kind.MALFORMED_CONTAINER);

        assertThatThrownBy(() -> Archive.restore(new ByteArrayInputStream(damaged), InMemoryStore.create(),
                SchoolFixture.SCHOOL_ID)).isInstanceOfSatisfying(ArchiveException.class, e -> {
                    assertThat(e.code()).isEqualTo("EJ1905");
                    assertThat(e.problems()).isEqualTo(r.problems());
                });

        InMemoryStore restored = InMemoryStore.create();
        Archive.restore(new ByteArrayInputStream(good), restored, SchoolFixture.SCHOOL_ID);
        assertThat(restored.events(SchoolFixture.SCHOOL_ID).toList())
                .isEqualTo(fixture.store.events(SchoolFixture.SCHOOL_ID).toList());
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
        assertThat(verify(new byte[0]).problems()).extracting(ArchiveProblem::kind)
                .contains(ArchiveProblem.Kind.MISSING_PART);
        assertThat(verify(Arrays.copyOf(good, good.length - 1)).isIntact()).isFalse();

        InMemoryStore restored = InMemoryStore.create();
        ArchiveReport ok = Archive.restore(new ByteArrayInputStream(good), restored, SchoolFixture.SCHOOL_ID);
        assertThat(ok.isIntact()).isTrue();
        assertThat(restored.size(SchoolFixture.SCHOOL_ID)).isEqualTo(fixture.journal.size());
    }

    @Test
    void a_tampered_manifest_root_is_reported_as_a_root_mismatch() {
        String text = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("root: ") + "root: ".length();
        byte[] damaged = good.clone();
        damaged[at] = (byte) (damaged[at] == '0' ? '1' : '0');
        assertThat(verify(damaged).problems()).extracting(ArchiveProblem::kind)
                .contains(ArchiveProblem.Kind.ROOT_MISMATCH, ArchiveProblem.Kind.CHECKSUM_MISMATCH);
    }

    @Test
    void flipping_any_single_byte_is_always_reported() {
        qt().withFixedSeed(SEED).withExamples(2000)
                .forAll(integers().between(0, good.length - 1), integers().between(1, 255))
                .checkAssert((at, mask) -> {
                    byte[] damaged = good.clone();
                    damaged[at] ^= mask.byteValue();
                    ArchiveReport r = verify(damaged);
                    assertThat(r.isIntact()).as("flip 0x%02x at byte %d of %d", mask, at, good.length).isFalse();
                });
    }

    @Test
    void flipping_every_byte_in_turn_is_reported() {
        for (int at = 0; at < good.length; at++) {
            byte[] damaged = good.clone();
            damaged[at] ^= 0x01;
            assertThat(verify(damaged).isIntact()).as("flip at byte %d", at).isFalse();
        }
    }

    private static int lengthAt(int at) {
        return (good[at] & 0xFF) << 24 | (good[at + 1] & 0xFF) << 16 | (good[at + 2] & 0xFF) << 8 | (good[at + 3] & 0xFF);
    }
}
