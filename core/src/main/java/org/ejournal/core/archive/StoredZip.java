package org.ejournal.core.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The canonical ZIP container: uncompressed entries with fixed dates and no extras, written by hand
 * rather than by {@code ZipOutputStream}, whose timestamps depend on the default time zone — the same
 * parts must give the same bytes everywhere, so that a verifier can rebuild the container and compare.
 *
 * <p>Parts are {@linkplain Slice slices} of arrays, never copied: the container is laid out as a list
 * of slices (headers made here, the parts' data shared), which is written to a stream or compared
 * with the bytes read, so that neither writing nor verifying holds a second copy of the archive.
 */
final class StoredZip {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int VERSION = 20;
    private static final int UTF8_NAMES = 0x0800;
    /** 1980-01-01 00:00, the earliest DOS date: no clock, no zone. */
    private static final int DOS_TIME = 0;
    private static final int DOS_DATE = (1 << 5) | 1;
    /**
     * The most bytes an archive may have: a Java array's, since the whole archive is read into one
     * (and below the 4 GiB of a ZIP without ZIP64).
     */
    static final long MAX_ARCHIVE = Integer.MAX_VALUE - 64 * 1024;

    private StoredZip() {
    }

    /** A part of an array, shared, not copied. */
    record Slice(byte[] array, int offset, int length) {
        static Slice of(byte[] array) {
            return new Slice(array, 0, array.length);
        }

        byte[] toByteArray() {
            return Arrays.copyOfRange(array, offset, offset + length);
        }

        long crc() {
            CRC32 c = new CRC32();
            c.update(array, offset, length);
            return c.getValue();
        }
    }

    /** One part read back: its bytes and the CRC-32 its header states. */
    record Entry(Slice data, long statedCrc) {
        boolean crcMatches() {
            return data.crc() == statedCrc;
        }
    }

    /**
     * @param parts the parts in order, by name
     * @return the container's bytes for the parts, as slices to write or compare in order
     * @throws IllegalArgumentException if the container would exceed {@link #MAX_ARCHIVE} bytes
     */
    static List<Slice> layout(Map<String, Slice> parts) {
        List<Slice> out = new ArrayList<>();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        for (Map.Entry<String, Slice> p : parts.entrySet()) {
            byte[] name = p.getKey().getBytes(StandardCharsets.UTF_8);
            Slice data = p.getValue();
            long crc = data.crc();
            ByteArrayOutputStream local = new ByteArrayOutputStream(30 + name.length);
            int32(local, LOCAL);
            int16(local, VERSION);
            int16(local, UTF8_NAMES);
            int16(local, 0); // STORED
            int16(local, DOS_TIME);
            int16(local, DOS_DATE);
            int32(local, crc);
            int32(local, data.length());
            int32(local, data.length());
            int16(local, name.length);
            int16(local, 0);
            local.writeBytes(name);

            int32(central, CENTRAL);
            int16(central, VERSION);
            int16(central, VERSION);
            int16(central, UTF8_NAMES);
            int16(central, 0);
            int16(central, DOS_TIME);
            int16(central, DOS_DATE);
            int32(central, crc);
            int32(central, data.length());
            int32(central, data.length());
            int16(central, name.length);
            int16(central, 0);
            int16(central, 0);
            int16(central, 0);
            int16(central, 0);
            int32(central, 0);
            int32(central, offset);
            central.writeBytes(name);

            out.add(Slice.of(local.toByteArray()));
            out.add(data);
            offset += local.size() + (long) data.length();
            if (offset > MAX_ARCHIVE) {
                throw new IllegalArgumentException("the archive would exceed " + MAX_ARCHIVE + " bytes");
            }
        }
        ByteArrayOutputStream end = new ByteArrayOutputStream();
        end.writeBytes(central.toByteArray());
        int32(end, END);
        int16(end, 0);
        int16(end, 0);
        int16(end, parts.size());
        int16(end, parts.size());
        int32(end, central.size());
        int32(end, offset);
        int16(end, 0);
        out.add(Slice.of(end.toByteArray()));
        return out;
    }

    /** Writes a layout to a stream, slice by slice. */
    static void write(List<Slice> layout, OutputStream out) throws IOException {
        for (Slice s : layout) {
            out.write(s.array(), s.offset(), s.length());
        }
    }

    /** @return whether the bytes are exactly the layout's */
    static boolean matches(List<Slice> layout, byte[] zip) {
        long at = 0;
        for (Slice s : layout) {
            if (at + s.length() > zip.length
                    || !Arrays.equals(s.array(), s.offset(), s.offset() + s.length(), zip, (int) at, (int) at + s.length())) {
                return false;
            }
            at += s.length();
        }
        return at == zip.length;
    }

    /**
     * Reads the local entries from the start, as far as they go; a broken structure is added to
     * {@code problems} and ends the reading. Parts met twice keep the first. The parts are slices of
     * {@code zip}.
     */
    static Map<String, Entry> read(byte[] zip, List<ArchiveProblem> problems) {
        Map<String, Entry> parts = new LinkedHashMap<>();
        int at = 0;
        while (true) {
            if (at + 4 > zip.length) {
                problems.add(container("truncated at byte " + at + ": no central directory"));
                return parts;
            }
            long signature = uint32(zip, at);
            if (signature != LOCAL) {
                return parts; // the central directory, or garbage: the canonical comparison tells
            }
            if (at + 30 > zip.length) {
                problems.add(container("truncated in the header of a part at byte " + at));
                return parts;
            }
            int method = uint16(zip, at + 8);
            long crc = uint32(zip, at + 14);
            long compressed = uint32(zip, at + 18);
            int nameLength = uint16(zip, at + 26);
            int extraLength = uint16(zip, at + 28);
            long dataStart = (long) at + 30 + nameLength + extraLength;
            if (dataStart > zip.length) {
                problems.add(container("truncated in the header of a part at byte " + at));
                return parts;
            }
            String name = new String(zip, at + 30, nameLength, StandardCharsets.UTF_8);
            if (method != 0) {
                problems.add(container("part \"" + name + "\" at byte " + at + " is not stored uncompressed"));
                return parts;
            }
            if (dataStart + compressed > zip.length) {
                problems.add(container("part \"" + name + "\" is truncated: " + compressed + " bytes stated, "
                        + (zip.length - dataStart) + " present"));
                return parts;
            }
            parts.putIfAbsent(name, new Entry(new Slice(zip, (int) dataStart, (int) compressed), crc));
            at = (int) (dataStart + compressed);
        }
    }

    private static ArchiveProblem container(String message) {
        return new ArchiveProblem(ArchiveProblem.Kind.MALFORMED_CONTAINER, "container", -1, message);
    }

    private static void int16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, long v) {
        int16(out, (int) (v & 0xFFFF));
        int16(out, (int) ((v >>> 16) & 0xFFFF));
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long uint32(byte[] b, int at) {
        return uint16(b, at) | (long) uint16(b, at + 2) << 16;
    }
}
