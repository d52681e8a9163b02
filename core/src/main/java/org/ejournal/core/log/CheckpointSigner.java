package org.ejournal.core.log;

/**
 * The signer SPI: a key that signs checkpoints, named as in a C2SP signed note. The library ships
 * {@link Ed25519CheckpointSigner} (Ed25519 from the JDK); a host may plug in its own, for example
 * one whose private key stays in a hardware module. Implementations should be immutable and
 * thread-safe.
 */
public interface CheckpointSigner {

    /**
     * The key name written in the signature line, e.g. {@code ejournal.example/school-42}. It
     * should match the checkpoint's origin.
     *
     * @return the key name: non-empty, without Unicode spaces or {@code +}
     */
    String name();

    /**
     * The key ID of the signed-note format, written before the signature: for the recommended
     * form, the first four bytes (big-endian) of SHA-256(key name ‖ 0x0A ‖ signature type ‖
     * public key).
     *
     * @return the 4-byte key ID as a big-endian {@code int}
     */
    int keyHash();

    /**
     * Signs a checkpoint's note text.
     *
     * @param message the UTF-8 bytes of the note text, never {@code null}; the signer may keep or
     *     change the array, it is a copy
     * @return the signature, not {@code null}, not empty
     * @throws RuntimeException if the key cannot sign; {@link Checkpoint#sign(CheckpointSigner)}
     *     reports it with code {@code EJ1322}
     */
    byte[] sign(byte[] message);
}
