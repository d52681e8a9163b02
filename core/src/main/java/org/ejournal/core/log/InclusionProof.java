package org.ejournal.core.log;

import java.util.List;

/**
 * An inclusion proof (audit path, RFC 6962 §2.1.1): the hashes that, with a leaf's hash, lead to
 * the root of a tree of the given size if and only if that leaf is in it at that index. Built by
 * {@link MerkleTree#inclusionProof(long, long)}, checked by {@link ProofVerifier#verifyInclusion}.
 * The values are not checked here: a proof read from outside may say anything, and the verifier
 * answers what is wrong with it. Immutable and thread-safe.
 *
 * @param leafIndex the leaf's index, counted from 0
 * @param treeSize the size of the tree whose root the proof leads to
 * @param path the sibling hashes from the leaf up to the root
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> path) {

    /**
     * Copies the path.
     *
     * @throws NullPointerException (code {@code EJ1309}) if {@code path} or one of its hashes is {@code null}
     */
    public InclusionProof {
        path = ProofVerifier.copyPath(path);
    }
}
