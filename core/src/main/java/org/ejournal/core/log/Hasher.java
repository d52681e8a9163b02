package org.ejournal.core.log;

/**
 * A reusable SHA-256 for the audit log's hot path: the digest of a payload, the hash of a leaf
 * given in two parts (so that a header and a digest need not be concatenated first), and the
 * merging of subtrees when a {@link Frontier} grows. It looks the algorithm up once. Not
 * thread-safe: keep one per thread.
 */
public final class Hasher {

    final Sha256 sha = new Sha256();

    /** Creates a hasher. */
    public Hasher() {
    }

    /**
     * @param data the bytes, not {@code null}
     * @return {@code SHA-256(data)}
     * @throws NullPointerException (code {@code EJ1309}) if {@code data} is {@code null}
     */
    public Hash digest(byte[] data) {
        return Hash.wrap(sha.plain(LogCodes.requireNonNull(data, "data")));
    }

    /**
     * The leaf hash of data given in two parts: {@code SHA-256(0x00 ‖ first ‖ second)}, equal to
     * {@link MerkleHashing#leafHash(byte[])} of the concatenation.
     *
     * @param first the first part of the leaf's data, not {@code null}
     * @param second the second part, not {@code null}
     * @return the leaf hash
     * @throws NullPointerException (code {@code EJ1309}) if a part is {@code null}
     */
    public Hash leaf(byte[] first, Hash second) {
        return sha.leaf(LogCodes.requireNonNull(first, "first"), LogCodes.requireNonNull(second, "second").bytes());
    }
}
