package org.ejournal.core.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;

/**
 * A {@link CheckpointSigner} with an Ed25519 key from the JDK ({@code KeyPairGenerator} and
 * {@code Signature} "Ed25519"), signing as the C2SP signed-note format and Go's
 * {@code golang.org/x/mod/sumdb/note} do: key ID = the first four bytes of SHA-256(key name ‖ 0x0A
 * ‖ 0x01 ‖ 32-byte public key). Ed25519 signatures are deterministic (RFC 8032), so the same key
 * and text give the same signed note. Immutable and thread-safe; {@link #toString()} never shows
 * the private key.
 */
public final class Ed25519CheckpointSigner implements CheckpointSigner {

    private static final byte[] PROBE = "ejournal: does this private key belong to this public key?"
            .getBytes(StandardCharsets.UTF_8);

    private final String name;
    private final KeyPair keyPair;
    private final byte[] publicKey;
    private final int keyHash;

    private Ed25519CheckpointSigner(String name, KeyPair keyPair, byte[] publicKey) {
        this.name = name;
        this.keyPair = keyPair;
        this.publicKey = publicKey;
        this.keyHash = Notes.keyHash(name, Notes.ED25519_TYPE, publicKey);
    }

    /**
     * A signer with a new key pair from the JDK's default source of randomness. Keep the
     * {@link #keyPair()} (for example as PKCS#8 and X.509) to sign again after a restart.
     *
     * @param name the key name, usually the log's origin; non-empty, without Unicode spaces or {@code +}
     * @return the signer
     * @throws NullPointerException (code {@code EJ1309}) if {@code name} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1321}) if the name is not a valid key name
     */
    public static Ed25519CheckpointSigner generate(String name) {
        checkName(name);
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(LogCodes.INVALID_KEY + " this Java platform has no Ed25519", e);
        }
        return new Ed25519CheckpointSigner(name, pair, Notes.rawEd25519(pair.getPublic()));
    }

    /**
     * A signer with an existing Ed25519 key pair.
     *
     * @param name the key name, usually the log's origin; non-empty, without Unicode spaces or {@code +}
     * @param keyPair the Ed25519 key pair, not {@code null}; the public key must be X.509-encodable
     * @return the signer
     * @throws NullPointerException (code {@code EJ1309}) if an argument or a key is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1321}) if the name is not a valid key name,
     *     the keys are not Ed25519, or the private key does not belong to the public key
     */
    public static Ed25519CheckpointSigner of(String name, KeyPair keyPair) {
        checkName(name);
        LogCodes.requireNonNull(keyPair, "keyPair");
        LogCodes.requireNonNull(keyPair.getPublic(), "keyPair.getPublic()");
        LogCodes.requireNonNull(keyPair.getPrivate(), "keyPair.getPrivate()");
        byte[] raw = Notes.rawEd25519(keyPair.getPublic());
        if (raw == null) {
            throw new IllegalArgumentException(LogCodes.INVALID_KEY + " not an X.509-encoded Ed25519 public key: "
                    + keyPair.getPublic().getAlgorithm());
        }
        boolean belong;
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keyPair.getPublic());
            verifier.update(PROBE);
            belong = verifier.verify(sign(keyPair.getPrivate(), PROBE));
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new IllegalArgumentException(LogCodes.INVALID_KEY + " not an Ed25519 key pair", e);
        }
        if (!belong) {
            throw new IllegalArgumentException(LogCodes.INVALID_KEY
                    + " the private key does not belong to the public key");
        }
        return new Ed25519CheckpointSigner(name, keyPair, raw);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int keyHash() {
        return keyHash;
    }

    /**
     * @param message the bytes to sign, not {@code null}
     * @return the 64-byte Ed25519 signature
     * @throws NullPointerException (code {@code EJ1309}) if {@code message} is {@code null}
     * @throws IllegalStateException (code {@code EJ1322}) if the JDK cannot sign with the key
     */
    @Override
    public byte[] sign(byte[] message) {
        LogCodes.requireNonNull(message, "message");
        try {
            return sign(keyPair.getPrivate(), message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(LogCodes.SIGNING_FAILED + " " + name + " could not sign", e);
        }
    }

    /** @return a copy of the raw 32-byte public key (RFC 8032 encoding) */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /**
     * The key pair, with the private key: to store it where the host keeps secrets. Nothing in
     * the library writes it anywhere.
     *
     * @return the key pair
     */
    public KeyPair keyPair() {
        return keyPair;
    }

    /** @return the verifier for this key's signatures, accepting any origin */
    public CheckpointVerifier verifier() {
        return CheckpointVerifier.ofEd25519(name, publicKey);
    }

    /** @return the key name and key ID, never the key */
    @Override
    public String toString() {
        return "Ed25519CheckpointSigner[" + name + "+" + String.format("%08x", keyHash) + "]";
    }

    private static byte[] sign(PrivateKey key, byte[] message) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(message);
        return signature.sign();
    }

    private static void checkName(String name) {
        LogCodes.requireNonNull(name, "name");
        if (!Notes.isValidKeyName(name)) {
            throw new IllegalArgumentException(LogCodes.INVALID_KEY
                    + " a key name is non-empty and has no spaces, control characters or '+': " + name);
        }
    }
}
