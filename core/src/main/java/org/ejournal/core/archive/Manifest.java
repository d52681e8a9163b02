package org.ejournal.core.archive;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HexFormat;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.SchoolId;

/** The manifest part: its canonical text and a strict reading of it. */
record Manifest(SchoolId school, ZoneId zone, long events, Hash root, byte[] eventsSha256) {

    private static final String[] KEYS = {"format", "version", "school", "zone", "events", "root", "sha256 events"};

    byte[] toBytes() {
        String text = "format: " + Archive.FORMAT + "\n"
                + "version: " + Archive.VERSION + "\n"
                + "school: " + school.value() + "\n"
                + "zone: " + zone.getId() + "\n"
                + "events: " + events + "\n"
                + "root: " + root.toHex() + "\n"
                + "sha256 events: " + HexFormat.of().formatHex(eventsSha256) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws IllegalArgumentException if the text is not exactly a manifest this version writes
     */
    static Manifest parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (lines.length != KEYS.length + 1 || !lines[KEYS.length].isEmpty()) {
            throw new IllegalArgumentException("expected " + KEYS.length + " lines ending with a newline");
        }
        String[] values = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            String prefix = KEYS[i] + ": ";
            if (!lines[i].startsWith(prefix)) {
                throw new IllegalArgumentException("line " + (i + 1) + " should start with \"" + prefix + "\"");
            }
            values[i] = lines[i].substring(prefix.length());
        }
        if (!values[0].equals(Archive.FORMAT)) {
            throw new IllegalArgumentException("unknown format \"" + values[0] + "\"");
        }
        if (!values[1].equals(Integer.toString(Archive.VERSION))) {
            throw new IllegalArgumentException("unsupported version \"" + values[1] + "\"");
        }
        Manifest m;
        try {
            m = new Manifest(SchoolId.of(values[2]), ZoneId.of(values[3]), Long.parseLong(values[4]),
                    Hash.parse(values[5]), HexFormat.of().parseHex(values[6]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (m.events < 0 || m.eventsSha256.length != 32) {
            throw new IllegalArgumentException("bad event count or digest");
        }
        if (!java.util.Arrays.equals(m.toBytes(), bytes)) {
            throw new IllegalArgumentException("not in canonical form");
        }
        return m;
    }
}
