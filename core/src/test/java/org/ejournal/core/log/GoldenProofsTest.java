package org.ejournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.log.ProofVerification.Problem.FIRST_ROOT_MISMATCH;
import static org.ejournal.core.log.ProofVerification.Problem.OUT_OF_RANGE;
import static org.ejournal.core.log.ProofVerification.Problem.ROOT_MISMATCH;
import static org.ejournal.core.log.ProofVerification.Problem.SECOND_ROOT_MISMATCH;
import static org.ejournal.core.log.ProofVerification.Problem.WRONG_LENGTH;
import static org.ejournal.core.log.TestVectors.CONSISTENCY_PROOFS;
import static org.ejournal.core.log.TestVectors.INCLUSION_PROOFS;
import static org.ejournal.core.log.TestVectors.LEAF_HASHES;
import static org.ejournal.core.log.TestVectors.ROOTS;
import static org.ejournal.core.log.TestVectors.flip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Roots and proofs over the eight golden leaves of transparency-dev/merkle: the known proofs are
 * produced exactly; every proof of every size verifies; and the corruptions of transparency-dev's
 * and Trillian's verifier tests (plus every single bit flipped) are rejected with the right problem.
 */
class GoldenProofsTest {

    private static final MerkleTree TREE = TestVectors.tree();
    private static final Hash SOME_HASH =
            Hash.parse("abacaba000000000000000000000000000000000000000000060061e00123456");

    @Test
    void the_roots_of_sizes_0_to_8_are_the_golden_ones() {
        assertThat(TREE.size()).isEqualTo(8);
        for (int size = 0; size <= 8; size++) {
            assertThat(TREE.root(size)).as("root of %d", size).isEqualTo(ROOTS.get(size));
        }
        assertThat(TREE.root()).isEqualTo(ROOTS.get(8));
        assertThat(MerkleTree.of(List.of()).root()).isEqualTo(MerkleHashing.emptyRoot());
    }

    @Test
    void the_known_inclusion_proofs_are_produced_exactly_and_verify() {
        for (InclusionProof known : INCLUSION_PROOFS) {
            assertThat(TREE.inclusionProof(known.leafIndex(), known.treeSize())).isEqualTo(known);
            assertThat(verify(known, LEAF_HASHES.get((int) known.leafIndex()), ROOTS.get((int) known.treeSize())))
                    .as("%s", known).isEqualTo(ProofVerification.verified());
        }
    }

    @Test
    void the_known_consistency_proofs_are_produced_exactly_and_verify() {
        for (ConsistencyProof known : CONSISTENCY_PROOFS) {
            assertThat(TREE.consistencyProof(known.size1(), known.size2())).isEqualTo(known);
            assertThat(verify(known, ROOTS.get((int) known.size1()), ROOTS.get((int) known.size2())))
                    .as("%s", known).isEqualTo(ProofVerification.verified());
        }
    }

    @Test
    void every_inclusion_proof_of_every_leaf_of_every_size_verifies_and_every_bit_flip_is_caught() {
        int proofs = 0;
        for (int size = 1; size <= 8; size++) {
            for (int index = 0; index < size; index++) {
                InclusionProof proof = TREE.inclusionProof(index, size);
                Hash leaf = LEAF_HASHES.get(index);
                Hash root = ROOTS.get(size);
                assertThat(verify(proof, leaf, root)).as("%s", proof).isEqualTo(ProofVerification.verified());
                for (int bit = 0; bit < 256; bit++) {
                    assertRejected(verify(proof, flip(leaf, bit), root), ROOT_MISMATCH);
                    assertRejected(verify(proof, leaf, flip(root, bit)), ROOT_MISMATCH);
                    for (int e = 0; e < proof.path().size(); e++) {
                        assertRejected(verify(withElement(proof, e, flip(proof.path().get(e), bit)), leaf, root),
                                ROOT_MISMATCH);
                    }
                }
                for (InclusionProof corrupt : corruptions(proof)) {
                    assertThat(verify(corrupt, leaf, root).isVerified()).as("%s", corrupt).isFalse();
                }
                for (int other = 0; other < size; other++) {
                    if (other != index) {
                        assertThat(verify(proof, LEAF_HASHES.get(other), root).isVerified())
                                .as("leaf %d with the proof of %d", other, index).isFalse();
                    }
                }
                proofs++;
            }
        }
        assertThat(proofs).isEqualTo(36);
    }

