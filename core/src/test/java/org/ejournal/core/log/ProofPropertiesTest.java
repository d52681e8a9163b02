package org.ejournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.log.TestVectors.flip;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/**
 * Properties of the tree and its proofs over random trees of up to {@value #MAX_LEAVES} distinct
 * leaves: the log and the tree agree; every proof verifies; flipping any bit of a proof hash, of
 * the leaf hash or of a root is caught; another index is caught; and another size is caught
 * unless its path has the same shape, which a root alone cannot tell apart (the shapes come from
 * RFC 6962's recursive definitions, independently of the RFC 9162 verifier under test). Seeds are
 * fixed so that every run tries the same trees.
 */
class ProofPropertiesTest {

    private static final long SEED = 20_261_128L;
    private static final int MAX_LEAVES = 300;

    @Test
    void the_log_and_the_tree_agree_on_the_root_of_every_size_and_the_frontier_restores() {
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(integers().between(0, MAX_LEAVES), longs().all(), integers().between(0, MAX_LEAVES))
                .checkAssert((size, seed, cut) -> {
                    List<Hash> leaves = leaves(seed, size);
                    MerkleTree tree = MerkleTree.of(leaves);
                    MerkleLog log = MerkleLog.empty();
                    MerkleLog restored = null;
                    assertThat(log.root()).isEqualTo(tree.root(0));
                    for (int i = 0; i < size; i++) {
                        log.append(leaves.get(i));
                        assertThat(log.root()).as("root of %d", i + 1).isEqualTo(tree.root(i + 1));
                        assertThat(log.frontier().hashes()).hasSize(Long.bitCount(i + 1));
                        if (restored != null) {
                            restored.append(leaves.get(i));
                            assertThat(restored.root()).isEqualTo(log.root());
                        } else if (i + 1 == Math.min(cut, size)) {
                            restored = MerkleLog.from(log.frontier());
                        }
                    }
                    assertThat(log.root()).isEqualTo(tree.root());
                });
    }

    @Test
    void inclusion_proofs_verify_and_every_change_is_caught() {
        AtomicInteger sameShapes = new AtomicInteger();
        AtomicInteger otherShapes = new AtomicInteger();
        qt().withFixedSeed(SEED + 1).withExamples(200)
                .forAll(inclusionCases())
                .checkAssert(c -> {
                    MerkleTree tree = MerkleTree.of(leaves(c.seed(), c.size()));
                    Hash root = tree.root();
                    Hash leaf = tree.leafHash(c.index());
                    InclusionProof proof = tree.inclusionProof(c.index());
                    assertThat(proof.path()).hasSize(inclusionShape(c.index(), c.size()).length());
                    assertThat(verify(proof, leaf, root).isVerified()).as("%s", proof).isTrue();

                    for (int bit = 0; bit < 256; bit++) {
                        assertMismatch(verify(proof, flip(leaf, bit), root));
                        assertMismatch(verify(proof, leaf, flip(root, bit)));
                        if (!proof.path().isEmpty()) {
                            int e = c.element() % proof.path().size();
                            assertMismatch(verify(withElement(proof, e, flip(proof.path().get(e), bit)), leaf, root));
                        }
                    }
                    int otherIndex = c.otherIndex() % (2 * c.size());
                    if (otherIndex != c.index()) {
                        assertThat(verify(new InclusionProof(otherIndex, c.size(), proof.path()), leaf, root)
                                .isVerified()).as("as leaf %d", otherIndex).isFalse();
                    }
                    int otherSize = c.otherSize() % (2 * c.size() + 2);
                    if (otherSize != c.size()) {
                        boolean sameShape = c.index() < otherSize
                                && inclusionShape(c.index(), otherSize).equals(inclusionShape(c.index(), c.size()));
                        assertThat(verify(new InclusionProof(c.index(), otherSize, proof.path()), leaf, root)
                                .isVerified()).as("as size %d", otherSize).isEqualTo(sameShape);
                        (sameShape ? sameShapes : otherShapes).incrementAndGet();
                    }
                });
        assertThat(sameShapes).as("other sizes of the same shape were tried").hasPositiveValue();
        assertThat(otherShapes).as("other sizes of another shape were tried").hasPositiveValue();
    }

