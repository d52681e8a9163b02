package org.ejournal.core.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a signed checkpoint and checks it against one trusted Ed25519 key, following the C2SP
 * signed-note rules: signature lines by other keys (other name or other key ID) are ignored; a
 * line with this key's name and key ID must verify, or the whole note is rejected; and at least
 * one must be there. Then the note text must be a well-formed checkpoint and, if an origin is
 * expected ({@link #withOrigin(String)}), be for that origin.
 *
 * <p>Every answer is a {@link CheckpointVerification}: bad input from outside is never an
 * exception. A verified checkpoint's size and root then check the log (recomputed from its
 * leaves) and {@linkplain ProofVerifier proofs}. Immutable and thread-safe.
 */
public final class CheckpointVerifier {

    private final String keyName;
    private final byte[] publicKey;
    private final PublicKey jdkKey;
    private final int keyHash;
    private final String origin;

    private CheckpointVerifier(String keyName, byte[] publicKey, PublicKey jdkKey, String origin) {
        this.keyName = keyName;
        this.publicKey = publicKey;
        this.jdkKey = jdkKey;
        this.keyHash = Notes.keyHash(keyName, Notes.ED25519_TYPE, publicKey);
        this.origin = origin;
    }

    /**
     * @param keyName the key name in the signature lines; non-empty, without Unicode spaces or {@code +}
     * @param publicKey the raw 32-byte Ed25519 public key (RFC 8032 encoding), not {@code null}; copied
     * @return a verifier accepting any origin
     * @throws NullPointerException (code {@code EJ1309}) if an argument is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1321}) if the name is not a valid key name or
     *     the key is not 32 bytes the JDK takes for an Ed25519 key
     */
    public static CheckpointVerifier ofEd25519(String keyName, byte[] publicKey) {
        checkName(keyName);
        LogCodes.requireNonNull(publicKey, "publicKey");
        byte[] raw = publicKey.clone();
        PublicKey jdkKey = Notes.ed25519PublicKey(raw);
        if (jdkKey == null) {
            throw new IllegalArgumentException(LogCodes.INVALID_KEY + " not a raw 32-byte Ed25519 public key");
        }
        return new CheckpointVerifier(keyName, raw, jdkKey, null);
    }

    /**
     * @param keyName the key name in the signature lines; non-empty, without Unicode spaces or {@code +}
     * @param publicKey the JDK's Ed25519 public key (X.509-encodable), not {@code null}
     * @return a verifier accepting any origin
     * @throws NullPointerException (code {@code EJ1309}) if an argument is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1321}) if the name is not a valid key name or
     *     the key is not an Ed25519 key
     */
    public static CheckpointVerifier ofEd25519(String keyName, PublicKey publicKey) {
        LogCodes.requireNonNull(publicKey, "publicKey");
        byte[] raw = Notes.rawEd25519(publicKey);
        if (raw == null) {
            throw new IllegalArgumentException(LogCodes.INVALID_KEY + " not an X.509-encoded Ed25519 public key: "
                    + publicKey.getAlgorithm());
        }
        return ofEd25519(keyName, raw);
    }

    /**
     * Reads a verifier key in the text form of Go's note package and the C2SP ecosystem,
     * {@code <name>+<key ID, 8 hex digits>+<base64(0x01 ‖ 32-byte public key)>}, e.g.
     * {@code sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8}.
     *
     * @param verifierKey the text, not {@code null}
     * @return a verifier accepting any origin
     * @throws NullPointerException (code {@code EJ1309}) if {@code verifierKey} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1321}) if the text is not an Ed25519 verifier
     *     key or its key ID does not match its name and key
     */
    public static CheckpointVerifier parse(String verifierKey) {
        LogCodes.requireNonNull(verifierKey, "verifierKey");
        int first = verifierKey.indexOf('+');
        int second = first < 0 ? -1 : verifierKey.indexOf('+', first + 1);
        if (second < 0) {
            throw invalidVerifierKey("not <name>+<key ID>+<key>");
        }
        String name = verifierKey.substring(0, first);
        String id = verifierKey.substring(first + 1, second);
        byte[] key = Notes.decodeCanonicalBase64(verifierKey.substring(second + 1));
        if (id.length() != 8 || !id.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw invalidVerifierKey("the key ID is not 8 hexadecimal digits");
        }
        if (key == null || key.length != 1 + Notes.ED25519_KEY_LENGTH || key[0] != Notes.ED25519_TYPE) {
            throw invalidVerifierKey("the key is not the base64 of 0x01 and a 32-byte Ed25519 key");
        }
        if (!Notes.isValidKeyName(name)) {
            throw invalidVerifierKey("not a key name: " + name);
        }
        CheckpointVerifier verifier = ofEd25519(name, Arrays.copyOfRange(key, 1, key.length));
        if (verifier.keyHash != HexFormat.fromHexDigits(id)) {
            throw invalidVerifierKey("the key ID " + id + " does not belong to the name and key");
        }
        return verifier;
    }

    /**
     * @param expectedOrigin the origin a checkpoint must have to verify; see {@link Checkpoint}
     * @return a verifier with the same key that also rejects checkpoints of other origins
     * @throws NullPointerException (code {@code EJ1309}) if {@code expectedOrigin} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1320}) if it cannot be a checkpoint's origin
     */
    public CheckpointVerifier withOrigin(String expectedOrigin) {
        LogCodes.requireNonNull(expectedOrigin, "expectedOrigin");
        Checkpoint.of(expectedOrigin, 0, MerkleHashing.emptyRoot()); // checks the line
        return new CheckpointVerifier(keyName, publicKey, jdkKey, expectedOrigin);
    }

    /** @return the key name */
    public String keyName() {
        return keyName;
    }

    /** @return the key ID, the first four bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key), big-endian */
    public int keyHash() {
        return keyHash;
    }

    /** @return a copy of the raw 32-byte Ed25519 public key */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** @return the expected origin, or empty if any origin is accepted */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    /**
     * @return the verifier key text {@code <name>+<key ID>+<base64(0x01 ‖ key)>}, which
     *     {@link #parse(String)} reads back; short enough to print beside a checkpoint
     */
    public String toVerifierKey() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = Notes.ED25519_TYPE;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return keyName + "+" + String.format("%08x", keyHash) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /**
     * Verifies a signed checkpoint given as text.
     *
     * @param signedCheckpoint the signed note, not {@code null}
     * @return verified with the checkpoint, or rejected with {@code MALFORMED}, {@code UNKNOWN_KEY},
     *     {@code BAD_SIGNATURE} or {@code WRONG_ORIGIN}
     * @throws NullPointerException (code {@code EJ1309}) if {@code signedCheckpoint} is {@code null}
     */
    public CheckpointVerification verify(String signedCheckpoint) {
        LogCodes.requireNonNull(signedCheckpoint, "signedCheckpoint");
        try {
            return verify(Notes.encodeUtf8(signedCheckpoint));
        } catch (Notes.Malformed e) {
            return malformed(e);
        }
    }

    /**
     * Verifies a signed checkpoint given as the bytes it was stored or printed as (UTF-8).
     *
     * @param signedCheckpoint the signed note in UTF-8, not {@code null}; not kept
     * @return verified with the checkpoint, or rejected with {@code MALFORMED} (including bytes that
     *     are not UTF-8), {@code UNKNOWN_KEY}, {@code BAD_SIGNATURE} or {@code WRONG_ORIGIN}
     * @throws NullPointerException (code {@code EJ1309}) if {@code signedCheckpoint} is {@code null}
     */
    public CheckpointVerification verify(byte[] signedCheckpoint) {
        LogCodes.requireNonNull(signedCheckpoint, "signedCheckpoint");
        Notes.Note note;
        try {
            note = Notes.parse(signedCheckpoint);
        } catch (Notes.Malformed e) {
            return malformed(e);
        }
        List<Notes.SignatureLine> ours = note.signatures().stream()
                .filter(s -> s.keyName().equals(keyName) && s.keyHash() == keyHash)
                .collect(Collectors.toList());
        if (ours.isEmpty()) {
            return new CheckpointVerification.Rejected(CheckpointVerification.Problem.UNKNOWN_KEY,
                    "no signature by " + keyName + "+" + String.format("%08x", keyHash) + "; signed by "
                            + note.signatures().stream()
                                    .map(s -> s.keyName() + "+" + String.format("%08x", s.keyHash()))
                                    .collect(Collectors.joining(", ")));
        }
        byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
        for (Notes.SignatureLine line : ours) {
            if (!signatureVerifies(text, line.signature())) {
                return new CheckpointVerification.Rejected(CheckpointVerification.Problem.BAD_SIGNATURE,
                        "the signature by " + keyName + " does not verify: the text or the signature was changed");
            }
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parse(note.text());
        } catch (Notes.Malformed e) {
            return malformed(e);
        }
        if (origin != null && !origin.equals(checkpoint.origin())) {
            return new CheckpointVerification.Rejected(CheckpointVerification.Problem.WRONG_ORIGIN,
                    "the checkpoint is for " + checkpoint.origin() + ", not for " + origin);
        }
        return new CheckpointVerification.Verified(checkpoint);
    }

    private boolean signatureVerifies(byte[] text, byte[] signature) {
        if (signature.length != Notes.ED25519_SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(jdkKey);
            verifier.update(text);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // a signature the JDK cannot even decode does not verify
            return false;
        }
    }

    private static CheckpointVerification malformed(Notes.Malformed e) {
        return new CheckpointVerification.Rejected(CheckpointVerification.Problem.MALFORMED, e.getMessage());
    }

    private static IllegalArgumentException invalidVerifierKey(String why) {
        return new IllegalArgumentException(LogCodes.INVALID_KEY + " not an Ed25519 verifier key: " + why);
    }

    private static void checkName(String name) {
        LogCodes.requireNonNull(name, "keyName");
        if (!Notes.isValidKeyName(name)) {
            throw new IllegalArgumentException(LogCodes.INVALID_KEY
                    + " a key name is non-empty and has no spaces, control characters or '+': " + name);
        }
    }

    /**
     * @param other the other object, may be {@code null}
     * @return whether {@code other} verifies with the same name, key and expected origin
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CheckpointVerifier that && keyName.equals(that.keyName)
                && Arrays.equals(publicKey, that.publicKey) && Objects.equals(origin, that.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyName, Arrays.hashCode(publicKey), origin);
    }

    @Override
    public String toString() {
        return "CheckpointVerifier[" + toVerifierKey() + (origin == null ? "" : ", origin=" + origin) + "]";
    }
}
