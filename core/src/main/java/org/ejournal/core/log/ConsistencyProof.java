package org.ejournal.core.log;

import java.util.List;

/**
 * A consistency proof (RFC 6962 §2.1.2): the hashes that show that the tree of the first size is a
 * prefix of the tree of the second, that is, that the log only grew between two checkpoints.
 * Built by {@link MerkleTree#consistencyProof(long, long)}, checked by
 * {@link ProofVerifier#verifyConsistency}. The values are not checked here: a proof read from
 * outside may say anything, and the verifier answers what is wrong with it. Immutable and
 * thread-safe.
 *
 * @param size1 the size of the older tree
 * @param size2 the size of the newer tree
 * @param path the proof's hashes
 */
public record ConsistencyProof(long size1, long size2, List<Hash> path) {

    /**
     * Copies the path.
     *
     * @throws NullPointerException (code {@code EJ1309}) if {@code path} or one of its hashes is {@code null}
     */
    public ConsistencyProof {
        path = ProofVerifier.copyPath(path);
    }
}
