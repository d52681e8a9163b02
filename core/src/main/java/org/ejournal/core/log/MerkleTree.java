package org.ejournal.core.log;

import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 6962 §2.1 over a list of leaf hashes: the root of the tree of any prefix
 * of them, inclusion proofs and consistency proofs, each computed from the leaves by the RFC's
 * recursive definitions. This is the side that recomputes from stored leaves (the verifier, an
 * archive check, a proof for an auditor); the journal's appends go to {@link MerkleLog}, which
 * keeps only the frontier.
 *
 * <p>Computing a root or a proof hashes every leaf of the prefix once: O(n) time, O(log n) stack.
 * Trees are limited to {@link Integer#MAX_VALUE} leaves, the most a list holds. Immutable and
 * thread-safe.
 */
public final class MerkleTree {

    private final List<Hash> leaves;

    private MerkleTree(List<Hash> leaves) {
        this.leaves = leaves;
    }

    /**
     * @param leafHashes the leaves' hashes in order, each {@link MerkleHashing#leafHash(byte[])} of
     *     its data; not {@code null}, no element {@code null}; copied
     * @return the tree
     * @throws NullPointerException (code {@code EJ1309}) if the list or one of its hashes is {@code null}
     */
    public static MerkleTree of(List<Hash> leafHashes) {
        return new MerkleTree(ProofVerifier.copyPath(LogCodes.requireNonNull(leafHashes, "leafHashes")));
    }

    /** @return the number of leaves */
    public long size() {
        return leaves.size();
    }

    /**
     * @param index the leaf's index, {@code 0 ≤ index < size()}
     * @return its hash
     * @throws IndexOutOfBoundsException (code {@code EJ1301}) if there is no such leaf
     */
    public Hash leafHash(long index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IndexOutOfBoundsException(LogCodes.OUTSIDE_THE_TREE + " no leaf " + index + " in a tree of "
                    + leaves.size());
        }
        return leaves.get((int) index);
    }

    /** @return the root of the tree of all the leaves; for no leaves, {@link MerkleHashing#emptyRoot()} */
    public Hash root() {
        return root(leaves.size());
    }

    /**
     * The root the tree had when it had {@code size} leaves: MTH(D[0:size]).
     *
     * @param size the number of leaves, {@code 0 ≤ size ≤ size()}
     * @return the root
     * @throws IndexOutOfBoundsException (code {@code EJ1301}) if the tree never had that size
     */
    public Hash root(long size) {
        checkSize(size, "size");
        return size == 0 ? MerkleHashing.emptyRoot() : hash(new Sha256(), 0, (int) size);
    }

    /**
     * @param leafIndex the leaf's index, {@code 0 ≤ leafIndex < size()}
     * @return the proof that the leaf is in the tree of all the leaves
     * @throws IndexOutOfBoundsException (code {@code EJ1301}) if there is no such leaf
     */
    public InclusionProof inclusionProof(long leafIndex) {
        return inclusionProof(leafIndex, leaves.size());
    }

    /**
     * The audit path PATH(m, D[n]) of RFC 6962 §2.1.1.
     *
     * @param leafIndex the leaf's index m, {@code 0 ≤ leafIndex < treeSize}
     * @param treeSize the tree's size n, {@code treeSize ≤ size()}
     * @return the proof that the leaf is in the tree of {@code treeSize} leaves
     * @throws IndexOutOfBoundsException (code {@code EJ1301}) if the size is not one the tree had, or
     *     the leaf is not in the tree of that size
     */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        checkSize(treeSize, "treeSize");
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IndexOutOfBoundsException(LogCodes.OUTSIDE_THE_TREE + " no leaf " + leafIndex
                    + " in a tree of " + treeSize);
        }
        List<Hash> path = new ArrayList<>();
        path(new Sha256(), (int) leafIndex, 0, (int) treeSize, path);
        return new InclusionProof(leafIndex, treeSize, path);
    }

    /**
     * The consistency proof PROOF(m, D[n]) of RFC 6962 §2.1.2; empty when {@code size1} is 0 or
     * equals {@code size2}, where there is nothing to prove.
     *
     * @param size1 the older size m, {@code 0 ≤ size1 ≤ size2}
     * @param size2 the newer size n, {@code size2 ≤ size()}
     * @return the proof that the tree of {@code size1} leaves is a prefix of that of {@code size2}
     * @throws IndexOutOfBoundsException (code {@code EJ1301}) if a size is not one the tree had, or
     *     {@code size1 > size2}
     */
    public ConsistencyProof consistencyProof(long size1, long size2) {
        checkSize(size2, "size2");
        if (size1 < 0 || size1 > size2) {
            throw new IndexOutOfBoundsException(LogCodes.OUTSIDE_THE_TREE + " size1 must lie between 0 and size2 = "
                    + size2 + ", got " + size1);
        }
        List<Hash> path = new ArrayList<>();
        if (size1 > 0 && size1 < size2) {
            subproof(new Sha256(), (int) size1, 0, (int) size2, true, path);
        }
        return new ConsistencyProof(size1, size2, path);
    }

    private void checkSize(long size, String name) {
        if (size < 0 || size > leaves.size()) {
            throw new IndexOutOfBoundsException(LogCodes.OUTSIDE_THE_TREE + " " + name + " must lie between 0 and "
                    + leaves.size() + ", got " + size);
        }
    }

    /** MTH(D[from:to]) for a non-empty range. */
    private Hash hash(Sha256 sha, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return sha.node(hash(sha, from, from + k), hash(sha, from + k, to));
    }

    /** PATH(m, D[from:to]), appended to {@code out} from the leaf's sibling up. */
    private void path(Sha256 sha, int m, int from, int to, List<Hash> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(sha, m, from, from + k, out);
            out.add(hash(sha, from + k, to));
        } else {
            path(sha, m - k, from + k, to, out);
            out.add(hash(sha, from, from + k));
        }
    }

    /** SUBPROOF(m, D[from:to], b), appended to {@code out}. */
    private void subproof(Sha256 sha, int m, int from, int to, boolean complete, List<Hash> out) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(hash(sha, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(sha, m, from, from + k, complete, out);
            out.add(hash(sha, from + k, to));
        } else {
            subproof(sha, m - k, from + k, to, false, out);
            out.add(hash(sha, from, from + k));
        }
    }

    /** The k of RFC 6962: the largest power of two smaller than {@code n}, for {@code n > 1}. */
    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    @Override
    public String toString() {
        return "MerkleTree[size=" + leaves.size() + "]";
    }
}
