/**
 * The tamper-evident audit log's foundation (DESIGN.md §6), storage-free: the Merkle tree of RFC
 * 6962 with SHA-256, its proofs, and signed checkpoints in the C2SP {@code tlog-checkpoint} form.
 *
 * <ul>
 * <li>{@link org.ejournal.core.log.MerkleHashing}: leaf {@code H(0x00 ‖ data)}, node
 *     {@code H(0x01 ‖ left ‖ right)}, the empty root; {@link org.ejournal.core.log.Hash}, the
 *     32-byte value.</li>
 * <li>{@link org.ejournal.core.log.MerkleLog}: the append-only log in O(log n) memory, its
 *     {@link org.ejournal.core.log.Frontier} to store and restore.</li>
 * <li>{@link org.ejournal.core.log.MerkleTree}: roots of any size and
 *     {@link org.ejournal.core.log.InclusionProof}s and {@link org.ejournal.core.log.ConsistencyProof}s
 *     from stored leaf hashes; {@link org.ejournal.core.log.ProofVerifier} checks them with nothing
 *     else and answers a {@link org.ejournal.core.log.ProofVerification}.</li>
 * <li>{@link org.ejournal.core.log.Checkpoint}: origin, size and root; signed by a
 *     {@link org.ejournal.core.log.CheckpointSigner} (the SPI; {@link org.ejournal.core.log.Ed25519CheckpointSigner}
 *     with the JDK's Ed25519), read back by a {@link org.ejournal.core.log.CheckpointVerifier},
 *     which answers a {@link org.ejournal.core.log.CheckpointVerification}.</li>
 * </ul>
 *
 * <p>Bad input from outside (a proof, a signed checkpoint) is answered with a value naming the
 * problem and its stable code ({@link org.ejournal.core.log.LogCodes}, {@code EJ13xx}); exceptions
 * are for programming errors, with the same codes. Nothing here stores, reads files or logs.
 *
 * <pre>{@code
 * MerkleLog log = MerkleLog.empty();
 * log.append(MerkleHashing.leafHash(entryBytes));
 * Ed25519CheckpointSigner signer = Ed25519CheckpointSigner.generate("ejournal.example/school-42");
 * String signed = Checkpoint.of("ejournal.example/school-42", log.frontier()).sign(signer);
 *
 * CheckpointVerification answer = signer.verifier().withOrigin("ejournal.example/school-42").verify(signed);
 * if (answer instanceof CheckpointVerification.Verified verified) {
 *     Hash root = verified.checkpoint().root();   // now compare with the root recomputed from the leaves
 * }
 * }</pre>
 */
package org.ejournal.core.log;
