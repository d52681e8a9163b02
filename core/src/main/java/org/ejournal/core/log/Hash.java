package org.ejournal.core.log;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 hash: 32 bytes. The hash of a leaf, of a node, or the root of the audit log's Merkle
 * tree. Immutable and thread-safe; the bytes are copied in and out.
 */
public final class Hash {

    /** The length of a hash in bytes. */
    public static final int LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes the 32 bytes of the hash, not {@code null}; copied
     * @return the hash
     * @throws NullPointerException (code {@code EJ1309}) if {@code bytes} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1300}) if there are not exactly 32 bytes
     */
    public static Hash of(byte[] bytes) {
        LogCodes.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException(
                    LogCodes.INVALID_HASH + " a hash has " + LENGTH + " bytes, got " + bytes.length);
        }
        return new Hash(bytes.clone());
    }

    /**
     * Reads a hash written as 64 hexadecimal digits (either case), as {@link #toHex()} writes it.
     *
     * @param hex the digits, not {@code null}
     * @return the hash
     * @throws NullPointerException (code {@code EJ1309}) if {@code hex} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1300}) if the text is not 64 hexadecimal
     *     digits
     */
    public static Hash parse(CharSequence hex) {
        LogCodes.requireNonNull(hex, "hex");
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException(LogCodes.INVALID_HASH + " a hash is written as " + 2 * LENGTH
                    + " hexadecimal digits, got " + hex.length() + " characters");
        }
        try {
            return new Hash(HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(LogCodes.INVALID_HASH + " not a hexadecimal hash: " + hex, e);
        }
    }

    /** Wraps bytes this package has just made and never shares: no copy. */
    static Hash wrap(byte[] freshBytes) {
        if (freshBytes.length != LENGTH) {
            throw new IllegalStateException(LogCodes.INVALID_HASH + " a digest of " + freshBytes.length + " bytes");
        }
        return new Hash(freshBytes);
    }

    /**
     * Reads the canonical standard base64 of 32 bytes, answering {@code null} for anything else
     * (wrong length, missing padding, non-zero padding bits, characters outside the alphabet), so
     * that one hash has exactly one text.
     */
    static Hash fromCanonicalBase64(String text) {
        byte[] decoded = Notes.decodeCanonicalBase64(text);
        return decoded == null || decoded.length != LENGTH ? null : new Hash(decoded);
    }

    /** @return a copy of the 32 bytes */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** @return the hash as 64 lower-case hexadecimal digits */
    public String toHex() {
        return HEX.formatHex(bytes);
    }

    /** @return the hash in standard base64 with padding (RFC 4648 §4), as checkpoints write it */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes themselves, not copied: only for this package, which never changes them. */
    byte[] bytes() {
        return bytes;
    }

    /**
     * Compares in time that does not depend on where the hashes differ.
     *
     * @param other the other object, may be {@code null}
     * @return whether {@code other} is a hash with the same bytes
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Hash that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** @return the hash as 64 lower-case hexadecimal digits */
    @Override
    public String toString() {
        return toHex();
    }
}
