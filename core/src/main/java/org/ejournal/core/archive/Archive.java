package org.ejournal.core.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.codec.EventHeader;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.log.MerkleLog;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogEntry;

/**
 * Archive copies of a school's journal: {@linkplain #write write} the events to one or more
 * destinations at once (the regulation's two media kept in different rooms), {@linkplain #verify
 * verify} a copy offline, {@linkplain #restore restore} a copy into an empty store. The format is
 * described in the {@linkplain org.ejournal.core.archive package documentation}.
 *
 * <p>Writing and reading hold one archive in memory (its events' encoded bytes), so an archive is
 * limited to 4 GiB; a school's year is a few tens of megabytes. Streams passed in are neither closed
 * nor, for outputs, anything but written and flushed: the host owns them.
 *
 * <p>Codes: {@value #DAMAGED} a damaged archive (every {@link ArchiveProblem}, and a refused restore),
 * {@value #STORE_NOT_EMPTY} a restore into a store that already holds the school's events,
 * {@value #WRONG_SCHOOL} a restore of another school's archive, {@value #IO_FAILED} a stream failed,
 * {@value #NOT_A_LOG} the events given to write are not a gap-free log from 1.
 *
 * <p>All methods are static; the class is stateless and thread-safe.
 */
public final class Archive {

    /** The format name the manifest states. */
    public static final String FORMAT = "ejournal-archive";
    /** The format version this class writes and the only one it reads. */
    public static final int VERSION = 1;
    /** The name of the manifest part. */
    public static final String MANIFEST = "manifest";
    /** The name of the events part. */
    public static final String EVENTS = "events";

    /** The archive is damaged: problems found by verification, a restore refused. */
    public static final String DAMAGED = "EJ1905";
    /** The store to restore into already holds events of the school. */
    public static final String STORE_NOT_EMPTY = "EJ1906";
    /** The archive belongs to another school than the one to restore. */
    public static final String WRONG_SCHOOL = "EJ1907";
    /** Reading or writing a stream failed. */
    public static final String IO_FAILED = "EJ1908";
    /** The events to write are not a gap-free log from sequence 1. */
    public static final String NOT_A_LOG = "EJ1909";

    private Archive() {
    }

