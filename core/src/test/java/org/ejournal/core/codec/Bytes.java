package org.ejournal.core.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Bytes written by hand, following the package documentation's specification rather than the
 * codec's code, so that tests can state what the encoding must be and craft malformed input.
 */
final class Bytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Bytes document(char kind) {
        return new Bytes().u8(1).u8(kind);
    }

    Bytes u8(int b) {
        out.write(b);
        return this;
    }

    Bytes i32(int v) {
        return u8(v >>> 24).u8(v >>> 16).u8(v >>> 8).u8(v);
    }

    Bytes i64(long v) {
        return i32((int) (v >>> 32)).i32((int) v);
    }

    Bytes raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    Bytes text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return i32(b.length).raw(b);
    }

    Bytes string(String s) {
        return u8(0x05).text(s);
    }

    Bytes record(int components) {
        return u8(0x0A).i32(components);
    }

    Bytes variant(String name, int components) {
        return u8(0x0B).text(name).record(components);
    }

    /** A typed identifier: a record of one string. */
    Bytes id(String value) {
        return record(1).string(value);
    }

    /** An identifier where its type is not known from the position (a header's target): 0B, name, record. */
    Bytes typedId(String type, String value) {
        return u8(0x0B).text(type).id(value);
    }

    Bytes list(int count) {
        return u8(0x0C).i32(count);
    }

    Bytes set(int count) {
        return u8(0x0D).i32(count);
    }

    Bytes int64(long v) {
        return u8(0x04).i64(v);
    }

    Bytes instant(long seconds, int nanos) {
        return u8(0x08).i64(seconds).i32(nanos);
    }

    Bytes decimal(String plain, int scale) {
        return u8(0x06).text(plain).i32(scale);
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("[\\s|]", ""));
    }

    /** @return the index of the first occurrence of {@code needle}, or -1 */
    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int indexOf(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.UTF_8));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle) >= 0;
    }

    /** @return a copy with the bytes at {@code at} replaced */
    static byte[] patch(byte[] b, int at, byte[] with) {
        byte[] c = b.clone();
        System.arraycopy(with, 0, c, at, with.length);
        return c;
    }

    static byte[] patch(byte[] b, int at, int... with) {
        byte[] w = new byte[with.length];
        for (int i = 0; i < with.length; i++) {
            w[i] = (byte) with[i];
        }
        return patch(b, at, w);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
