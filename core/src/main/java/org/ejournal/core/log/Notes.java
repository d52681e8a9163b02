package org.ejournal.core.log;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The C2SP signed-note format (c2sp.org/signed-note): a text ending in a newline, a blank line,
 * and signature lines {@code — <key name> <base64(key ID ‖ signature)>}. Also the Ed25519 key
 * encodings the format uses. Only what checkpoints need; package-private.
 */
final class Notes {

    /** U+2014 EM DASH and a space: the start of every signature line. */
    static final String SIGNATURE_LINE_START = "\u2014 ";

    /** The signature type byte of Ed25519 in key IDs and verifier keys. */
    static final byte ED25519_TYPE = 0x01;

    /** The raw length of an Ed25519 public key. */
    static final int ED25519_KEY_LENGTH = 32;

    /** The length of an Ed25519 signature. */
    static final int ED25519_SIGNATURE_LENGTH = 64;

    /**
     * The signed-note spec asks verifiers to bound the signatures they look at and to accept at
     * least 16; Go's note package takes 100.
     */
    static final int MAX_SIGNATURES = 100;

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the 32 raw bytes follow it. */
    private static final byte[] X509_ED25519_PREFIX = {
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Notes() {
    }

    /** A signed note that parsed: the text (with its final newline) and the signature lines. */
    record Note(String text, List<SignatureLine> signatures) {
    }

    /**
     * One signature line.
     *
     * @param keyName the key name
     * @param keyHash the 4-byte key ID, big-endian
     * @param signature the signature bytes after the key ID
     */
    record SignatureLine(String keyName, int keyHash, byte[] signature) {
    }

    /** Why a text is not a signed note or not a checkpoint; caught where the answer is made. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** Decodes strict UTF-8: malformed or truncated sequences are refused, not replaced. */
    static String decodeUtf8(byte[] bytes) throws Malformed {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("the text is not valid UTF-8");
        }
    }

    /** Encodes to UTF-8, refusing lone surrogates (which UTF-8 cannot carry). */
    static byte[] encodeUtf8(String text) throws Malformed {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(),
                    buffer.arrayOffset() + buffer.limit());
        } catch (CharacterCodingException e) {
            throw new Malformed("the text has a lone surrogate and cannot be written in UTF-8");
        }
    }

    /**
     * Parses a signed note: valid UTF-8, no ASCII control characters but newline, a text ending in
     * a newline, the last blank line, then 1 to {@value #MAX_SIGNATURES} well-formed signature lines.
     */
    static Note parse(byte[] bytes) throws Malformed {
        String note = decodeUtf8(bytes);
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new Malformed("control character U+" + String.format("%04X", (int) c) + " at " + i);
            }
        }
        if (!note.endsWith("\n")) {
            throw new Malformed("a signed note ends with a newline");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new Malformed("no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty()) {
            throw new Malformed("no signature lines after the blank line");
        }
        List<SignatureLine> signatures = new ArrayList<>();
        int start = 0;
        while (start < block.length()) {
            int end = block.indexOf('\n', start);
            if (signatures.size() == MAX_SIGNATURES) {
                throw new Malformed("more than " + MAX_SIGNATURES + " signatures");
            }
            signatures.add(signatureLine(block.substring(start, end), signatures.size() + 1));
            start = end + 1;
        }
        return new Note(text, List.copyOf(signatures));
    }

    private static SignatureLine signatureLine(String line, int number) throws Malformed {
        if (!line.startsWith(SIGNATURE_LINE_START)) {
            throw new Malformed("signature line " + number + " does not start with an em dash and a space");
        }
        String rest = line.substring(SIGNATURE_LINE_START.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new Malformed("signature line " + number + " has no space between key name and signature");
        }
        String name = rest.substring(0, space);
        if (!isValidKeyName(name)) {
            throw new Malformed("signature line " + number + " has an invalid key name");
        }
        byte[] decoded = decodeCanonicalBase64(rest.substring(space + 1));
        if (decoded == null || decoded.length < 5) {
            throw new Malformed("signature line " + number + " has no canonical base64 of a key ID and a signature");
        }
        return new SignatureLine(name, ByteBuffer.wrap(decoded, 0, 4).getInt(),
                Arrays.copyOfRange(decoded, 4, decoded.length));
    }

    /**
     * Key names are non-empty and have no Unicode spaces and no plus signs (c2sp.org/signed-note).
     * As "Unicode spaces" this takes Java's white space and space characters and U+0085, which
     * together cover Go's {@code unicode.IsSpace}.
     */
    static boolean isValidKeyName(String name) {
        if (name.isEmpty() || hasLoneSurrogate(name)) {
            return false;
        }
        return name.codePoints().noneMatch(c -> c == '+' || c == 0x85 || c < 0x20
                || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Whether a line may stand in a note: not empty-checked here, only no newline or control. */
    static boolean isValidLineText(String line) {
        return !hasLoneSurrogate(line) && line.chars().noneMatch(c -> c < 0x20);
    }

    private static boolean hasLoneSurrogate(String text) {
        return text.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /**
     * Decodes standard base64 only in its canonical form (padding present, padding bits zero), so
     * that no two texts carry the same bytes: a changed character is always a changed value.
     *
     * @return the bytes, or {@code null} if the text is not canonical base64
     */
    static byte[] decodeCanonicalBase64(String text) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return Base64.getEncoder().encodeToString(decoded).equals(text) ? decoded : null;
    }

    /** The key ID: the first four bytes of SHA-256(key name ‖ 0x0A ‖ type ‖ public key), big-endian. */
    static int keyHash(String keyName, byte type, byte[] publicKey) {
        byte[] name = keyName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.allocate(name.length + 2 + publicKey.length);
        input.put(name).put((byte) '\n').put(type).put(publicKey);
        return ByteBuffer.wrap(new Sha256().plain(input.array()), 0, 4).getInt();
    }

    /** The 32 raw bytes of an Ed25519 public key, or {@code null} if it is not one. */
    static byte[] rawEd25519(PublicKey key) {
        byte[] encoded = "X.509".equals(key.getFormat()) ? key.getEncoded() : null;
        if (encoded == null || encoded.length != X509_ED25519_PREFIX.length + ED25519_KEY_LENGTH
                || !Arrays.equals(encoded, 0, X509_ED25519_PREFIX.length, X509_ED25519_PREFIX, 0,
                        X509_ED25519_PREFIX.length)) {
            return null;
        }
        return Arrays.copyOfRange(encoded, X509_ED25519_PREFIX.length, encoded.length);
    }

    /** The JDK's Ed25519 public key for 32 raw bytes, or {@code null} if the JDK refuses them. */
    static PublicKey ed25519PublicKey(byte[] raw) {
        if (raw.length != ED25519_KEY_LENGTH) {
            return null;
        }
        byte[] encoded = Arrays.copyOf(X509_ED25519_PREFIX, X509_ED25519_PREFIX.length + ED25519_KEY_LENGTH);
        System.arraycopy(raw, 0, encoded, X509_ED25519_PREFIX.length, ED25519_KEY_LENGTH);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (InvalidKeySpecException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(LogCodes.INVALID_KEY + " this Java platform has no Ed25519", e);
        }
    }
}
