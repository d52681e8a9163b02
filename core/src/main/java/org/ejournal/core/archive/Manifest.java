package org.ejournal.core.archive;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.SchoolId;

/**
 * The manifest part: its canonical text and a strict reading of it. See the package documentation
 * for the lines.
 *
 * @param school the school
 * @param zone its time zone
 * @param first the sequence of the first archived entry, from 1
 * @param events how many entries are archived
 * @param before the frontier of the log's tree before the first archived entry, of size {@code first - 1}
 * @param root the root of the log's tree at the last archived entry, of size {@code first - 1 + events}
 * @param checkpoints how many signed checkpoints are archived
 * @param eventsSha256 the SHA-256 of the events part
 * @param checkpointsSha256 the SHA-256 of the checkpoints part
 */
record Manifest(SchoolId school, ZoneId zone, long first, long events, Frontier before, Hash root, long checkpoints,
        byte[] eventsSha256, byte[] checkpointsSha256) {

    Manifest {
        if (first < 1 || events < 0 || first - 1 > Long.MAX_VALUE - events || checkpoints < 0) {
            throw new IllegalArgumentException("bad first entry, event count or checkpoint count");
        }
        if (before.size() != first - 1) {
            throw new IllegalArgumentException("the frontier before the first entry is of " + before.size()
                    + " entries, not " + (first - 1));
        }
        if (eventsSha256.length != 32 || checkpointsSha256.length != 32) {
            throw new IllegalArgumentException("a part's SHA-256 has 32 bytes");
        }
    }

    /** @return the sequence of the last archived entry; {@code first - 1} when none is */
    long last() {
        return first - 1 + events;
    }

    byte[] toBytes() {
        StringBuilder text = new StringBuilder()
                .append("format: ").append(Archive.FORMAT).append('\n')
                .append("version: ").append(Archive.VERSION).append('\n')
                .append("school: ").append(school.value()).append('\n')
                .append("zone: ").append(zone.getId()).append('\n')
                .append("first: ").append(first).append('\n')
                .append("events: ").append(events).append('\n');
        for (Hash h : before.hashes()) {
            text.append("subtree: ").append(h.toHex()).append('\n');
        }
        text.append("root: ").append(root.toHex()).append('\n')
                .append("checkpoints: ").append(checkpoints).append('\n')
                .append("sha256 events: ").append(HexFormat.of().formatHex(eventsSha256)).append('\n')
                .append("sha256 checkpoints: ").append(HexFormat.of().formatHex(checkpointsSha256)).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws IllegalArgumentException if the bytes are not exactly a manifest this version writes
     */
    static Manifest parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the manifest does not end with a newline");
        }
        Lines lines = new Lines(text.substring(0, text.length() - 1).split("\n", -1));
        String format = lines.next("format");
        if (!format.equals(Archive.FORMAT)) {
            throw new IllegalArgumentException("unknown format \"" + format + "\"");
        }
        String version = lines.next("version");
        if (!version.equals(Integer.toString(Archive.VERSION))) {
            throw new IllegalArgumentException("unsupported version \"" + version + "\"; this library reads version "
                    + Archive.VERSION);
        }
        Manifest m;
        try {
            SchoolId school = SchoolId.of(lines.next("school"));
            ZoneId zone = ZoneId.of(lines.next("zone"));
            long first = Long.parseLong(lines.next("first"));
            long events = Long.parseLong(lines.next("events"));
            if (first < 1) {
                throw new IllegalArgumentException("the first entry is 1 or later, got " + first);
            }
            List<Hash> subtrees = new ArrayList<>();
            for (int i = 0; i < Long.bitCount(first - 1); i++) {
                subtrees.add(Hash.parse(lines.next("subtree")));
            }
            Hash root = Hash.parse(lines.next("root"));
            long checkpoints = Long.parseLong(lines.next("checkpoints"));
            byte[] eventsSha256 = HexFormat.of().parseHex(lines.next("sha256 events"));
            byte[] checkpointsSha256 = HexFormat.of().parseHex(lines.next("sha256 checkpoints"));
            lines.end();
            m = new Manifest(school, zone, first, events, new Frontier(first - 1, subtrees), root, checkpoints,
                    eventsSha256, checkpointsSha256);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!Arrays.equals(m.toBytes(), bytes)) {
            throw new IllegalArgumentException("not in canonical form");
        }
        return m;
    }

    /** The manifest's lines, read in order. */
    private static final class Lines {
        private final String[] lines;
        private int at;

        Lines(String[] lines) {
            this.lines = lines;
        }

        String next(String key) {
            if (at >= lines.length) {
                throw new IllegalArgumentException("line " + (at + 1) + " \"" + key + ": …\" is missing");
            }
            String prefix = key + ": ";
            if (!lines[at].startsWith(prefix)) {
                throw new IllegalArgumentException("line " + (at + 1) + " should start with \"" + prefix + "\"");
            }
            return lines[at++].substring(prefix.length());
        }

        void end() {
            if (at != lines.length) {
                throw new IllegalArgumentException("unexpected line " + (at + 1));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Manifest m && Arrays.equals(toBytes(), m.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    @Override
    public String toString() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }
}
