package org.ejournal.core.log;

import java.util.ArrayList;

/**
 * An append-only Merkle tree kept in O(log n) memory: its size and {@linkplain Frontier frontier}
 * (the roots of its complete subtrees), not its leaves. Appending a leaf hash and then asking the
 * root each cost O(log n) hashes (appending alone is O(1) on average). The tree is RFC 6962's, so
 * its roots are those of {@link MerkleTree} over the same leaf hashes, and proofs for them come
 * from a {@link MerkleTree} built from the stored leaves.
 *
 * <p>Not thread-safe: a log belongs to one writer (the journal appends in its transaction); share a
 * {@link #frontier()} snapshot, which is immutable, instead.
 */
public final class MerkleLog {

    /** Largest first, as in {@link Frontier}. */
    private final ArrayList<Hash> subtrees;
    private final Sha256 sha = new Sha256();
    private long size;
    private Hash root;

    private MerkleLog(long size, ArrayList<Hash> subtrees) {
        this.size = size;
        this.subtrees = subtrees;
    }

    /** @return a new, empty log */
    public static MerkleLog empty() {
        return new MerkleLog(0, new ArrayList<>());
    }

    /**
     * Continues a log from its stored frontier. The frontier is taken as it is: whether it belongs
     * to the stored leaves is for the verifier to find out, by recomputing it.
     *
     * @param frontier the frontier, not {@code null}
     * @return a log of the frontier's size and root
     * @throws NullPointerException (code {@code EJ1309}) if {@code frontier} is {@code null}
     */
    public static MerkleLog from(Frontier frontier) {
        LogCodes.requireNonNull(frontier, "frontier");
        return new MerkleLog(frontier.size(), new ArrayList<>(frontier.hashes()));
    }

    /**
     * Appends a leaf: like adding one to a binary counter, every complete subtree of the same size
     * as the one being carried merges with it.
     *
     * @param leafHash the leaf's hash, {@link MerkleHashing#leafHash(byte[])} of its data; not {@code null}
     * @return the leaf's index, the size before the append
     * @throws NullPointerException (code {@code EJ1309}) if {@code leafHash} is {@code null}
     * @throws IllegalStateException (code {@code EJ1303}) if the log already has {@link Long#MAX_VALUE} leaves
     */
    public long append(Hash leafHash) {
        LogCodes.requireNonNull(leafHash, "leafHash");
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException(LogCodes.LOG_FULL + " the log cannot hold more than " + Long.MAX_VALUE
                    + " leaves");
        }
        Hash carry = leafHash;
        for (long s = size; (s & 1) == 1; s >>>= 1) {
            carry = sha.node(subtrees.remove(subtrees.size() - 1), carry);
        }
        subtrees.add(carry);
        root = null;
        return size++;
    }

    /** @return the number of leaves */
    public long size() {
        return size;
    }

    /**
     * @return the root of the tree of all leaves appended so far; O(log n) after an append, then
     *     remembered
     */
    public Hash root() {
        if (root == null) {
            root = frontier().root(sha);
        }
        return root;
    }

    /** @return a snapshot of the size and frontier, to store or share */
    public Frontier frontier() {
        return new Frontier(size, subtrees);
    }

    @Override
    public String toString() {
        return "MerkleLog[size=" + size + ", root=" + root() + "]";
    }
}