    @Test
    void every_consistency_proof_between_every_pair_of_sizes_verifies_and_every_bit_flip_is_caught() {
        int proofs = 0;
        for (int size2 = 0; size2 <= 8; size2++) {
            for (int size1 = 0; size1 <= size2; size1++) {
                ConsistencyProof proof = TREE.consistencyProof(size1, size2);
                Hash root1 = ROOTS.get(size1);
                Hash root2 = ROOTS.get(size2);
                assertThat(verify(proof, root1, root2)).as("%s", proof).isEqualTo(ProofVerification.verified());
                assertThat(proof.path().isEmpty()).isEqualTo(size1 == 0 || size1 == size2);
                for (int bit = 0; bit < 256; bit++) {
                    assertThat(verify(proof, flip(root1, bit), root2).isVerified()).isFalse();
                    if (size1 > 0) { // every tree extends the empty one: root2 is then free
                        assertThat(verify(proof, root1, flip(root2, bit)).isVerified()).isFalse();
                    }
                    for (int e = 0; e < proof.path().size(); e++) {
                        assertThat(verify(withElement(proof, e, flip(proof.path().get(e), bit)), root1, root2)
                                .isVerified()).as("%s element %d bit %d", proof, e, bit).isFalse();
                    }
                }
                if (!proof.path().isEmpty()) {
                    for (ConsistencyProof corrupt : corruptions(proof, root1, root2)) {
                        assertThat(verify(corrupt, root1, root2).isVerified()).as("%s", corrupt).isFalse();
                    }
                    assertThat(verify(proof, root2, root1).isVerified()).as("swapped roots").isFalse();
                    assertThat(verify(proof, root1, SOME_HASH).isVerified()).isFalse();
                    assertThat(verify(proof, SOME_HASH, root2).isVerified()).isFalse();
                }
                proofs++;
            }
        }
        assertThat(proofs).isEqualTo(45);
    }

    @Test
    void a_proof_for_another_leaf_or_a_wrong_root_says_root_mismatch() {
        InclusionProof proof = TREE.inclusionProof(5, 8);
        assertRejected(verify(proof, LEAF_HASHES.get(5), MerkleHashing.emptyRoot()), ROOT_MISMATCH);
        assertRejected(verify(proof, LEAF_HASHES.get(5), SOME_HASH), ROOT_MISMATCH);
        assertRejected(verify(proof, LEAF_HASHES.get(4), ROOTS.get(8)), ROOT_MISMATCH);
        assertRejected(verify(new InclusionProof(4, 8, proof.path()), LEAF_HASHES.get(5), ROOTS.get(8)),
                ROOT_MISMATCH);
    }

    @Test
    void an_index_or_size_out_of_range_is_answered_not_thrown() {
        List<Hash> none = List.of();
        for (long[] p : new long[][] {{0, 0}, {1, 0}, {2, 1}, {-1, 4}, {5, -3}, {Long.MAX_VALUE, Long.MAX_VALUE}}) {
            assertRejected(verify(new InclusionProof(p[0], p[1], none), SOME_HASH, MerkleHashing.emptyRoot()),
                    OUT_OF_RANGE);
        }
        assertRejected(verify(new ConsistencyProof(1, 0, none), ROOTS.get(1), ROOTS.get(0)), OUT_OF_RANGE);
        assertRejected(verify(new ConsistencyProof(5, 2, none), ROOTS.get(5), ROOTS.get(2)), OUT_OF_RANGE);
        assertRejected(verify(new ConsistencyProof(-1, 2, none), ROOTS.get(0), ROOTS.get(2)), OUT_OF_RANGE);
        assertThat(((ProofVerification.Rejected) verify(new InclusionProof(2, 1, none), SOME_HASH, SOME_HASH)).code())
                .isEqualTo("EJ1310");
    }

