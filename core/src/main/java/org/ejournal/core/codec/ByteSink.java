package org.ejournal.core.codec;

import java.util.Arrays;

/**
 * A growable byte buffer for the encoder. Not thread-safe; one per encoding. Capacity doubles, so
 * encoding costs time linear in its output.
 */
final class ByteSink {

    private byte[] buf;
    private int size;

    ByteSink() {
        this(128);
    }

    ByteSink(int capacity) {
        buf = new byte[capacity];
    }

    int size() {
        return size;
    }

    void u8(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void i32(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    void i64(long v) {
        i32((int) (v >>> 32));
        i32((int) v);
    }

    void bytes(byte[] b) {
        bytes(b, 0, b.length);
    }

    void bytes(byte[] b, int from, int length) {
        ensure(length);
        System.arraycopy(b, from, buf, size, length);
        size += length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