    /**
     * Writes an archive of all a school's events held by a store; see
     * {@link #write(School, Iterable, OutputStream...)}.
     *
     * @param school the school, not {@code null}
     * @param store the store holding its events, not {@code null}
     * @param destinations where to write, at least one, none {@code null}
     * @return the manifest's facts
     * @throws NullPointerException if an argument or element is {@code null}
     * @throws IllegalArgumentException (code {@value #NOT_A_LOG}) if there is no destination
     * @throws ArchiveException (code {@value #IO_FAILED}) if a destination failed
     */
    public static ArchiveReport write(School school, JournalStore store, OutputStream... destinations) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(store, "store");
        try (Stream<LogEntry> entries = store.entries(school.id())) {
            return write(school, (Iterable<LogEntry>) entries::iterator, destinations);
        }
    }

    /**
     * Writes an archive of a school's events to every destination, the same bytes to each.
     *
     * @param school the school, not {@code null}
     * @param events the school's events in sequence order from 1, not {@code null}
     * @param destinations where to write, at least one, none {@code null}; written and flushed, not
     *     closed
     * @return the manifest's facts: the school, the count and the Merkle root, with no problems
     * @throws NullPointerException if an argument or element is {@code null}
     * @throws IllegalArgumentException (code {@value #NOT_A_LOG}) if there is no destination or the
     *     events are not numbered 1, 2, 3…; nothing was written then
     * @throws ArchiveException (code {@value #IO_FAILED}) if a destination failed, naming its index
     */
    public static ArchiveReport write(School school, Iterable<LogEntry> events, OutputStream... destinations) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(destinations, "destinations");
        if (destinations.length == 0) {
            throw new IllegalArgumentException(NOT_A_LOG + " at least one destination is needed");
        }
        for (int i = 0; i < destinations.length; i++) {
            Objects.requireNonNull(destinations[i], "destinations[" + i + "]");
        }
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        MerkleLog log = MerkleLog.empty();
        long count = 0;
        Iterator<LogEntry> it = events.iterator();
        Hasher hasher = new Hasher();
        while (it.hasNext()) {
            LogEntry e = Objects.requireNonNull(it.next(), "entry");
            if (e.sequence() != count + 1) {
                throw new IllegalArgumentException(NOT_A_LOG + " entry " + count + " has sequence " + e.sequence()
                        + ", expected " + (count + 1));
            }
            writeEntry(part, e);
            log.append(hasher.leaf(e.header(), e.payloadDigest()));
            count++;
            if (part.size() > StoredZip.MAX_PART) {
                throw new ArchiveException(IO_FAILED, "the events exceed the 4 GiB an archive may hold", List.of(), null);
            }
        }
        byte[] eventsPart = part.toByteArray();
        Manifest manifest = new Manifest(school.id(), school.zone(), count, log.root(), sha256(eventsPart));
        byte[] zip = container(manifest.toBytes(), eventsPart);
        for (int i = 0; i < destinations.length; i++) {
            try {
                destinations[i].write(zip);
                destinations[i].flush();
            } catch (IOException e) {
                throw new ArchiveException(IO_FAILED, "destination " + i + " failed: " + e.getMessage(), List.of(), e);
            }
        }
        return new ArchiveReport(List.of(), Optional.of(school.id()), count, Optional.of(log.root()));
    }

    /**
     * Verifies an archive offline: the container, both parts, their digests, every event's decoding and
     * sequence, the count and the Merkle root. Reports every problem found rather than stopping at the
     * first; a damaged archive is never an exception.
     *
     * @param archive the archive's bytes, not {@code null}; read to its end, not closed
     * @return the problems found and what could be read; for an intact archive, no problem, the
     *     manifest's school, count and root
     * @throws NullPointerException if the argument is {@code null}
     * @throws ArchiveException (code {@value #IO_FAILED}) if reading the stream failed
     */
    public static ArchiveReport verify(InputStream archive) {
        return read(readAll(archive)).report();
    }

    /**
     * Restores an archive into a store that holds no events of the school, after verifying it, so that
     * a journal built on the store is the one archived: same events, same state, same Merkle root.
     *
     * @param archive the archive's bytes, not {@code null}; read to its end, not closed
     * @param emptyStore the store, not {@code null}, holding no events of the school
     * @param school the school restored, not {@code null}; must be the archive's
     * @return the verification of the archive, intact
     * @throws NullPointerException if an argument is {@code null}
     * @throws ArchiveException with code {@value #DAMAGED} and every problem if the archive is damaged,
     *     {@value #STORE_NOT_EMPTY} if the store holds events of the school, {@value #WRONG_SCHOOL} if the
     *     archive is another school's, {@value #IO_FAILED} if reading failed; nothing was appended then
     * @throws org.ejournal.core.store.StoreException (code {@code EJ1901}) if the store failed while
     *     appending; the store then holds a prefix of the events
     */
    public static ArchiveReport restore(InputStream archive, JournalStore emptyStore, SchoolId school) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(emptyStore, "emptyStore");
        Objects.requireNonNull(school, "school");
        long held = emptyStore.size(school);
        if (held != 0) {
            throw new ArchiveException(STORE_NOT_EMPTY, "the store already holds " + held + " events of " + school,
                    List.of(), null);
        }
        Reading reading = read(readAll(archive));
        ArchiveReport report = reading.report();
        if (!report.isIntact()) {
            throw new ArchiveException(DAMAGED, "the archive is damaged: " + report.problems(), report.problems(), null);
        }
        if (!reading.manifest.school().equals(school)) {
            throw new ArchiveException(WRONG_SCHOOL, "the archive is of " + reading.manifest.school() + ", not " + school,
                    List.of(), null);
        }
        Hasher hasher = new Hasher();
        Frontier frontier = Frontier.empty();
        for (LogEntry e : reading.entries) {
            frontier = frontier.append(e.leafHash(), hasher);
            emptyStore.append(school, e, frontier);
        }
        return report;
    }

    private static byte[] container(byte[] manifest, byte[] events) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(MANIFEST, manifest);
        parts.put(EVENTS, events);
        return StoredZip.write(parts);
    }

    private static byte[] readAll(InputStream in) {
        Objects.requireNonNull(in, "archive");
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ArchiveException(IO_FAILED, "reading the archive failed: " + e.getMessage(), List.of(), e);
        }
    }

    /** What reading an archive found. */
    private static final class Reading {
        final List<ArchiveProblem> problems = new ArrayList<>();
        final List<LogEntry> entries = new ArrayList<>();
        Manifest manifest;
        Hash root;

        ArchiveReport report() {
            return new ArchiveReport(problems, Optional.ofNullable(manifest).map(Manifest::school), entries.size(),
                    Optional.ofNullable(root));
        }

        void add(ArchiveProblem.Kind kind, String part, long index, String message) {
            problems.add(new ArchiveProblem(kind, part, index, message));
        }
    }

    private static Reading read(byte[] zip) {
        Reading r = new Reading();
        Map<String, StoredZip.Entry> parts = StoredZip.read(zip, r.problems);
        for (String name : parts.keySet()) {
            if (!name.equals(MANIFEST) && !name.equals(EVENTS)) {
                r.add(ArchiveProblem.Kind.UNEXPECTED_PART, name, -1, "unknown part \"" + name + "\"");
            }
        }
        StoredZip.Entry manifestPart = parts.get(MANIFEST);
        StoredZip.Entry eventsPart = parts.get(EVENTS);
        if (manifestPart == null) {
            r.add(ArchiveProblem.Kind.MISSING_PART, MANIFEST, -1, "no manifest");
        } else {
            if (!manifestPart.crcMatches()) {
                r.add(ArchiveProblem.Kind.CHECKSUM_MISMATCH, MANIFEST, -1, "the manifest's bytes do not match its CRC-32");
            }
            try {
                r.manifest = Manifest.parse(manifestPart.data());
            } catch (IllegalArgumentException e) {
                r.add(ArchiveProblem.Kind.MALFORMED_MANIFEST, MANIFEST, -1, e.getMessage());
            }
        }
        if (eventsPart == null) {
            r.add(ArchiveProblem.Kind.MISSING_PART, EVENTS, -1, "no events");
        } else {
            if (!eventsPart.crcMatches()) {
                r.add(ArchiveProblem.Kind.CHECKSUM_MISMATCH, EVENTS, -1, "the events' bytes do not match their CRC-32");
            }
            if (r.manifest != null && !Arrays.equals(sha256(eventsPart.data()), r.manifest.eventsSha256())) {
                r.add(ArchiveProblem.Kind.DIGEST_MISMATCH, EVENTS, -1, "SHA-256 of the events differs from the manifest's");
            }
            readEvents(eventsPart.data(), r);
        }
        if (manifestPart != null && eventsPart != null
                && !Arrays.equals(container(manifestPart.data(), eventsPart.data()), zip)) {
            r.add(ArchiveProblem.Kind.MALFORMED_CONTAINER, "container", -1,
                    "the container is not the canonical one for its parts (a header, checksum or directory is damaged)");
        }
        return r;
    }

    private static void readEvents(byte[] data, Reading r) {
        MerkleLog log = MerkleLog.empty();
        Hasher hasher = new Hasher();
        boolean complete = true;
        EntryReader in = new EntryReader(data);
        long index = 0;
        while (!in.atEnd()) {
            LogEntry e;
            try {
                e = in.next(index + 1, hasher);
            } catch (IllegalArgumentException ex) {
                r.add(ArchiveProblem.Kind.UNDECODABLE_EVENT, EVENTS, index, ex.getMessage()
                        + "; the events after it cannot be framed");
                complete = false;
                break;
            }
            try {
                EventHeader header = EventCodec.decodeHeader(e.header());
                if (header.sequence() != index + 1) {
                    r.add(ArchiveProblem.Kind.SEQUENCE_GAP, EVENTS, index, "sequence " + header.sequence()
                            + ", expected " + (index + 1));
                }
                if (!e.isTombstone()) {
                    if (!hasher.digest(e.payload()).equals(e.payloadDigest())) {
                        throw new IllegalArgumentException("the payload does not match its digest");
                    }
                    EventCodec.join(header, EventCodec.openPayload(e.payload()));
                }
                r.entries.add(e);
            } catch (RuntimeException ex) {
                r.add(ArchiveProblem.Kind.UNDECODABLE_EVENT, EVENTS, index, ex.getMessage());
                complete = false;
            }
            log.append(e.leafHash());
            index++;
        }
        if (r.manifest != null && index != r.manifest.events()) {
            r.add(ArchiveProblem.Kind.EVENT_COUNT_MISMATCH, EVENTS, -1, (complete ? "" : "at least ") + index
                    + " events, the manifest states " + r.manifest.events());
        }
        if (complete) {
            r.root = log.root();
            if (r.manifest != null && !r.root.equals(r.manifest.root())) {
                r.add(ArchiveProblem.Kind.ROOT_MISMATCH, EVENTS, -1, "Merkle root " + r.root.toHex()
                        + " differs from the manifest's " + r.manifest.root().toHex());
            }
        }
    }

    /**
     * One entry in the events part: the header's length (4 bytes) and bytes, the payload digest
     * (32 bytes), then a marker — 1 and the sealed payload's length and bytes, or 0 for a tombstone.
     */
    private static void writeEntry(ByteArrayOutputStream out, LogEntry e) {
        writeLength(out, e.header().length);
        out.writeBytes(e.header());
        out.writeBytes(e.payloadDigest().toBytes());
        if (e.isTombstone()) {
            out.write(0);
        } else {
            out.write(1);
            writeLength(out, e.payload().length);
            out.writeBytes(e.payload());
        }
    }

    /** Frames the entries of an events part; the leaf of each is recomputed, not read. */
    private static final class EntryReader {
        private final byte[] data;
        private int at;

        EntryReader(byte[] data) {
            this.data = data;
        }

        boolean atEnd() {
            return at >= data.length;
        }

        LogEntry next(long sequence, Hasher hasher) {
            byte[] header = bytes(length());
            Hash digest = Hash.of(bytes(Hash.LENGTH));
            int marker = bytes(1)[0];
            byte[] payload;
            if (marker == 1) {
                payload = bytes(length());
            } else if (marker == 0) {
                payload = null;
            } else {
                throw new IllegalArgumentException("byte " + (at - 1) + " should mark a payload (1) or a tombstone (0)");
            }
            return new LogEntry(sequence, header, payload, digest, hasher.leaf(header, digest));
        }

        private int length() {
            byte[] b = bytes(4);
            long length = ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
            if (length > data.length - at) {
                throw new IllegalArgumentException("length " + length + " at byte " + (at - 4) + " runs past the end");
            }
            return (int) length;
        }

        private byte[] bytes(int n) {
            if (n > data.length - at) {
                throw new IllegalArgumentException("truncated at byte " + at);
            }
            byte[] b = Arrays.copyOfRange(data, at, at + n);
            at += n;
            return b;
        }
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        out.write(length >>> 24);
        out.write((length >>> 16) & 0xFF);
        out.write((length >>> 8) & 0xFF);
        out.write(length & 0xFF);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }
}
