package org.ejournal.core.codec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the bytes being decoded, checking every read against the end, and keeps the path of the
 * value being decoded so that an {@link EventFormatException} says where it happened. Not
 * thread-safe; one per decoding.
 */
final class ByteSource {

    private final byte[] buf;
    private int pos;
    /**
     * The path, kept cheaply and written out only on failure: a name, or {@code null} for the
     * element at {@code indices[i]} of a list or set.
     */
    private String[] names = new String[8];
    private int[] indices = new int[8];
    private int depth;
    private CharsetDecoder utf8;

    ByteSource(byte[] buf) {
        this.buf = buf;
    }

    void skip(int n) {
        pos += n;
    }

    byte[] buffer() {
        return buf;
    }

    int position() {
        return pos;
    }

    int remaining() {
        return buf.length - pos;
    }

    void enter(String name) {
        push(name, 0);
    }

    /** Enters the element at an index of a list or set: the path shows it as {@code [index]}. */
    void enterIndex(int index) {
        push(null, index);
    }

    void leave() {
        depth--;
    }

    private void push(String name, int index) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
        names[depth] = name;
        indices[depth] = index;
        depth++;
    }

    /** @return the next byte, not consumed, or -1 at the end */
    int peek() {
        return pos < buf.length ? buf[pos] & 0xFF : -1;
    }

    int u8() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    int i32() {
        need(4);
        int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8)
                | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    long i64() {
        long hi = i32() & 0xFFFF_FFFFL;
        long lo = i32() & 0xFFFF_FFFFL;
        return (hi << 32) | lo;
    }

    /**
     * Reads an unsigned 32-bit length or count that cannot exceed the bytes left, each item taking at
     * least one byte: so a corrupt count never makes the decoder allocate or loop beyond the input.
     */
    int count(String what) {
        int at = pos;
        long n = i32() & 0xFFFF_FFFFL;
        if (n > remaining()) {
            throw fail(at, what + " " + n + " exceeds the " + remaining() + " bytes that follow");
        }
        return (int) n;
    }

    /** Reads a length-prefixed string of strict UTF-8 (no overlong forms, no encoded surrogates). */
    String utf8() {
        int n = count("string length");
        int at = pos;
        String fast = wellFormed(at, n);
        if (fast != null) {
            pos += n;
            return fast;
        }
        if (utf8 == null) {
            utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        CharBuffer chars;
        try {
            chars = utf8.reset().decode(ByteBuffer.wrap(buf, at, n));
        } catch (CharacterCodingException e) {
            throw fail(at, "the string's " + n + " bytes are not well-formed UTF-8", e);
        }
        pos += n;
        return chars.toString();
    }

    /**
     * The string of {@code n} bytes at {@code at} if they are well-formed UTF-8, else {@code null}
     * (then the strict decoder says what is wrong, and where). ASCII is well-formed as it is. Other
     * bytes are decoded leniently, which replaces every malformed sequence, overlong form or encoded
     * surrogate by U+FFFD, and encoded again: the bytes come back unchanged exactly when there was
     * nothing to replace, i.e. when the strict decoder would accept them and give the same string.
     */
    private String wellFormed(int at, int n) {
        String s = new String(buf, at, n, StandardCharsets.UTF_8);
        if (s.length() == n) {
            // one character a byte: all ASCII, unless some were replaced (every non-ASCII character
            // that is well-formed takes two bytes or more)
            return s.indexOf('\uFFFD') < 0 ? s : null;
        }
        byte[] again = s.getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(again, 0, again.length, buf, at, at + n) ? s : null;
    }


    /** Reads a length-prefixed string of ASCII bytes, as the decimal's text. */
    String ascii() {
        int n = count("text length");
        int at = pos;
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            int b = buf[at + i] & 0xFF;
            if (b >= 0x80) {
                throw fail(at + i, "a decimal's text must be ASCII, found 0x" + hex(b));
            }
            c[i] = (char) b;
        }
        pos += n;
        return new String(c);
    }

    void expectEnd() {
        if (pos != buf.length) {
            throw fail(pos, (buf.length - pos) + " bytes follow the end of the value");
        }
    }

    EventFormatException fail(int offset, String reason) {
        return fail(offset, reason, null);
    }

    EventFormatException fail(int offset, String reason, Throwable cause) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                path.append('.');
            }
            if (names[i] == null) {
                path.append('[').append(indices[i]).append(']');
            } else {
                path.append(names[i]);
            }
        }
        return new EventFormatException(offset, path.toString(), reason, cause);
    }

    static String hex(int b) {
        return String.format("%02x", b);
    }

    private void need(int n) {
        if (buf.length - pos < n) {
            throw fail(pos, "truncated: " + n + " more bytes needed, " + (buf.length - pos) + " left");
        }
    }
}
