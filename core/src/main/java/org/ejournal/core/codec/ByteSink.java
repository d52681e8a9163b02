package org.ejournal.core.codec;

import java.util.Arrays;

/**
 * A growable byte buffer for the encoder. Not thread-safe; one per encoding. Capacity doubles, so
 * encoding costs time linear in its output.
 */
final class ByteSink {

    /** The largest buffer a thread keeps between encodings: a larger one, for a rare huge event, is dropped. */
    private static final int KEEP = 1 << 16;

    /**
     * Each thread's buffer for {@link #scratch()}: a plain {@code byte[]}, so that a thread of a
     * container does not keep the library's classes alive through it.
     */
    private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>();

    private byte[] buf;
    private int size;

    ByteSink() {
        this(128);
    }

    ByteSink(int capacity) {
        buf = new byte[capacity];
    }

    private ByteSink(byte[] buf) {
        this.buf = buf;
    }

    /**
     * A sink over this thread's reusable buffer, for one whole document encoded and copied out with
     * {@link #toByteArray()} before the next: the buffer stays warm in the cache, and only the
     * document's exact bytes are allocated. Hand it back with {@link #release()}.
     *
     * @return an empty sink
     */
    static ByteSink scratch() {
        byte[] b = SCRATCH.get();
        if (b == null) {
            return new ByteSink(1024);
        }
        SCRATCH.set(null); // taken: an encoding nested in this one would get its own
        return new ByteSink(b);
    }

    /** Gives the buffer back to this thread for the next {@link #scratch()}, unless it grew too large. */
    void release() {
        if (buf.length <= KEEP) {
            SCRATCH.set(buf);
        }
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
