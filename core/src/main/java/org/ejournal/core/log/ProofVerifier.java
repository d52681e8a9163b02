package org.ejournal.core.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks inclusion and consistency proofs against roots, with nothing but the proof and the
 * hashes: no store, no tree. The algorithms are those of RFC 9162 §2.1.3.2 and §2.1.4.2, which
 * verify the proofs of RFC 6962 §2.1.1 and §2.1.2. Every answer is a {@link ProofVerification};
 * bad input (an index past the size, a proof of the wrong length, a changed hash) is answered
 * with the {@link ProofVerification.Problem}, never by an exception.
 *
 * <p>A root commits to the leaves, not to the size: a proof may also verify for another size with
 * the same shape of path (the proof for leaf 0 of a tree of 5 verifies as one for a tree of 6, 7
 * or 8 against the same root, since the verifier cannot tell a leaf's hash from a subtree's). Take
 * the size and the root together from one verified {@link Checkpoint}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /**
     * Verifies that a leaf is in the tree of the proof's size with the given root (RFC 9162
     * §2.1.3.2).
     *
     * @param proof the inclusion proof, not {@code null}
     * @param leafHash the leaf's hash, not {@code null}
     * @param root the root of the tree of {@code proof.treeSize()} leaves, not {@code null}
     * @return verified, or rejected with {@code OUT_OF_RANGE}, {@code WRONG_LENGTH} or
     *     {@code ROOT_MISMATCH}
     * @throws NullPointerException (code {@code EJ1309}) if an argument is {@code null}
     */
    public static ProofVerification verifyInclusion(InclusionProof proof, Hash leafHash, Hash root) {
        LogCodes.requireNonNull(proof, "proof");
        LogCodes.requireNonNull(leafHash, "leafHash");
        LogCodes.requireNonNull(root, "root");
        long index = proof.leafIndex();
        long size = proof.treeSize();
        if (index < 0 || index >= size) {
            return ProofVerification.rejected(ProofVerification.Problem.OUT_OF_RANGE,
                    "leaf index " + index + " is not in a tree of size " + size);
        }
        Sha256 sha = new Sha256();
        long fn = index;
        long sn = size - 1;
        Hash r = leafHash;
        for (Hash p : proof.path()) {
            if (sn == 0) {
                return wrongLength(proof.path().size(), "too many hashes for leaf " + index + " of " + size);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = sha.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = sha.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return wrongLength(proof.path().size(), "too few hashes for leaf " + index + " of " + size);
        }
        if (!r.equals(root)) {
            return ProofVerification.rejected(ProofVerification.Problem.ROOT_MISMATCH,
                    "the proof for leaf " + index + " of " + size + " leads to " + r + ", not to " + root);
        }
        return ProofVerification.verified();
    }

    /**
     * Verifies that the tree of {@code proof.size1()} leaves with {@code root1} is a prefix of the
     * tree of {@code proof.size2()} leaves with {@code root2} (RFC 9162 §2.1.4.2). RFC 9162 covers
     * {@code 0 < size1 < size2}; at the edges this method answers as the transparency-dev
     * verifier does, and a little more strictly: equal sizes need an empty proof and equal roots;
     * size 0 needs an empty proof and the empty tree's root as {@code root1} (every tree extends
     * the empty one, so {@code root2} is then unconstrained).
     *
     * @param proof the consistency proof, not {@code null}
     * @param root1 the root of the older tree, not {@code null}
     * @param root2 the root of the newer tree, not {@code null}
     * @return verified, or rejected with {@code OUT_OF_RANGE}, {@code WRONG_LENGTH},
     *     {@code FIRST_ROOT_MISMATCH} or {@code SECOND_ROOT_MISMATCH}
     * @throws NullPointerException (code {@code EJ1309}) if an argument is {@code null}
     */
    public static ProofVerification verifyConsistency(ConsistencyProof proof, Hash root1, Hash root2) {
        LogCodes.requireNonNull(proof, "proof");
        LogCodes.requireNonNull(root1, "root1");
        LogCodes.requireNonNull(root2, "root2");
        long size1 = proof.size1();
        long size2 = proof.size2();
        List<Hash> path = proof.path();
        if (size1 < 0 || size2 < size1) {
            return ProofVerification.rejected(ProofVerification.Problem.OUT_OF_RANGE,
                    "sizes " + size1 + " and " + size2 + " are not 0 ≤ size1 ≤ size2");
        }
        if (size1 == 0 || size1 == size2) {
            if (!path.isEmpty()) {
                return wrongLength(path.size(), "a proof from " + size1 + " to " + size2 + " must be empty");
            }
            if (size1 == 0 && !root1.equals(MerkleHashing.emptyRoot())) {
                return ProofVerification.rejected(ProofVerification.Problem.FIRST_ROOT_MISMATCH,
                        "the root of the empty tree is " + MerkleHashing.emptyRoot() + ", not " + root1);
            }
            if (size1 == size2 && !root1.equals(root2)) {
                return ProofVerification.rejected(ProofVerification.Problem.SECOND_ROOT_MISMATCH,
                        "two trees of size " + size1 + " with different roots " + root1 + " and " + root2);
            }
            return ProofVerification.verified();
        }
        // RFC 9162 §2.1.4.2, steps 1 to 7
        if (path.isEmpty()) {
            return wrongLength(0, "a proof from " + size1 + " to " + size2 + " must not be empty");
        }
        List<Hash> hashes = path;
        if (Long.bitCount(size1) == 1) {
            hashes = new ArrayList<>(path.size() + 1);
            hashes.add(root1);
            hashes.addAll(path);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        Sha256 sha = new Sha256();
        Hash fr = hashes.get(0);
        Hash sr = hashes.get(0);
        for (Hash c : hashes.subList(1, hashes.size())) {
            if (sn == 0) {
                return wrongLength(path.size(), "too many hashes from " + size1 + " to " + size2);
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = sha.node(c, fr);
                sr = sha.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = sha.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return wrongLength(path.size(), "too few hashes from " + size1 + " to " + size2);
        }
        if (!fr.equals(root1)) {
            return ProofVerification.rejected(ProofVerification.Problem.FIRST_ROOT_MISMATCH,
                    "the proof from " + size1 + " to " + size2 + " leads to " + fr + ", not to " + root1);
        }
        if (!sr.equals(root2)) {
            return ProofVerification.rejected(ProofVerification.Problem.SECOND_ROOT_MISMATCH,
                    "the proof from " + size1 + " to " + size2 + " leads to " + sr + ", not to " + root2);
        }
        return ProofVerification.verified();
    }

    private static ProofVerification wrongLength(int length, String why) {
        return ProofVerification.rejected(ProofVerification.Problem.WRONG_LENGTH,
                "a proof of " + length + " hashes: " + why);
    }

    /** Copies a list of hashes, refusing {@code null}s with the package's code. */
    static List<Hash> copyPath(List<Hash> hashes) {
        LogCodes.requireNonNull(hashes, "path");
        for (Hash hash : hashes) {
            LogCodes.requireNonNull(hash, "a hash of the path");
        }
        return List.copyOf(hashes);
    }
}
