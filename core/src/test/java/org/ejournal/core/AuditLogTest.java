package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.log.Checkpoint;
import org.ejournal.core.log.CheckpointVerification;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.InclusionProof;
import org.ejournal.core.log.MerkleTree;
import org.ejournal.core.log.ProofVerifier;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.ForwardingStore;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogBreak;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.StoreException;
import org.ejournal.core.store.Stores;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The audit log (DESIGN.md §6): every accepted event becomes a leaf of the school's Merkle tree in
 * the same append, checkpoints are signed at period close and on demand, and {@code verify} finds
 * every change made to a stored log behind the journal's back, naming the entry.
 */
class AuditLogTest {

    static final Ed25519CheckpointSigner SIGNER = Ed25519CheckpointSigner.generate("ejournal/kamchatka-school-1");

    static SchoolFixture signed() {
        return SchoolFixture.create(b -> b.signer(SIGNER));
    }

    static SchoolFixture withMarks() {
        SchoolFixture f = signed();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(5)));
        f.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(3), "ошибка при вводе"));
        f.journal.checkpoint();
        return f;
    }

    @Nested
    class Appending {

        @Test
        void every_accepted_event_is_a_leaf_and_the_store_keeps_the_frontier_of_the_tree() {
            SchoolFixture f = withMarks();
            List<LogEntry> entries = f.store.entries(SCHOOL_ID).toList();
            assertThat(entries).hasSize((int) f.journal.size());
            MerkleTree tree = MerkleTree.of(entries.stream().map(LogEntry::leafHash).toList());
            assertThat(f.journal.root()).isEqualTo(tree.root());
            assertThat(f.store.frontier(SCHOOL_ID).root()).isEqualTo(tree.root());
            assertThat(f.store.frontier(SCHOOL_ID).size()).isEqualTo(f.journal.size());
            assertThat(f.journal.verify().breaks()).isEmpty();
        }

        @Test
        void a_rejected_command_adds_no_leaf() {
            SchoolFixture f = withMarks();
            Hash before = f.journal.root();
            Outcome o = f.journal.execute(RUS_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(9)));
            assertThat(o).isInstanceOf(Outcome.Rejected.class);
            assertThat(f.journal.root()).isEqualTo(before);
            assertThat(f.store.size(SCHOOL_ID)).isEqualTo(f.journal.size());
        }

        @Test
        void the_header_keeps_no_personal_data_and_the_payload_is_salted() {
            SchoolFixture f = signed();
            List<LogEntry> entries = f.store.entries(SCHOOL_ID).toList();
            byte[] surname = "Админова".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(contains(entries.get(0).header(), surname)).isFalse();
            assertThat(entries.get(0).payload()).containsSequence(surname);
            // the same command sealed twice gives two digests: a deleted payload cannot be confirmed by guessing
            SchoolFixture g = signed();
            assertThat(g.store.entries(SCHOOL_ID).findFirst().orElseThrow().payloadDigest())
                    .isNotEqualTo(entries.get(0).payloadDigest());
        }

        @Test
        void a_journal_reopened_over_its_store_has_the_same_root_and_state() {
            SchoolFixture f = withMarks();
            Journal reopened = Journal.builder().school(school()).store(f.store).signer(SIGNER).build();
            assertThat(reopened.root()).isEqualTo(f.journal.root());
            assertThat(reopened.state()).isEqualTo(f.state());
            reopened.execute(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(5)));
            assertThat(reopened.verify().isIntact()).isTrue();
        }
    }

    @Nested
    class Checkpoints {

        @Test
        void a_checkpoint_on_demand_is_signed_and_states_the_size_and_root() {
            SchoolFixture f = withMarks();
            String text = f.journal.checkpoint();
            CheckpointVerification v = SIGNER.verifier().withOrigin(f.journal.origin()).verify(text);
            assertThat(v).isInstanceOfSatisfying(CheckpointVerification.Verified.class, ok -> {
                assertThat(ok.checkpoint().size()).isEqualTo(f.journal.size());
                assertThat(ok.checkpoint().root()).isEqualTo(f.journal.root());
            });
            assertThat(f.journal.checkpoints()).endsWith(text);
            assertThat(text).startsWith("ejournal/kamchatka-school-1\n" + f.journal.size() + "\n");
        }

        @Test
        void closing_a_period_signs_a_checkpoint_by_itself() {
            SchoolFixture f = signed();
            int before = f.journal.checkpoints().size();
            f.clock.set(at(LocalDate.of(2026, 11, 2), 9, 0));
            f.accept(ADMIN, new ClosePeriod(Q1));
            assertThat(f.journal.checkpoints()).hasSize(before + 1);
            Checkpoint c = Checkpoint.readUnverified(f.journal.checkpoints().get(before)).orElseThrow();
            assertThat(c.size()).isEqualTo(f.journal.size());
            assertThat(c.root()).isEqualTo(f.journal.root());
        }

        @Test
        void without_a_signer_a_checkpoint_is_refused_with_a_code_and_nothing_is_stored() {
            SchoolFixture f = SchoolFixture.create();
            assertThatThrownBy(f.journal::checkpoint).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("EJ1911");
            assertThat(f.journal.checkpoints()).isEmpty();
        }

        @Test
        void an_inclusion_proof_of_an_entry_verifies_against_a_signed_checkpoint() {
            SchoolFixture f = withMarks();
            Checkpoint c = ((CheckpointVerification.Verified) SIGNER.verifier()
                    .verify(f.journal.checkpoints().get(0))).checkpoint();
            MerkleTree tree = AuditLog.tree(f.store, SCHOOL_ID);
            LogEntry mark = f.store.entries(SCHOOL_ID).toList().get((int) c.size() - 2);
            InclusionProof proof = tree.inclusionProof(mark.sequence() - 1, c.size());
            assertThat(ProofVerifier.verifyInclusion(proof, mark.leafHash(), c.root()).isVerified()).isTrue();
        }

        @Test
        void a_checkpoint_signed_by_an_unknown_key_is_a_break() {
            SchoolFixture f = withMarks();
            Ed25519CheckpointSigner stranger = Ed25519CheckpointSigner.generate("ejournal/kamchatka-school-1");
            f.store.addCheckpoint(SCHOOL_ID, Checkpoint.of(f.journal.origin(), f.store.frontier(SCHOOL_ID))
                    .sign(stranger));
            LogReport r = f.journal.verify();
            assertThat(r.breaks()).singleElement().satisfies(b -> {
                assertThat(b.kind()).isEqualTo(LogBreak.Kind.CHECKPOINT_UNVERIFIED);
                assertThat(b.checkpoint()).isEqualTo(r.checkpoints() - 1);
                assertThat(b.code()).isEqualTo("EJ1910");
            });
        }
    }

    @Nested
    class Tampering {

        @Test
        void a_changed_mark_in_the_store_is_caught_with_the_exact_entry_and_the_journal_refuses_to_open() {
            SchoolFixture f = withMarks();
            long target = f.journal.size() - 1; // the correction
            JournalStore forged = forge(f.store, target, e -> {
                byte[] p = e.payload().clone();
                p[p.length - 20] ^= 0x01;
                return new LogEntry(e.sequence(), e.header(), p, e.payloadDigest(), e.leafHash());
            });
            LogReport r = AuditLog.verify(forged, SCHOOL_ID, List.of(SIGNER.verifier()));
            assertThat(r.breaks()).extracting(LogBreak::sequence).containsOnly(target);
            assertThat(r.breaks()).extracting(LogBreak::kind).contains(LogBreak.Kind.PAYLOAD_DIGEST_MISMATCH);
            assertThatThrownBy(() -> Journal.builder().school(school()).store(forged).build())
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("EJ1910")
                    .hasMessageContaining("at entry " + target);
        }

        @Test
        void a_forger_who_recomputes_the_digest_and_leaf_is_caught_by_the_frontier_and_the_checkpoints() {
            SchoolFixture f = withMarks();
            long target = 3;
            org.ejournal.core.log.Hasher h = new org.ejournal.core.log.Hasher();
            JournalStore forged = forge(f.store, target, e -> {
                byte[] p = e.payload().clone();
                p[p.length - 20] ^= 0x01;
                Hash d = h.digest(p);
                return new LogEntry(e.sequence(), e.header(), p, d, h.leaf(e.header(), d));
            });
            LogReport r = AuditLog.verify(forged, SCHOOL_ID, List.of(SIGNER.verifier()));
            assertThat(r.breaks()).extracting(LogBreak::kind).contains(LogBreak.Kind.FRONTIER_MISMATCH,
                    LogBreak.Kind.CHECKPOINT_ROOT_MISMATCH);
        }

        @Test
        void every_break_is_reported_not_only_the_first() {
            SchoolFixture f = withMarks();
            JournalStore forged = forge(forge(f.store, 2, AuditLogTest::flipLeaf), 5, AuditLogTest::flipLeaf);
            LogReport r = AuditLog.verify(forged, SCHOOL_ID, List.of());
            assertThat(r.breaks()).filteredOn(b -> b.kind() == LogBreak.Kind.LEAF_MISMATCH)
                    .extracting(LogBreak::sequence).containsExactly(2L, 5L);
        }

        @Test
        void a_removed_entry_is_a_gap_and_a_removed_tail_is_beyond_the_checkpoints() {
            SchoolFixture f = withMarks();
            JournalStore missing = new ForwardingStore(f.store) {
                @Override
                public Stream<LogEntry> entries(SchoolId school) {
                    return super.entries(school).filter(e -> e.sequence() != 4);
                }
            };
            assertThat(AuditLog.verify(missing, SCHOOL_ID, List.of()).breaks())
                    .anySatisfy(b -> {
                        assertThat(b.kind()).isEqualTo(LogBreak.Kind.SEQUENCE_GAP);
                        assertThat(b.sequence()).isEqualTo(4);
                    });
            long size = f.journal.size();
            JournalStore cut = new ForwardingStore(f.store) {
                @Override
                public Stream<LogEntry> entries(SchoolId school) {
                    return super.entries(school).limit(size - 2);
                }
            };
            assertThat(AuditLog.verify(cut, SCHOOL_ID, List.of()).breaks()).extracting(LogBreak::kind)
                    .contains(LogBreak.Kind.CHECKPOINT_BEYOND_LOG, LogBreak.Kind.FRONTIER_MISMATCH);
        }

        @Test
        void flipping_each_bit_of_one_entry_is_reported_at_that_entry_exhaustively() {
            SchoolFixture f = withMarks();
            LogEntry e = f.store.entries(SCHOOL_ID).toList().get((int) f.journal.size() - 1);
            int checked = 0;
            for (int part = 0; part < 4; part++) {
                int length = switch (part) {
                    case 0 -> e.header().length;
                    case 1 -> e.payload().length;
                    default -> Hash.LENGTH;
                };
                for (int at = 0; at < length; at++) {
                    for (int bit = 0; bit < 8; bit++) {
                        int p = part;
                        int a = at;
                        int b = bit;
                        LogReport r = AuditLog.verify(forge(f.store, e.sequence(), x -> flip(x, p, a, b)), SCHOOL_ID,
                                List.of());
                        assertThat(r.breaks()).as("part %d byte %d bit %d", p, a, b)
                                .anySatisfy(br -> assertThat(br.sequence()).isEqualTo(e.sequence()));
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(8 * (e.header().length + e.payload().length + 2 * Hash.LENGTH));
        }

        @Test
        void flipping_any_bit_of_any_stored_part_is_always_reported() {
            SchoolFixture f = withMarks();
            List<LogEntry> entries = f.store.entries(SCHOOL_ID).toList();
            Random random = new Random(20261128L);
            int cases = 0;
            for (int i = 0; i < 600; i++) {
                int part = random.nextInt(6);
                JournalStore damaged;
                String what;
                if (part < 4) {
                    LogEntry e = entries.get(random.nextInt(entries.size()));
                    int bit = random.nextInt(8);
                    int at = random.nextInt(switch (part) {
                        case 0 -> e.header().length;
                        case 1 -> e.payload().length;
                        default -> Hash.LENGTH;
                    });
                    damaged = forge(f.store, e.sequence(), x -> flip(x, part, at, bit));
                    what = "part " + part + " byte " + at + " of entry " + e.sequence();
                    LogReport r = AuditLog.verify(damaged, SCHOOL_ID, List.of(SIGNER.verifier()));
                    assertThat(r.breaks()).as(what).isNotEmpty();
                    assertThat(r.breaks()).as(what).anySatisfy(b -> assertThat(b.sequence()).isEqualTo(e.sequence()));
                } else if (part == 4) {
                    Frontier fr = f.store.frontier(SCHOOL_ID);
                    int k = random.nextInt(fr.hashes().size());
                    byte[] b = fr.hashes().get(k).toBytes();
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    List<Hash> hs = new ArrayList<>(fr.hashes());
                    hs.set(k, Hash.of(b));
                    Frontier bad = new Frontier(fr.size(), hs);
                    damaged = new ForwardingStore(f.store) {
                        @Override
                        public Frontier frontier(SchoolId school) {
                            return bad;
                        }
                    };
                    what = "frontier hash " + k;
                    assertThat(AuditLog.verify(damaged, SCHOOL_ID, List.of()).breaks()).as(what)
                            .extracting(LogBreak::kind).contains(LogBreak.Kind.FRONTIER_MISMATCH);
                } else {
                    List<String> cps = f.store.checkpoints(SCHOOL_ID);
                    int k = random.nextInt(cps.size());
                    byte[] b = cps.get(k).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(7));
                    List<String> bad = new ArrayList<>(cps);
                    bad.set(k, new String(b, java.nio.charset.StandardCharsets.UTF_8));
                    damaged = new ForwardingStore(f.store) {
                        @Override
                        public List<String> checkpoints(SchoolId school) {
                            return bad;
                        }
                    };
                    what = "checkpoint " + k;
                    assertThat(AuditLog.verify(damaged, SCHOOL_ID, List.of(SIGNER.verifier())).breaks()).as(what)
                            .anySatisfy(br -> assertThat(br.checkpoint()).isEqualTo(k));
                }
                cases++;
            }
            assertThat(cases).isEqualTo(600);
        }
    }

    @Nested
    class Tombstones {

        @Test
        void purged_payloads_leave_tombstones_and_the_log_still_verifies() {
            SchoolFixture f = withMarks();
            Hash root = f.journal.root();
            long last = f.journal.size();
            f.store.purge(SCHOOL_ID, Set.of(last - 2, last - 1));
            LogReport r = f.journal.verify();
            assertThat(r.breaks()).isEmpty();
            assertThat(r.tombstones()).isEqualTo(2);
            assertThat(r.root()).isEqualTo(root);
            assertThat(f.store.entries(SCHOOL_ID).filter(LogEntry::isTombstone).map(LogEntry::sequence).toList())
                    .containsExactly(last - 2, last - 1);
        }

        @Test
        void a_journal_opens_over_tombstones_even_at_the_end_of_the_log_and_numbers_the_next_entry_after_them() {
            SchoolFixture f = withMarks();
            long last = f.journal.size();
            f.store.purge(SCHOOL_ID, Set.of(last - 1, last)); // Petrov's mark and the correction of Ivanova's

            Journal reopened = Journal.builder().school(school()).store(f.store).signer(SIGNER).clock(f.clock).build();

            assertThat(reopened.size()).isEqualTo(last);
            assertThat(reopened.<java.util.Optional<org.ejournal.core.model.MarkValue>>inspect(v -> v.mark(TASK, PETROV))).isEmpty();
            assertThat(reopened.<java.util.Optional<org.ejournal.core.model.MarkValue>>inspect(v -> v.mark(TASK, IVANOVA)))
                    .contains(FivePoint.of(4));
            Outcome o = reopened.execute(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(3)));
            assertThat(o).isInstanceOf(Outcome.Accepted.class);
            assertThat(((Outcome.Accepted) o).events().get(0).sequence()).isEqualTo(last + 1);
            assertThat(reopened.verify().isIntact()).isTrue();
        }

        @Test
        void purging_an_entry_that_is_not_there_changes_nothing() {
            SchoolFixture f = withMarks();
            assertThatThrownBy(() -> f.store.purge(SCHOOL_ID, Set.of(1L, f.journal.size() + 1)))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("EJ1901");
            assertThat(f.store.entries(SCHOOL_ID).noneMatch(LogEntry::isTombstone)).isTrue();
        }
    }

    @Test
    void a_copy_of_the_store_verifies_and_opens_to_the_same_journal() {
        SchoolFixture f = withMarks();
        JournalStore copy = Stores.copy(f.store, SCHOOL_ID);
        Journal j = Journal.builder().school(school()).store(copy).signer(SIGNER).build();
        assertThat(j.root()).isEqualTo(f.journal.root());
        assertThat(j.verify().isIntact()).isTrue();
    }

    // ------------------------------------------------------------------ forging helpers

    static boolean contains(byte[] haystack, byte[] needle) {
        return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(new String(needle, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    static JournalStore forge(JournalStore store, long sequence, UnaryOperator<LogEntry> change) {
        return new ForwardingStore(store) {
            @Override
            public Stream<LogEntry> entries(SchoolId school) {
                return super.entries(school).map(e -> e.sequence() == sequence ? change.apply(e) : e);
            }
        };
    }

    static LogEntry flipLeaf(LogEntry e) {
        return flip(e, 3, 0, 0);
    }

    /** Flips one bit of one part: 0 header, 1 payload, 2 digest, 3 leaf. */
    static LogEntry flip(LogEntry e, int part, int at, int bit) {
        byte[] header = e.header().clone();
        byte[] payload = e.payload().clone();
        byte[] digest = e.payloadDigest().toBytes();
        byte[] leaf = e.leafHash().toBytes();
        byte[] target = switch (part) {
            case 0 -> header;
            case 1 -> payload;
            case 2 -> digest;
            default -> leaf;
        };
        target[at] ^= (byte) (1 << bit);
        return new LogEntry(e.sequence(), header, payload, Hash.of(digest), Hash.of(leaf));
    }
}
