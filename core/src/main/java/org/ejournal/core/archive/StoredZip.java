package org.ejournal.core.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The canonical ZIP container: uncompressed entries with fixed dates and no extras, written by hand
 * rather than by {@code ZipOutputStream}, whose timestamps depend on the default time zone — the same
 * parts must give the same bytes everywhere, so that a verifier can rebuild the container and compare.
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
    static final long MAX_PART = 0xFFFF_FFFFL;

    private StoredZip() {
    }

    /** One part read back: its bytes and the CRC-32 its header states. */
    record Entry(byte[] data, long statedCrc) {
        boolean crcMatches() {
            return crc(data) == statedCrc;
        }
    }

    static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    /** @return the container's bytes for the parts, in the map's order */
    static byte[] write(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            byte[] name = p.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] data = p.getValue();
            if (data.length > MAX_PART) {
                throw new IllegalArgumentException("part too large for a ZIP without ZIP64: " + p.getKey());
            }
            long crc = crc(data);
            int offset = out.size();
            int32(out, LOCAL);
            int16(out, VERSION);
            int16(out, UTF8_NAMES);
            int16(out, 0); // STORED
            int16(out, DOS_TIME);
            int16(out, DOS_DATE);
            int32(out, crc);
            int32(out, data.length);
            int32(out, data.length);
            int16(out, name.length);
            int16(out, 0);
            out.writeBytes(name);
            out.writeBytes(data);

            int32(central, CENTRAL);
            int16(central, VERSION);
            int16(central, VERSION);
            int16(central, UTF8_NAMES);
            int16(central, 0);
            int16(central, DOS_TIME);
            int16(central, DOS_DATE);
            int32(central, crc);
            int32(central, data.length);
            int32(central, data.length);
            int16(central, name.length);
            int16(central, 0);
            int16(central, 0);
            int16(central, 0);
            int16(central, 0);
            int32(central, 0);
            int32(central, offset);
            central.writeBytes(name);
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        int32(out, END);
        int16(out, 0);
        int16(out, 0);
        int16(out, parts.size());
        int16(out, parts.size());
        int32(out, central.size());
        int32(out, centralOffset);
        int16(out, 0);
        return out.toByteArray();
    }

    /**
     * Reads the local entries from the start, as far as they go; a broken structure is added to
     * {@code problems} and ends the reading. Parts met twice keep the first.
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
            byte[] data = java.util.Arrays.copyOfRange(zip, (int) dataStart, (int) (dataStart + compressed));
            parts.putIfAbsent(name, new Entry(data, crc));
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

    static List<String> names(Map<String, ?> parts) {
        return new ArrayList<>(parts.keySet());
    }
}