    @Test
    void consistency_proofs_verify_and_every_change_is_caught() {
        AtomicInteger sameShapes = new AtomicInteger();
        AtomicInteger otherShapes = new AtomicInteger();
        qt().withFixedSeed(SEED + 2).withExamples(200)
                .forAll(consistencyCases())
                .checkAssert(c -> {
                    MerkleTree tree = MerkleTree.of(leaves(c.seed(), c.size2()));
                    Hash root1 = tree.root(c.size1());
                    Hash root2 = tree.root(c.size2());
                    ConsistencyProof proof = tree.consistencyProof(c.size1(), c.size2());
                    assertThat(verify(proof, root1, root2).isVerified()).as("%s", proof).isTrue();

                    for (int bit = 0; bit < 256; bit++) {
                        assertThat(verify(proof, flip(root1, bit), root2).isVerified()).isFalse();
                        // from size 0 every second root is consistent: nothing to catch there
                        assertThat(verify(proof, root1, flip(root2, bit)).isVerified()).isEqualTo(c.size1() == 0);
                        if (!proof.path().isEmpty()) {
                            int e = c.element() % proof.path().size();
                            assertThat(verify(withElement(proof, e, flip(proof.path().get(e), bit)), root1, root2)
                                    .isVerified()).as("element %d bit %d", e, bit).isFalse();
                        }
                    }
                    if (c.size1() > 0 && c.size1() < c.size2()) {
                        String shape = consistencyShape(c.size1(), c.size2(), true);
                        assertThat(proof.path()).hasSize(shape.length());
                        int otherSize1 = c.otherSize1() % (c.size2() + 2);
                        if (otherSize1 != c.size1()) {
                            boolean sameShape = otherSize1 > 0 && otherSize1 < c.size2()
                                    && consistencyShape(otherSize1, c.size2(), true).equals(shape);
                            assertThat(verify(new ConsistencyProof(otherSize1, c.size2(), proof.path()), root1, root2)
                                    .isVerified()).as("from size %d", otherSize1).isEqualTo(sameShape);
                            (sameShape ? sameShapes : otherShapes).incrementAndGet();
                        }
                        int otherSize2 = c.otherSize2() % (2 * c.size2() + 2);
                        if (otherSize2 != c.size2()) {
                            boolean sameShape = otherSize2 > c.size1()
                                    && consistencyShape(c.size1(), otherSize2, true).equals(shape);
                            assertThat(verify(new ConsistencyProof(c.size1(), otherSize2, proof.path()), root1, root2)
                                    .isVerified()).as("to size %d", otherSize2).isEqualTo(sameShape);
                            (sameShape ? sameShapes : otherShapes).incrementAndGet();
                        }
                    }
                });
        assertThat(sameShapes).as("other sizes of the same shape were tried").hasPositiveValue();
        assertThat(otherShapes).as("other sizes of another shape were tried").hasPositiveValue();
    }

    /** A tree, a leaf of it, and the changes to try. */
    record InclusionCase(int size, int index, long seed, int element, int otherIndex, int otherSize) {
    }

    /** Two sizes of a tree, and the changes to try. */
    record ConsistencyCase(int size1, int size2, long seed, int element, int otherSize1, int otherSize2) {
    }

    private static Gen<InclusionCase> inclusionCases() {
        return source -> {
            int size = integers().between(1, MAX_LEAVES).generate(source);
            return new InclusionCase(size, integers().between(0, size - 1).generate(source),
                    longs().all().generate(source), integers().allPositive().generate(source),
                    integers().allPositive().generate(source), integers().allPositive().generate(source));
        };
    }

    private static Gen<ConsistencyCase> consistencyCases() {
        return source -> {
            int size2 = integers().between(1, MAX_LEAVES).generate(source);
            return new ConsistencyCase(integers().between(0, size2).generate(source), size2,
                    longs().all().generate(source), integers().allPositive().generate(source),
                    integers().allPositive().generate(source), integers().allPositive().generate(source));
        };
    }

    /** Distinct leaves: the seed and the index in each. */
    private static List<Hash> leaves(long seed, int size) {
        List<Hash> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            leaves.add(MerkleHashing.leafHash(ByteBuffer.allocate(12).putLong(seed).putInt(i).array()));
        }
        return leaves;
    }

    /**
     * The sides of the siblings on the path PATH(m, D[n]) of RFC 6962 §2.1.1, leaf first: R for a
     * sibling on the right, L on the left.
     */
    static String inclusionShape(long m, long n) {
        if (n == 1) {
            return "";
        }
        long k = Long.highestOneBit(n - 1);
        return m < k ? inclusionShape(m, k) + "R" : inclusionShape(m - k, n - k) + "L";
    }

    /**
     * The roles of the hashes of SUBPROOF(m, D[n], b) of RFC 6962 §2.1.2: S for the seed (the old
     * tree's last complete subtree), R and L for siblings on the right and left.
     */
    static String consistencyShape(long m, long n, boolean complete) {
        if (m == n) {
            return complete ? "" : "S";
        }
        long k = Long.highestOneBit(n - 1);
        return m <= k ? consistencyShape(m, k, complete) + "R" : consistencyShape(m - k, n - k, false) + "L";
    }

    private static ProofVerification verify(InclusionProof proof, Hash leaf, Hash root) {
        return ProofVerifier.verifyInclusion(proof, leaf, root);
    }

    private static ProofVerification verify(ConsistencyProof proof, Hash root1, Hash root2) {
        return ProofVerifier.verifyConsistency(proof, root1, root2);
    }

    private static void assertMismatch(ProofVerification answer) {
        assertThat(answer).isInstanceOfSatisfying(ProofVerification.Rejected.class, rejected -> assertThat(
                rejected.problem()).isEqualTo(ProofVerification.Problem.ROOT_MISMATCH));
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
}
