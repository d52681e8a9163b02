package org.ejournal.core.codec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 digest of an event's canonical payload bytes ({@link EventCodec#payloadDigest}): what
 * the audit log keeps of a payload, and all it keeps once retention has deleted the payload and left
 * a tombstone. Thirty-two bytes; its text form is 64 lower-case hexadecimal digits. Immutable and
 * thread-safe: the bytes are copied in and out.
 */
public final class PayloadDigest {

    /** The length of a digest in bytes. */
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private PayloadDigest(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Obtains a digest from its bytes, as stored.
     *
     * @param bytes the 32 bytes, not {@code null}; copied
     * @return the digest
     * @throws IllegalArgumentException (code {@code EJ1904}) if there are not 32 bytes
     */
    public static PayloadDigest of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException(EventCodec.UNENCODABLE + " a payload digest has " + LENGTH
                    + " bytes, got " + bytes.length);
        }
        return new PayloadDigest(bytes.clone());
    }

    /**
     * Reads a digest from its text.
     *
     * @param hex 64 hexadecimal digits, either case, not {@code null}
     * @return the digest
     * @throws IllegalArgumentException (code {@code EJ1904}) if the text is not 64 hexadecimal digits
     */
    public static PayloadDigest parse(CharSequence hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException(EventCodec.UNENCODABLE + " a payload digest has " + 2 * LENGTH
                    + " hexadecimal digits, got " + hex.length() + " characters");
        }
        try {
            return new PayloadDigest(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(EventCodec.UNENCODABLE + " a payload digest is hexadecimal: "
                    + e.getMessage(), e);
        }
    }

    /** @return a copy of the 32 bytes */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** @return the 64 lower-case hexadecimal digits */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** Appends the bytes to a buffer without copying them twice. */
    void writeTo(ByteSink out) {
        out.bytes(bytes);
    }

    /**
     * @param o another object
     * @return whether it is a digest of the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PayloadDigest other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** @return {@code sha256:} and the hexadecimal digits */
    @Override
    public String toString() {
        return "sha256:" + toHex();
    }
}
