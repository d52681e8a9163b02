package org.ejournal.core.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One SHA-256 digest reused for many hashes, so that a proof or a root over many leaves does not
 * look the algorithm up for every node. Not thread-safe: each computation makes its own.
 */
final class Sha256 {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's Javadoc)
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }

    Hash empty() {
        return Hash.wrap(digest.digest());
    }

    Hash leaf(byte[] data) {
        digest.update(LEAF_PREFIX);
        digest.update(data);
        return Hash.wrap(digest.digest());
    }

    Hash leaf(byte[] first, byte[] second) {
        digest.update(LEAF_PREFIX);
        digest.update(first);
        digest.update(second);
        return Hash.wrap(digest.digest());
    }

    Hash node(Hash left, Hash right) {
        digest.update(NODE_PREFIX);
        digest.update(left.bytes());
        digest.update(right.bytes());
        return Hash.wrap(digest.digest());
    }

    byte[] plain(byte[] data) {
        return digest.digest(data);
    }
}