    @Test
    void a_proof_of_the_wrong_length_says_so() {
        InclusionProof proof = TREE.inclusionProof(0, 8);
        List<Hash> longer = new ArrayList<>(proof.path());
        longer.add(ROOTS.get(8));
        assertRejected(verify(new InclusionProof(0, 8, longer), LEAF_HASHES.get(0), ROOTS.get(8)), WRONG_LENGTH);
        assertRejected(verify(new InclusionProof(0, 8, proof.path().subList(0, 2)), LEAF_HASHES.get(0), ROOTS.get(8)),
                WRONG_LENGTH);
        assertRejected(verify(new InclusionProof(0, 1, List.of(SOME_HASH)), LEAF_HASHES.get(0), ROOTS.get(1)),
                WRONG_LENGTH);

        ConsistencyProof six = TREE.consistencyProof(6, 8);
        assertRejected(verify(new ConsistencyProof(6, 8, List.of()), ROOTS.get(6), ROOTS.get(8)), WRONG_LENGTH);
        assertRejected(verify(new ConsistencyProof(6, 8, six.path().subList(0, 2)), ROOTS.get(6), ROOTS.get(8)),
                WRONG_LENGTH);
        List<Hash> trailing = new ArrayList<>(six.path());
        trailing.add(ROOTS.get(8));
        assertRejected(verify(new ConsistencyProof(6, 8, trailing), ROOTS.get(6), ROOTS.get(8)), WRONG_LENGTH);
        assertThat(((ProofVerification.Rejected) verify(new ConsistencyProof(6, 8, List.of()), ROOTS.get(6),
                ROOTS.get(8))).code()).isEqualTo("EJ1311");
    }

    /** Trillian's TestVerifyConsistencyProof table, where sizes 0 and equal sizes need no proof. */
    @Test
    void the_edges_of_consistency_answer_as_transparency_dev_does_but_pin_the_empty_root() {
        Hash empty = MerkleHashing.emptyRoot();
        List<Hash> none = List.of();
        List<Hash> one = List.of(empty);
        // equal sizes: equal roots and an empty proof
        assertRejected(verify(new ConsistencyProof(1, 1, none), ROOTS.get(1), ROOTS.get(2)), SECOND_ROOT_MISMATCH);
        assertThat(verify(new ConsistencyProof(1, 1, none), ROOTS.get(2), ROOTS.get(2)).isVerified()).isTrue();
        assertRejected(verify(new ConsistencyProof(1, 1, one), empty, empty), WRONG_LENGTH);
        assertThat(verify(new ConsistencyProof(0, 0, none), empty, empty).isVerified()).isTrue();
        assertRejected(verify(new ConsistencyProof(0, 0, one), empty, empty), WRONG_LENGTH);
        // from size 0: any tree extends the empty one, whose root is known
        assertThat(verify(new ConsistencyProof(0, 1, none), empty, ROOTS.get(1)).isVerified()).isTrue();
        assertThat(verify(new ConsistencyProof(0, 5, none), empty, SOME_HASH).isVerified()).isTrue();
        assertRejected(verify(new ConsistencyProof(0, 1, one), empty, empty), WRONG_LENGTH);
        // transparency-dev accepts any first root at size 0; here it must be the empty tree's
        assertRejected(verify(new ConsistencyProof(0, 1, none), ROOTS.get(1), ROOTS.get(1)), FIRST_ROOT_MISMATCH);
        assertRejected(verify(new ConsistencyProof(0, 0, none), SOME_HASH, SOME_HASH), FIRST_ROOT_MISMATCH);
        // between different sizes a proof is never empty
        assertRejected(verify(new ConsistencyProof(1, 2, none), ROOTS.get(1), ROOTS.get(2)), WRONG_LENGTH);
    }

    @Test
    void a_consistency_proof_names_which_root_it_misses() {
        ConsistencyProof proof = TREE.consistencyProof(6, 8);
        assertRejected(verify(proof, ROOTS.get(5), ROOTS.get(8)), FIRST_ROOT_MISMATCH);
        assertRejected(verify(proof, ROOTS.get(6), ROOTS.get(7)), SECOND_ROOT_MISMATCH);
        ConsistencyProof four = TREE.consistencyProof(4, 8); // size1 a power of two: root1 is the seed
        assertRejected(verify(four, ROOTS.get(3), ROOTS.get(8)), SECOND_ROOT_MISMATCH);
        assertThat(((ProofVerification.Rejected) verify(proof, ROOTS.get(5), ROOTS.get(8))).code()).isEqualTo("EJ1313");
        assertThat(((ProofVerification.Rejected) verify(proof, ROOTS.get(6), ROOTS.get(7))).code()).isEqualTo("EJ1314");
    }

