package org.ejournal.core.log;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The compact form of an append-only Merkle tree: its size and the roots of the complete subtrees
 * that make it up, one for each bit set in the size, from the largest (leftmost) to the smallest
 * (rightmost). A tree of 13 = 8 + 4 + 1 leaves has the roots of leaves 0–7, 8–11 and 12. That is
 * all a log needs to keep (at most 63 hashes) to append and to give its root; a store keeps it
 * beside the leaves and restores a {@link MerkleLog} from it with {@link MerkleLog#from(Frontier)}.
 * Immutable and thread-safe.
 *
 * @param size the number of leaves, not negative
 * @param hashes the roots of the complete subtrees, largest first; exactly {@code Long.bitCount(size)}
 */
public record Frontier(long size, List<Hash> hashes) {

    private static final Frontier EMPTY = new Frontier(0, List.of());

    /**
     * Checks that the hashes fit the size and copies them.
     *
     * @throws NullPointerException (code {@code EJ1309}) if {@code hashes} or one of them is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1302}) if the size is negative or the number of
     *     hashes is not the number of bits set in the size
     */
    public Frontier {
        LogCodes.requireNonNull(hashes, "hashes");
        if (!(hashes instanceof Hashes)) {
            for (Hash hash : hashes) {
                LogCodes.requireNonNull(hash, "a frontier hash");
            }
            hashes = List.copyOf(hashes);
        }
        if (size < 0) {
            throw new IllegalArgumentException(LogCodes.INVALID_FRONTIER + " a tree size is not negative, got " + size);
        }
        if (hashes.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException(LogCodes.INVALID_FRONTIER + " a tree of " + size + " leaves has "
                    + Long.bitCount(size) + " complete subtrees, got " + hashes.size() + " hashes");
        }
    }

    /** @return the frontier of the empty tree */
    public static Frontier empty() {
        return EMPTY;
    }

    /**
     * The tree's root, folded from the smallest subtree up: {@code node(h0, node(h1, … node(hk-1, hk)))}.
     * That is RFC 6962's tree, which always splits off the largest power of two on the left.
     * O(log n).
     *
     * @return the root; for the empty tree, {@link MerkleHashing#emptyRoot()}
     */
    public Hash root() {
        return root(new Sha256());
    }

    /**
     * The frontier after appending one leaf, leaving this one unchanged: what a journal stores with
     * each event, so that a failed store write leaves nothing to undo. O(log n).
     *
     * @param leafHash the new leaf's hash, not {@code null}
     * @param hasher the hasher to merge subtrees with, not {@code null}; not thread-safe
     * @return the frontier of the tree one leaf larger
     * @throws NullPointerException (code {@code EJ1309}) if an argument is {@code null}
     * @throws IllegalStateException (code {@code EJ1303}) if the tree already has {@link Long#MAX_VALUE} leaves
     */
    public Frontier append(Hash leafHash, Hasher hasher) {
        LogCodes.requireNonNull(leafHash, "leafHash");
        LogCodes.requireNonNull(hasher, "hasher");
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException(LogCodes.LOG_FULL + " the log cannot hold more than " + Long.MAX_VALUE
                    + " leaves");
        }
        int keep = hashes.size() - Long.numberOfTrailingZeros(~size);
        Hash carry = leafHash;
        for (int i = hashes.size() - 1; i >= keep; i--) {
            carry = hasher.sha.node(hashes.get(i), carry);
        }
        Hash[] next = new Hash[keep + 1];
        for (int i = 0; i < keep; i++) {
            next[i] = hashes.get(i);
        }
        next[keep] = carry;
        return new Frontier(size + 1, new Hashes(next));
    }

    /**
     * The hashes of a frontier made by {@link #append}: an unmodifiable list over an array that
     * nothing else holds and that has no {@code null}, so that the constructor need neither check nor
     * copy it — an append is on every command's path. Equal to any list of the same hashes.
     */
    private static final class Hashes extends AbstractList<Hash> implements RandomAccess {
        private final Hash[] hashes;

        Hashes(Hash[] hashes) {
            this.hashes = hashes;
        }

        @Override
        public Hash get(int index) {
            return hashes[index];
        }

        @Override
        public int size() {
            return hashes.length;
        }
    }

    Hash root(Sha256 sha) {
        if (hashes.isEmpty()) {
            return MerkleHashing.emptyRoot();
        }
        Hash root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = sha.node(hashes.get(i), root);
        }
        return root;
    }
}
