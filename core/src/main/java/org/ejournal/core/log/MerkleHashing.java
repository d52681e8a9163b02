package org.ejournal.core.log;

/**
 * The hashing of RFC 6962 §2.1 with SHA-256: a leaf is hashed as {@code SHA-256(0x00 ‖ data)}, an
 * inner node as {@code SHA-256(0x01 ‖ left ‖ right)}, and the empty tree's root is the SHA-256 of
 * nothing. The different first bytes keep a leaf from ever passing for a node. Stateless and
 * thread-safe.
 */
public final class MerkleHashing {

    private static final Hash EMPTY_ROOT = new Sha256().empty();

    private MerkleHashing() {
    }

    /** @return the root of the empty tree, {@code e3b0c442…b855} */
    public static Hash emptyRoot() {
        return EMPTY_ROOT;
    }

    /**
     * @param data the leaf's data, not {@code null}; may be empty
     * @return {@code SHA-256(0x00 ‖ data)}
     * @throws NullPointerException (code {@code EJ1309}) if {@code data} is {@code null}
     */
    public static Hash leafHash(byte[] data) {
        return new Sha256().leaf(LogCodes.requireNonNull(data, "data"));
    }

    /**
     * @param left the left child's hash, not {@code null}
     * @param right the right child's hash, not {@code null}
     * @return {@code SHA-256(0x01 ‖ left ‖ right)}
     * @throws NullPointerException (code {@code EJ1309}) if a child is {@code null}
     */
    public static Hash nodeHash(Hash left, Hash right) {
        return new Sha256().node(LogCodes.requireNonNull(left, "left"), LogCodes.requireNonNull(right, "right"));
    }
}