    /**
     * A root commits to leaves, not to a size: the verifier cannot tell a leaf's hash from a
     * subtree's, so a proof also passes for another size with the same path shape. The size must
     * come with the root from one signed checkpoint; the class Javadoc says so.
     */
    @Test
    void a_root_does_not_bind_the_size_of_a_proof_with_the_same_shape() {
        InclusionProof five = TREE.inclusionProof(0, 5);
        for (long size : new long[] {6, 7, 8}) {
            assertThat(verify(new InclusionProof(0, size, five.path()), LEAF_HASHES.get(0), ROOTS.get(5)).isVerified())
                    .as("as size %d", size).isTrue();
        }
        assertThat(verify(new InclusionProof(0, 10, five.path()), LEAF_HASHES.get(0), ROOTS.get(5)).isVerified())
                .as("twice the size has another shape").isFalse();
        ConsistencyProof sixToEight = TREE.consistencyProof(6, 8);
        assertThat(verify(new ConsistencyProof(6, 7, sixToEight.path()), ROOTS.get(6), ROOTS.get(8)).isVerified())
                .isTrue();
    }

    @Test
    void trillians_single_entry_cases() {
        Hash hash = MerkleHashing.leafHash("data".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        InclusionProof proof = new InclusionProof(0, 1, List.of());
        assertThat(verify(proof, hash, hash).isVerified()).isTrue();
        assertRejected(verify(proof, hash, MerkleHashing.emptyRoot()), ROOT_MISMATCH);
        assertRejected(verify(proof, MerkleHashing.emptyRoot(), hash), ROOT_MISMATCH);
    }

    @Test
    void producing_a_proof_outside_the_tree_is_a_programming_error() {
        assertThatThrownBy(() -> TREE.inclusionProof(8, 8)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageStartingWith("EJ1301");
        assertThatThrownBy(() -> TREE.inclusionProof(0, 9)).hasMessageStartingWith("EJ1301");
        assertThatThrownBy(() -> TREE.inclusionProof(-1)).hasMessageStartingWith("EJ1301");
        assertThatThrownBy(() -> TREE.consistencyProof(3, 2)).hasMessageStartingWith("EJ1301");
        assertThatThrownBy(() -> TREE.consistencyProof(0, 9)).hasMessageStartingWith("EJ1301");
        assertThatThrownBy(() -> TREE.consistencyProof(-1, 2)).hasMessageStartingWith("EJ1301");
        assertThatThrownBy(() -> TREE.root(9)).hasMessageStartingWith("EJ1301");
        assertThatThrownBy(() -> TREE.root(-1)).hasMessageStartingWith("EJ1301");
        assertThatThrownBy(() -> TREE.leafHash(8)).hasMessageStartingWith("EJ1301");
        assertThat(TREE.leafHash(7)).isEqualTo(LEAF_HASHES.get(7));
        assertThat(TREE.inclusionProof(3)).isEqualTo(TREE.inclusionProof(3, 8));
    }

    @Test
    void nulls_are_programming_errors_with_a_code() {
        InclusionProof proof = TREE.inclusionProof(0);
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(null, SOME_HASH, SOME_HASH))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("EJ1309 proof");
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(proof, null, SOME_HASH))
                .hasMessageStartingWith("EJ1309 leafHash");
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(TREE.consistencyProof(1, 2), SOME_HASH, null))
                .hasMessageStartingWith("EJ1309 root2");
        assertThatThrownBy(() -> new InclusionProof(0, 1, Collections.singletonList(null)))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> new ConsistencyProof(0, 1, null)).hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> MerkleTree.of(Collections.singletonList(null))).hasMessageStartingWith("EJ1309");
    }

    @Test
    void proofs_are_immutable_values() {
        List<Hash> path = new ArrayList<>(TREE.inclusionProof(2, 8).path());
        InclusionProof proof = new InclusionProof(2, 8, path);
        path.clear();
        assertThat(proof.path()).hasSize(3);
        assertThat(proof).isEqualTo(TREE.inclusionProof(2, 8));
        assertThatThrownBy(() -> proof.path().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ------------------------------------------------------------------------------------ helpers

    private static ProofVerification verify(InclusionProof proof, Hash leaf, Hash root) {
        return ProofVerifier.verifyInclusion(proof, leaf, root);
    }

    private static ProofVerification verify(ConsistencyProof proof, Hash root1, Hash root2) {
        return ProofVerifier.verifyConsistency(proof, root1, root2);
    }

    private static void assertRejected(ProofVerification answer, ProofVerification.Problem problem) {
        assertThat(answer).isInstanceOfSatisfying(ProofVerification.Rejected.class,
                rejected -> assertThat(rejected.problem()).as("%s", rejected).isEqualTo(problem));
    }

    private static InclusionProof withElement(InclusionProof proof, int e, Hash hash) {
        List<Hash> path = new ArrayList<>(proof.path());
        path.set(e, hash);
        return new InclusionProof(proof.leafIndex(), proof.treeSize(), path);
    }

    private static ConsistencyProof withElement(ConsistencyProof proof, int e, Hash hash) {
        List<Hash> path = new ArrayList<>(proof.path());
        path.set(e, hash);
        return new ConsistencyProof(proof.size1(), proof.size2(), path);
    }

    /** Trillian's corruptInclusionProof, less the byte strings of other lengths a Hash cannot be. */
    private static List<InclusionProof> corruptions(InclusionProof p) {
        long i = p.leafIndex();
        long n = p.treeSize();
        List<Hash> path = p.path();
        List<InclusionProof> all = new ArrayList<>(List.of(
                new InclusionProof(i - 1, n, path), new InclusionProof(i + 1, n, path),
                new InclusionProof(i ^ 2, n, path), new InclusionProof(i, n * 2, path),
                new InclusionProof(i, n / 2, path),
                new InclusionProof(i, n, edit(path, l -> append(l, ROOTS.get((int) n)))),
                new InclusionProof(i, n, edit(path, l -> prepend(l, ROOTS.get((int) n))))));
        if (!path.isEmpty()) {
            all.add(new InclusionProof(i, n, path.subList(0, path.size() - 1)));
        }
        if (path.size() > 1) {
            all.add(new InclusionProof(i, n, edit(path, l -> {
                l.add(1, SOME_HASH);
                return l;
            })));
        }
        return all;
    }

    /** Trillian's corruptConsistencyProof, less the byte strings of other lengths. */
    private static List<ConsistencyProof> corruptions(ConsistencyProof p, Hash root1, Hash root2) {
        long m = p.size1();
        long n = p.size2();
        List<Hash> path = p.path();
        return List.of(
                new ConsistencyProof(m - 1, n, path), new ConsistencyProof(m + 1, n, path),
                new ConsistencyProof(m ^ 2, n, path), new ConsistencyProof(m, n * 2, path),
                new ConsistencyProof(m, n / 2, path), new ConsistencyProof(m, n, List.of()),
                new ConsistencyProof(m, n, edit(path, l -> append(l, root1))),
                new ConsistencyProof(m, n, edit(path, l -> append(l, root2))),
                new ConsistencyProof(m, n, edit(path, l -> prepend(l, root1))),
                new ConsistencyProof(m, n, edit(path, l -> prepend(l, root2))),
                new ConsistencyProof(m, n, edit(path, l -> prepend(l, path.get(0)))),
                new ConsistencyProof(m, n, path.subList(0, path.size() - 1)));
    }

    private static List<Hash> edit(List<Hash> path, UnaryOperator<List<Hash>> change) {
        return change.apply(new ArrayList<>(path));
    }

    private static List<Hash> append(List<Hash> list, Hash hash) {
        list.add(hash);
        return list;
    }

    private static List<Hash> prepend(List<Hash> list, Hash hash) {
        list.add(0, hash);
        return list;
    }
}
