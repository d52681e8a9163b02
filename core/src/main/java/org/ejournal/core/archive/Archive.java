package org.ejournal.core.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.codec.EventHeader;
import org.ejournal.core.log.Checkpoint;
import org.ejournal.core.log.CheckpointVerification;
import org.ejournal.core.log.CheckpointVerifier;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.log.MerkleLog;
import org.ejournal.core.model.Id;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogEntry;

/**
 * Archive copies of a school's journal (REC-6.4, POL-4.2, REG-8): {@linkplain #write write} the
 * audit log — all of it, {@linkplain #writeYear one school year}, or any {@linkplain ArchiveRange
 * range} — with its signed checkpoints to one or more destinations at once (the regulation's two
 * media kept in different rooms), {@linkplain #verify(InputStream, Collection) verify} a copy offline,
 * {@linkplain #verifyConsistency check} that a later archive continues an earlier one, and
 * {@linkplain #restore restore} a copy into an empty store. The format is described in the
 * {@linkplain org.ejournal.core.archive package documentation}.
 *
 * <p><b>Memory.</b> Writing holds the archived entries' encoded bytes once (about 370 bytes an event,
 * some 110 MB for a school year of 300 000 events) and streams the container to each destination
 * from them, without a second copy; no event is decoded. Verifying and restoring hold the archive's
 * bytes once and decode one event at a time. An archive is therefore limited to a Java array, about
 * 2 GiB. Streams passed in are neither closed nor, for outputs, anything but written and flushed:
 * the host owns them.
 *
 * <p><b>Codes.</b> {@value #DAMAGED} a damaged archive (every {@link ArchiveProblem}, and a restore
 * refused for it), {@value #STORE_NOT_EMPTY} a restore into a store that already holds the school's
 * events, {@value #WRONG_SCHOOL} a restore of another school's archive, {@value #IO_FAILED} a stream
 * failed or the archive would be too large, {@value #NOT_A_LOG} the entries or the range to write are
 * not a gap-free part of the log, {@value #NOT_FROM_START} a restore of an archive that does not start
 * at the log's first entry.
 *
 * <p>All methods are static; the class is stateless and thread-safe.
 */
public final class Archive {

    /** The format name the manifest states. */
    public static final String FORMAT = "ejournal-archive";
    /**
     * The format version this class writes and the only one it reads. Version 2 added the
     * {@value #CHECKPOINTS} part and ranges of the log; version 1 archives are refused as malformed.
     */
    public static final int VERSION = 2;
    /** The name of the manifest part. */
    public static final String MANIFEST = "manifest";
    /** The name of the events part. */
    public static final String EVENTS = "events";
    /** The name of the checkpoints part. */
    public static final String CHECKPOINTS = "checkpoints";

    /** The header action of the command that opens a school year. */
    public static final String OPEN_SCHOOL_YEAR = "OpenSchoolYear";
    /** The header action of the command that closes a school year. */
    public static final String CLOSE_SCHOOL_YEAR = "CloseSchoolYear";

    /** The archive is damaged: problems found by verification, a restore refused. */
    public static final String DAMAGED = "EJ1905";
    /** The store to restore into already holds events of the school. */
    public static final String STORE_NOT_EMPTY = "EJ1906";
    /** The archive belongs to another school than the one to restore. */
    public static final String WRONG_SCHOOL = "EJ1907";
    /** Reading or writing a stream failed, or the archive would exceed the size an archive may have. */
    public static final String IO_FAILED = "EJ1908";
    /** The entries or the range to write are not a gap-free part of the school's log. */
    public static final String NOT_A_LOG = "EJ1909";
    /** The archive to restore does not start at the log's first entry. */
    public static final String NOT_FROM_START = "EJ1912";

    private static final Set<String> PARTS = Set.of(MANIFEST, EVENTS, CHECKPOINTS);
    /** What both year actions contain: a header without these bytes is decoded no further. */
    private static final byte[] SCHOOL_YEAR = "SchoolYear".getBytes(StandardCharsets.UTF_8);

    private Archive() {
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes an archive of a school's whole log as the store holds it: every entry, every stored
     * checkpoint; see {@link #write(School, JournalStore, ArchiveRange, OutputStream...)}.
     *
     * @param school the school, not {@code null}
     * @param store the store holding its log, not {@code null}
     * @param destinations where to write, at least one, none {@code null}
     * @return the manifest's facts
     * @throws NullPointerException if an argument or element is {@code null}
     * @throws IllegalArgumentException (code {@value #NOT_A_LOG}) if there is no destination or the
     *     store's log has a gap
     * @throws ArchiveException (code {@value #IO_FAILED}) if a destination failed
     */
    public static ArchiveReport write(School school, JournalStore store, OutputStream... destinations) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(store, "store");
        checkDestinations(destinations);
        return write(school, store, ArchiveRange.all(store.size(school.id())), destinations);
    }

    /**
     * Writes an archive of one school year: the {@linkplain #yearRange range of the log} the year
     * spans; see {@link #write(School, JournalStore, ArchiveRange, OutputStream...)}. The archive of
     * the first year starts at entry 1 and can be restored; a later year's can be verified, also
     * against the previous year's ({@link #verifyConsistency}).
     *
     * @param school the school, not {@code null}
     * @param store the store holding its log, not {@code null}
     * @param year the school year, not {@code null}
     * @param destinations where to write, at least one, none {@code null}
     * @return the manifest's facts
     * @throws NullPointerException if an argument or element is {@code null}
     * @throws IllegalArgumentException (code {@value #NOT_A_LOG}) if there is no destination, the
     *     year was never opened in the log, or the log has a gap
     * @throws org.ejournal.core.codec.EventFormatException (code {@code EJ1903}) if a stored header
     *     does not decode
     * @throws ArchiveException (code {@value #IO_FAILED}) if a destination failed
     */
    public static ArchiveReport writeYear(School school, JournalStore store, SchoolYearId year,
            OutputStream... destinations) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(store, "store");
        checkDestinations(destinations);
        return write(school, store, yearRange(store, school.id(), year), destinations);
    }

    /**
     * Writes an archive of a range of a school's log to every destination, the same bytes to each:
     * the range's entries as stored (header, payload digest, and sealed payload or tombstone), the
     * stored signed checkpoints whose size lies between the entry before the range and its last
     * entry (a stored text that is not a well-formed checkpoint is left out; {@code AuditLog.verify}
     * reports it), and a manifest stating the SHA-256 of both parts. An archive of a range that does
     * not start at entry 1 carries the frontier of the log's tree before the range (at most 63
     * hashes), so that verifying it recomputes the journal's own roots: at every archived checkpoint
     * and at the range's end.
     *
     * <p>The entries before the range are read, not kept, to compute that frontier. Every destination
     * is written even when one fails; the exception then names each failed one, and the others hold
     * the whole archive.
     *
     * @param school the school, not {@code null}
     * @param store the store holding its log, not {@code null}
     * @param range the entries to archive, not {@code null}; may be empty
     * @param destinations where to write, at least one, none {@code null}; written and flushed, not
     *     closed
     * @return the manifest's facts: the school, the range, the root at its end and the number of
     *     checkpoints, with no problems
     * @throws NullPointerException if an argument or element is {@code null}
     * @throws IllegalArgumentException (code {@value #NOT_A_LOG}) if there is no destination, the range
     *     ends after the log's last entry, or the store's log has a gap; nothing was written then
     * @throws ArchiveException (code {@value #IO_FAILED}) if a destination failed, naming its index, or
     *     the archive would be larger than an archive may be
     */
    public static ArchiveReport write(School school, JournalStore store, ArchiveRange range,
            OutputStream... destinations) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(range, "range");
        checkDestinations(destinations);
        SchoolId id = school.id();
        long size = store.size(id);
        if (range.last() > size) {
            throw new IllegalArgumentException(NOT_A_LOG + " the log of " + id + " holds " + size
                    + " entries; the range to archive ends at entry " + range.last());
        }
        Hasher hasher = new Hasher();
        MerkleLog prefix = MerkleLog.empty();
        Writer w = range.first() == 1 ? new Writer(school, range, Frontier.empty(), hasher) : null;
        try (Stream<LogEntry> entries = store.entries(id)) {
            Iterator<LogEntry> it = entries.iterator();
            for (long expected = 1; expected <= range.last(); expected++) {
                if (!it.hasNext()) {
                    throw new IllegalArgumentException(NOT_A_LOG + " the store gave " + (expected - 1)
                            + " entries of the log of " + id + " but says it holds " + size);
                }
                LogEntry e = Objects.requireNonNull(it.next(), "entry");
                if (expected < range.first()) {
                    if (e.sequence() != expected) {
                        throw new IllegalArgumentException(NOT_A_LOG + " the log of " + id + " has entry "
                                + e.sequence() + " where entry " + expected + " should be");
                    }
                    prefix.append(hasher.leaf(e.header(), e.payloadDigest()));
                    if (expected == range.first() - 1) {
                        w = new Writer(school, range, prefix.frontier(), hasher);
                    }
                } else {
                    w.add(e);
                }
            }
        }
        List<String> checkpoints = new ArrayList<>();
        for (String text : store.checkpoints(id)) {
            Optional<Checkpoint> c = Checkpoint.readUnverified(text);
            if (c.isPresent() && c.get().size() >= range.first() - 1 && c.get().size() <= range.last()) {
                checkpoints.add(text);
            }
        }
        return w.finish(checkpoints, destinations);
    }

    /**
     * Writes an archive of a school's events, given in sequence order from 1, without checkpoints,
     * to every destination, the same bytes to each.
     *
     * @param school the school, not {@code null}
     * @param events the school's log entries in sequence order from 1, not {@code null}
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
        checkDestinations(destinations);
        Writer w = new Writer(school, ArchiveRange.all(0), Frontier.empty(), new Hasher());
        for (LogEntry e : events) {
            w.add(e);
        }
        return w.finish(List.of(), destinations);
    }

    /**
     * The range of a school's log that one school year spans, found from the entries' headers alone
     * (the action and the targets): from the entry whose action is {@value #OPEN_SCHOOL_YEAR} with the
     * year among its targets to the entry whose action is {@value #CLOSE_SCHOOL_YEAR} with the year
     * among its targets, or to the log's last entry while the year is not closed. Two adjustments make
     * the years' archives cover the whole log:
     * <ul>
     * <li>the first year opened in the log starts at entry 1, so that the school's setup before it is
     *     archived with it and its archive can be restored;</li>
     * <li>a later year starts right after the entry that closed the year opened before it, when that
     *     close comes before the year's opening, so that what was recorded between the two years is
     *     archived with the later one.</li>
     * </ul>
     *
     * @param store the store, not {@code null}
     * @param school the school, not {@code null}
     * @param year the school year, not {@code null}
     * @return the range
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException (code {@value #NOT_A_LOG}) if the year was never opened in the log
     * @throws org.ejournal.core.codec.EventFormatException (code {@code EJ1903}) if a stored header
     *     does not decode
     */
    public static ArchiveRange yearRange(JournalStore store, SchoolId school, SchoolYearId year) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(year, "year");
        long size = store.size(school);
        SchoolYearId previous = null;
        long previousClosed = 0;
        long start = 0;
        long end = size;
        try (Stream<LogEntry> entries = store.entries(school)) {
            for (Iterator<LogEntry> it = entries.iterator(); it.hasNext(); ) {
                LogEntry e = it.next();
                if (e.sequence() > size) {
                    break;
                }
                if (!contains(e.header(), SCHOOL_YEAR)) {
                    continue; // the action is UTF-8 text in the header: neither opens nor closes a year
                }
                EventHeader h = EventCodec.decodeHeader(e.header());
                boolean opens = h.action().equals(OPEN_SCHOOL_YEAR);
                boolean closes = h.action().equals(CLOSE_SCHOOL_YEAR);
                if (!opens && !closes) {
                    continue;
                }
                if (start == 0) {
                    if (opens && h.targets().contains(year)) {
                        start = previous == null ? 1 : previousClosed > 0 ? previousClosed + 1 : h.sequence();
                    } else if (opens && yearOf(h) != null) {
                        previous = yearOf(h);
                        previousClosed = 0;
                    } else if (closes && previous != null && h.targets().contains(previous)) {
                        previousClosed = h.sequence();
                    }
                } else if (closes && h.targets().contains(year)) {
                    end = h.sequence();
                    break;
                }
            }
        }
        if (start == 0) {
            throw new IllegalArgumentException(NOT_A_LOG + " the log of " + school + " has no " + OPEN_SCHOOL_YEAR
                    + " of the school year " + year);
        }
        return ArchiveRange.of(start, end);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0, last = haystack.length - needle.length; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static SchoolYearId yearOf(EventHeader h) {
        for (Id id : h.targets()) {
            if (id instanceof SchoolYearId y) {
                return y;
            }
        }
        return null;
    }

    private static void checkDestinations(OutputStream[] destinations) {
        Objects.requireNonNull(destinations, "destinations");
        if (destinations.length == 0) {
            throw new IllegalArgumentException(NOT_A_LOG + " at least one destination is needed");
        }
        for (int i = 0; i < destinations.length; i++) {
            Objects.requireNonNull(destinations[i], "destinations[" + i + "]");
        }
    }

    /** Builds the events part of one range, then the container, and writes it. */
    private static final class Writer {
        private final School school;
        private final long first;
        private final Frontier before;
        private final MerkleLog tree;
        private final Hasher hasher;
        private final Buffer part;
        private long count;

        Writer(School school, ArchiveRange range, Frontier before, Hasher hasher) {
            this.school = school;
            this.first = range.first();
            this.before = before;
            this.tree = MerkleLog.from(before);
            this.hasher = hasher;
            this.part = new Buffer((int) Math.min(Math.max(range.size(), 0) * 400L + 1024, 256L << 20));
        }

        void add(LogEntry e) {
            Objects.requireNonNull(e, "entry");
            long expected = first + count;
            if (e.sequence() != expected) {
                throw new IllegalArgumentException(NOT_A_LOG + " entry " + count + " of the range has sequence "
                        + e.sequence() + ", expected " + expected);
            }
            long length = 4L + e.header().length + Hash.LENGTH + 1 + (e.isTombstone() ? 0 : 4L + e.payload().length);
            if (part.size() + length > StoredZip.MAX_ARCHIVE) {
                throw new ArchiveException(IO_FAILED, "the events exceed the " + StoredZip.MAX_ARCHIVE
                        + " bytes an archive may hold: archive a shorter range", List.of(), null);
            }
            writeEntry(part, e);
            tree.append(hasher.leaf(e.header(), e.payloadDigest()));
            count++;
        }

        ArchiveReport finish(List<String> checkpoints, OutputStream[] destinations) {
            Buffer cps = new Buffer(1024);
            for (String text : checkpoints) {
                byte[] b = utf8(text);
                writeLength(cps, b.length);
                cps.writeBytes(b);
            }
            Hash root = tree.root();
            Manifest manifest = new Manifest(school.id(), school.zone(), first, count, before, root,
                    checkpoints.size(), sha256(part.slice()), sha256(cps.slice()));
            List<StoredZip.Slice> zip;
            try {
                zip = layout(StoredZip.Slice.of(manifest.toBytes()), part.slice(), cps.slice());
            } catch (IllegalArgumentException e) {
                throw new ArchiveException(IO_FAILED, e.getMessage() + ": archive a shorter range", List.of(), e);
            }
            writeAll(zip, destinations);
            return new ArchiveReport(List.of(), Optional.of(school.id()), first, count, Optional.of(root),
                    checkpoints.size());
        }
    }

    private static void writeAll(List<StoredZip.Slice> zip, OutputStream[] destinations) {
        List<Integer> failed = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        IOException first = null;
        for (int i = 0; i < destinations.length; i++) {
            try {
                StoredZip.write(zip, destinations[i]);
                destinations[i].flush();
            } catch (IOException e) {
                failed.add(i);
                why.append(why.length() == 0 ? "" : "; ").append(i).append(": ").append(e.getMessage());
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw new ArchiveException(IO_FAILED, "destination" + (failed.size() > 1 ? "s " : " ") + failed
                    + " failed (" + why + ")" + (failed.size() < destinations.length
                            ? "; the other destinations hold the whole archive" : ""), List.of(), first);
        }
    }

    private static List<StoredZip.Slice> layout(StoredZip.Slice manifest, StoredZip.Slice events,
            StoredZip.Slice checkpoints) {
        Map<String, StoredZip.Slice> parts = new LinkedHashMap<>();
        parts.put(MANIFEST, manifest);
        parts.put(EVENTS, events);
        parts.put(CHECKPOINTS, checkpoints);
        return StoredZip.layout(parts);
    }

    // ------------------------------------------------------------------ verifying

    /**
     * Verifies an archive offline without checkpoint keys: the container, every part, their digests,
     * every event's decoding and sequence, the count and the Merkle root, and every checkpoint's
     * form, size and root — not its signature; see {@link #verify(InputStream, Collection)}.
     *
     * @param archive the archive's bytes, not {@code null}; read to its end, not closed
     * @return the problems found and what could be read
     * @throws NullPointerException if the argument is {@code null}
     * @throws ArchiveException (code {@value #IO_FAILED}) if reading the stream failed
     */
    public static ArchiveReport verify(InputStream archive) {
        return verify(archive, List.of());
    }

    /**
     * Verifies an archive offline: the container (byte for byte its canonical form), every part and
     * its SHA-256 against the manifest, every event's framing, decoding (header and sealed payload,
     * which must belong together) and sequence, the count, the Merkle root of the log at the
     * archive's last entry, and every checkpoint: its signature by one of the keys (when keys are
     * given), that its size lies in the archived range and that its root is the root of the log at
     * that size, recomputed from the frontier before the range and the archived events. Reports
     * every problem found rather than stopping at the first; a damaged archive is never an exception.
     *
     * @param archive the archive's bytes, not {@code null}; read to its end, not closed
     * @param verifiers the keys the checkpoints may be signed with, not {@code null}; with none,
     *     signatures are not checked ({@link Checkpoint#readUnverified}), with some, a checkpoint that
     *     none of them verifies is a problem. Bind them to the journal's origin
     *     ({@link CheckpointVerifier#withOrigin}) to refuse another log's checkpoints.
     * @return the problems found and what could be read; for an intact archive, no problem, the
     *     manifest's school, range, root and checkpoint count
     * @throws NullPointerException if an argument or a key is {@code null}
     * @throws ArchiveException (code {@value #IO_FAILED}) if reading the stream failed
     */
    public static ArchiveReport verify(InputStream archive, Collection<CheckpointVerifier> verifiers) {
        List<CheckpointVerifier> keys = List.copyOf(Objects.requireNonNull(verifiers, "verifiers"));
        return read(readAll(archive), keys).report();
    }

    /**
     * Checks that a later archive of a school continues an earlier one: that the log's tree before the
     * later archive's first entry, which it carries, is the tree the earlier archive's entries make at
     * that size, and, where the two overlap, that they hold the same entries. The later archive must
     * start within the earlier one's range or right after it (as consecutive {@linkplain #writeYear
     * years} do). Both are verified first, without keys: a damaged one is reported, not compared. With
     * the signatures of each archive's checkpoints checked by {@link #verify(InputStream, Collection)},
     * this ties the later year's checkpoints to the earlier year's.
     *
     * @param earlier the earlier archive's bytes, not {@code null}; read to its end, not closed
     * @param later the later archive's bytes, not {@code null}; read to its end, not closed
     * @return the problems, of kind {@link ArchiveProblem.Kind#INCONSISTENT} in part {@code "earlier"} or
     *     {@code "later"}; empty when the later archive continues the earlier one
     * @throws NullPointerException if an argument is {@code null}
     * @throws ArchiveException (code {@value #IO_FAILED}) if reading a stream failed
     */
    public static List<ArchiveProblem> verifyConsistency(InputStream earlier, InputStream later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Reading e = read(readAll(earlier), List.of());
        Reading l = read(readAll(later), List.of());
        List<ArchiveProblem> problems = new ArrayList<>();
        for (Reading r : List.of(e, l)) {
            if (!r.problems.isEmpty()) {
                String which = r == e ? "earlier" : "later";
                problems.add(inconsistent(which, "the " + which + " archive is damaged (" + r.problems.size()
                        + " problems, the first: " + r.problems.get(0) + "): verify it"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!e.manifest.school().equals(l.manifest.school())) {
            problems.add(inconsistent("later", "the later archive is of " + l.manifest.school() + ", the earlier of "
                    + e.manifest.school()));
            return problems;
        }
        long eStart = e.manifest.first() - 1;
        long eEnd = e.manifest.last();
        long lStart = l.manifest.first() - 1;
        long lEnd = l.manifest.last();
        if (lStart < eStart || lStart > eEnd) {
            problems.add(inconsistent("later", "the later archive starts at entry " + (lStart + 1)
                    + ", neither within the earlier archive's entries " + (eStart + 1) + " to " + eEnd
                    + " nor right after them: the two cannot be compared"));
            return problems;
        }
        Frontier atStart = frontierAt(e, lStart);
        if (!atStart.equals(l.manifest.before())) {
            problems.add(inconsistent("later", "the log before entry " + (lStart + 1) + " has root "
                    + l.manifest.before().root().toHex() + " in the later archive but " + atStart.root().toHex()
                    + " in the earlier one"));
        }
        long common = Math.min(eEnd, lEnd);
        if (common > lStart) {
            Hash a = frontierAt(e, common).root();
            Hash b = frontierAt(l, common).root();
            if (!a.equals(b)) {
                problems.add(inconsistent("later", "the entries " + (lStart + 1) + " to " + common
                        + " that both archives hold differ: root " + b.toHex() + " in the later archive, "
                        + a.toHex() + " in the earlier one"));
            }
        }
        return problems;
    }

    private static ArchiveProblem inconsistent(String part, String message) {
        return new ArchiveProblem(ArchiveProblem.Kind.INCONSISTENT, part, -1, message);
    }

    /** The frontier of an intact archive's log at a size within its range. */
    private static Frontier frontierAt(Reading r, long size) {
        Hasher hasher = new Hasher();
        MerkleLog tree = MerkleLog.from(r.manifest.before());
        EntryReader in = new EntryReader(r.eventsData);
        while (tree.size() < size) {
            tree.append(in.next(tree.size() + 1, hasher).leafHash());
        }
        return tree.frontier();
    }

    // ------------------------------------------------------------------ restoring

    /** How many entries {@link #restore} appends to the store in one transaction. */
    public static final int RESTORE_BATCH = 4096;

    /**
     * Restores an archive into a store that holds no events of the school, after verifying it without
     * checkpoint keys; see {@link #restore(InputStream, JournalStore, SchoolId, Collection)}.
     *
     * @param archive the archive's bytes, not {@code null}; read to its end, not closed
     * @param emptyStore the store, not {@code null}, holding no events of the school
     * @param school the school restored, not {@code null}; must be the archive's
     * @return the verification of the archive, intact
     * @throws NullPointerException if an argument is {@code null}
     * @throws ArchiveException as {@link #restore(InputStream, JournalStore, SchoolId, Collection)}
     * @throws org.ejournal.core.store.StoreException (code {@code EJ1901}) if the store failed
     */
    public static ArchiveReport restore(InputStream archive, JournalStore emptyStore, SchoolId school) {
        return restore(archive, emptyStore, school, List.of());
    }

    /**
     * Restores an archive into a store that holds no events of the school, after verifying it, so that
     * a journal built on the store is the one archived: the same entries (tombstones stay tombstones),
     * the same signed checkpoints in the same order, the same state and Merkle root, and a log that
     * {@code Journal.verify()} finds intact. Only an archive that starts at the log's first entry can
     * be restored: one of the whole log, or of the first school year.
     *
     * @param archive the archive's bytes, not {@code null}; read to its end, not closed
     * @param emptyStore the store, not {@code null}, holding no events of the school
     * @param school the school restored, not {@code null}; must be the archive's
     * @param verifiers the keys the archived checkpoints must be signed with, not {@code null}; with
     *     none, their signatures are not checked here (the journal checks them when it opens)
     * @return the verification of the archive, intact
     * @throws NullPointerException if an argument or a key is {@code null}
     * @throws ArchiveException with code {@value #DAMAGED} and every problem if the archive is damaged,
     *     {@value #STORE_NOT_EMPTY} if the store holds events of the school, {@value #WRONG_SCHOOL} if the
     *     archive is another school's, {@value #NOT_FROM_START} if it does not start at entry 1,
     *     {@value #IO_FAILED} if reading failed; nothing was appended then
     * @throws org.ejournal.core.store.StoreException (code {@code EJ1901}) if the store failed while
     *     appending; the store then holds a prefix of the events (they are appended
     *     {@value #RESTORE_BATCH} at a time, each batch in one transaction)
     */
    public static ArchiveReport restore(InputStream archive, JournalStore emptyStore, SchoolId school,
            Collection<CheckpointVerifier> verifiers) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(emptyStore, "emptyStore");
        Objects.requireNonNull(school, "school");
        List<CheckpointVerifier> keys = List.copyOf(Objects.requireNonNull(verifiers, "verifiers"));
        long held = emptyStore.size(school);
        if (held != 0) {
            throw new ArchiveException(STORE_NOT_EMPTY, "the store already holds " + held + " events of " + school,
                    List.of(), null);
        }
        Reading reading = read(readAll(archive), keys);
        ArchiveReport report = reading.report();
        if (!report.isIntact()) {
            throw new ArchiveException(DAMAGED, "the archive is damaged: " + report.problems(), report.problems(), null);
        }
        if (!reading.manifest.school().equals(school)) {
            throw new ArchiveException(WRONG_SCHOOL, "the archive is of " + reading.manifest.school() + ", not " + school,
                    List.of(), null);
        }
        if (reading.manifest.first() != 1) {
            throw new ArchiveException(NOT_FROM_START, "the archive holds entries " + reading.manifest.first() + " to "
                    + reading.manifest.last() + " of the log of " + school + ", not the log from its first entry:"
                    + " restore the archive of the whole log or of the first school year (this one can be verified"
                    + " against it with Archive.verifyConsistency)", List.of(), null);
        }
        Hasher hasher = new Hasher();
        Frontier frontier = Frontier.empty();
        EntryReader in = new EntryReader(reading.eventsData);
        List<LogEntry> batch = new ArrayList<>(RESTORE_BATCH);
        for (long sequence = 1; !in.atEnd(); sequence++) {
            LogEntry e = in.next(sequence, hasher);
            frontier = frontier.append(e.leafHash(), hasher);
            batch.add(e);
            if (batch.size() == RESTORE_BATCH || in.atEnd()) {
                emptyStore.appendAll(school, batch, frontier);
                batch.clear();
            }
        }
        for (String text : reading.checkpointTexts) {
            emptyStore.addCheckpoint(school, text);
        }
        return report;
    }

    // ------------------------------------------------------------------ reading

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
        final List<String> checkpointTexts = new ArrayList<>();
        Manifest manifest;
        StoredZip.Slice eventsData;
        long first = 1;
        long decoded;
        int checkpointsRead;
        Hash root;

        ArchiveReport report() {
            return new ArchiveReport(problems, Optional.ofNullable(manifest).map(Manifest::school), first, decoded,
                    Optional.ofNullable(root), checkpointsRead);
        }

        void add(ArchiveProblem.Kind kind, String part, long index, String message) {
            problems.add(new ArchiveProblem(kind, part, index, message));
        }
    }

    private static Reading read(byte[] zip, List<CheckpointVerifier> keys) {
        Reading r = new Reading();
        Map<String, StoredZip.Entry> parts = StoredZip.read(zip, r.problems);
        for (String name : parts.keySet()) {
            if (!PARTS.contains(name)) {
                r.add(ArchiveProblem.Kind.UNEXPECTED_PART, name, -1, "unknown part \"" + name + "\"");
            }
        }
        StoredZip.Entry manifestPart = parts.get(MANIFEST);
        StoredZip.Entry eventsPart = parts.get(EVENTS);
        StoredZip.Entry checkpointsPart = parts.get(CHECKPOINTS);
        if (manifestPart == null) {
            r.add(ArchiveProblem.Kind.MISSING_PART, MANIFEST, -1, "no manifest");
        } else {
            if (!manifestPart.crcMatches()) {
                r.add(ArchiveProblem.Kind.CHECKSUM_MISMATCH, MANIFEST, -1, "the manifest's bytes do not match its CRC-32");
            }
            try {
                r.manifest = Manifest.parse(manifestPart.data().toByteArray());
            } catch (IllegalArgumentException e) {
                r.add(ArchiveProblem.Kind.MALFORMED_MANIFEST, MANIFEST, -1, e.getMessage());
            }
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (checkpointsPart == null) {
            r.add(ArchiveProblem.Kind.MISSING_PART, CHECKPOINTS, -1, "no checkpoints");
        } else {
            checkPart(r, CHECKPOINTS, checkpointsPart, r.manifest == null ? null : r.manifest.checkpointsSha256());
            readCheckpoints(checkpointsPart.data(), keys, r, checkpoints);
        }
        if (eventsPart == null) {
            r.add(ArchiveProblem.Kind.MISSING_PART, EVENTS, -1, "no events");
        } else {
            checkPart(r, EVENTS, eventsPart, r.manifest == null ? null : r.manifest.eventsSha256());
            r.eventsData = eventsPart.data();
            readEvents(eventsPart.data(), r, checkpoints);
        }
        if (manifestPart != null && eventsPart != null && checkpointsPart != null
                && !StoredZip.matches(layout(manifestPart.data(), eventsPart.data(), checkpointsPart.data()), zip)) {
            r.add(ArchiveProblem.Kind.MALFORMED_CONTAINER, "container", -1,
                    "the container is not the canonical one for its parts (a header, checksum or directory is damaged)");
        }
        return r;
    }

    private static void checkPart(Reading r, String name, StoredZip.Entry part, byte[] statedSha256) {
        if (!part.crcMatches()) {
            r.add(ArchiveProblem.Kind.CHECKSUM_MISMATCH, name, -1, "the bytes of the " + name
                    + " part do not match their CRC-32");
        }
        if (statedSha256 != null && !Arrays.equals(sha256(part.data()), statedSha256)) {
            r.add(ArchiveProblem.Kind.DIGEST_MISMATCH, name, -1, "SHA-256 of the " + name
                    + " part differs from the manifest's");
        }
    }

    /**
     * Frames the checkpoints part into texts and reads each; {@code out} gets one element per framed
     * record, {@code null} where it could not be read or verified.
     */
    private static void readCheckpoints(StoredZip.Slice data, List<CheckpointVerifier> keys, Reading r,
            List<Checkpoint> out) {
        byte[] a = data.array();
        int at = data.offset();
        int end = data.offset() + data.length();
        int index = 0;
        while (at < end) {
            if (end - at < 4) {
                r.add(ArchiveProblem.Kind.UNDECODABLE_CHECKPOINT, CHECKPOINTS, index, "truncated at byte "
                        + (at - data.offset()) + "; the checkpoints after it cannot be framed");
                break;
            }
            long length = (a[at] & 0xFFL) << 24 | (a[at + 1] & 0xFF) << 16 | (a[at + 2] & 0xFF) << 8 | (a[at + 3] & 0xFF);
            if (length > end - at - 4) {
                r.add(ArchiveProblem.Kind.UNDECODABLE_CHECKPOINT, CHECKPOINTS, index, "length " + length + " at byte "
                        + (at - data.offset()) + " runs past the end; the checkpoints after it cannot be framed");
                break;
            }
            String text = null;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(a, at + 4, (int) length)).toString();
            } catch (CharacterCodingException e) {
                r.add(ArchiveProblem.Kind.UNDECODABLE_CHECKPOINT, CHECKPOINTS, index, "the text is not UTF-8");
            }
            r.checkpointTexts.add(text);
            out.add(text == null ? null : readCheckpoint(text, index, keys, r));
            at += 4 + (int) length;
            index++;
        }
        if (r.manifest != null && index != r.manifest.checkpoints()) {
            r.add(ArchiveProblem.Kind.CHECKPOINT_COUNT_MISMATCH, CHECKPOINTS, -1, (at < end ? "at least " : "") + index
                    + " checkpoints, the manifest states " + r.manifest.checkpoints());
        }
    }

    private static Checkpoint readCheckpoint(String text, int index, List<CheckpointVerifier> keys, Reading r) {
        if (keys.isEmpty()) {
            Optional<Checkpoint> c = Checkpoint.readUnverified(text);
            if (c.isEmpty()) {
                r.add(ArchiveProblem.Kind.CHECKPOINT_UNVERIFIED, CHECKPOINTS, index,
                        "not a well-formed signed checkpoint");
            } else {
                r.checkpointsRead++;
            }
            return c.orElse(null);
        }
        CheckpointVerification.Rejected best = null;
        for (CheckpointVerifier key : keys) {
            CheckpointVerification v = key.verify(text);
            if (v instanceof CheckpointVerification.Verified ok) {
                r.checkpointsRead++;
                return ok.checkpoint();
            }
            CheckpointVerification.Rejected rejected = (CheckpointVerification.Rejected) v;
            if (best == null || best.problem() == CheckpointVerification.Problem.UNKNOWN_KEY) {
                best = rejected;
            }
        }
        r.add(ArchiveProblem.Kind.CHECKPOINT_UNVERIFIED, CHECKPOINTS, index, best.code() + " " + best.problem() + ": "
                + best.detail());
        return null;
    }

    private static void readEvents(StoredZip.Slice data, Reading r, List<Checkpoint> checkpoints) {
        Hasher hasher = new Hasher();
        Frontier before;
        if (r.manifest != null) {
            r.first = r.manifest.first();
            before = r.manifest.before();
        } else {
            r.first = firstSequence(data, hasher);
            before = r.first == 1 ? Frontier.empty() : null; // unknown: no roots to compare
        }
        MerkleLog tree = before == null ? null : MerkleLog.from(before);
        Map<Long, List<Integer>> bySize = new HashMap<>();
        for (int i = 0; i < checkpoints.size(); i++) {
            if (checkpoints.get(i) != null) {
                bySize.computeIfAbsent(checkpoints.get(i).size(), s -> new ArrayList<>()).add(i);
            }
        }
        compareCheckpoints(tree, bySize, checkpoints, r);
        boolean framed = true;
        boolean decoded = true;
        EntryReader in = new EntryReader(data);
        long index = 0;
        while (!in.atEnd()) {
            long sequence = r.first + index;
            LogEntry e;
            try {
                e = in.next(sequence, hasher);
            } catch (IllegalArgumentException ex) {
                r.add(ArchiveProblem.Kind.UNDECODABLE_EVENT, EVENTS, index, ex.getMessage()
                        + "; the events after it cannot be framed");
                framed = false;
                decoded = false;
                break;
            }
            try {
                EventHeader header = EventCodec.decodeHeader(e.header());
                if (header.sequence() != sequence) {
                    r.add(ArchiveProblem.Kind.SEQUENCE_GAP, EVENTS, index, "sequence " + header.sequence()
                            + ", expected " + sequence);
                }
                if (!e.isTombstone()) {
                    if (!hasher.digest(e.payload()).equals(e.payloadDigest())) {
                        throw new IllegalArgumentException("the payload does not match its digest");
                    }
                    EventCodec.join(header, EventCodec.openPayload(e.payload()));
                }
                r.decoded++;
            } catch (RuntimeException ex) {
                r.add(ArchiveProblem.Kind.UNDECODABLE_EVENT, EVENTS, index, ex.getMessage());
                decoded = false;
            }
            if (tree != null) {
                tree.append(e.leafHash());
                compareCheckpoints(tree, bySize, checkpoints, r);
            }
            index++;
        }
        if (r.manifest != null && index != r.manifest.events()) {
            r.add(ArchiveProblem.Kind.EVENT_COUNT_MISMATCH, EVENTS, -1, (framed ? "" : "at least ") + index
                    + " events, the manifest states " + r.manifest.events());
        }
        if (tree != null && framed) {
            for (int i = 0; i < checkpoints.size(); i++) {
                Checkpoint c = checkpoints.get(i);
                if (c != null && (c.size() < before.size() || c.size() > tree.size())) {
                    r.add(ArchiveProblem.Kind.CHECKPOINT_OUT_OF_RANGE, CHECKPOINTS, i, "the checkpoint is of "
                            + c.size() + " entries; the archive holds the log from " + before.size() + " to "
                            + tree.size() + " entries");
                }
            }
        }
        if (tree != null && decoded) {
            r.root = tree.root();
            if (r.manifest != null && !r.root.equals(r.manifest.root())) {
                r.add(ArchiveProblem.Kind.ROOT_MISMATCH, EVENTS, -1, "Merkle root " + r.root.toHex()
                        + " differs from the manifest's " + r.manifest.root().toHex());
            }
        }
    }

    /** The sequence the first event's header states, when the manifest that says it cannot be read. */
    private static long firstSequence(StoredZip.Slice data, Hasher hasher) {
        try {
            return EventCodec.decodeHeader(new EntryReader(data).next(1, hasher).header()).sequence();
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private static void compareCheckpoints(MerkleLog tree, Map<Long, List<Integer>> bySize,
            List<Checkpoint> checkpoints, Reading r) {
        if (tree == null) {
            return;
        }
        List<Integer> here = bySize.get(tree.size());
        if (here == null) {
            return;
        }
        Hash root = tree.root();
        for (int i : here) {
            if (!checkpoints.get(i).root().equals(root)) {
                r.add(ArchiveProblem.Kind.CHECKPOINT_ROOT_MISMATCH, CHECKPOINTS, i, "the checkpoint says the first "
                        + tree.size() + " entries of the log have root " + checkpoints.get(i).root().toHex()
                        + " but the archive gives " + root.toHex());
            }
        }
    }

    // ------------------------------------------------------------------ the events part

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
        private final int start;
        private final int end;
        private int at;

        EntryReader(StoredZip.Slice slice) {
            this.data = slice.array();
            this.start = slice.offset();
            this.end = slice.offset() + slice.length();
            this.at = start;
        }

        boolean atEnd() {
            return at >= end;
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
                throw new IllegalArgumentException("byte " + (at - 1 - start)
                        + " should mark a payload (1) or a tombstone (0)");
            }
            return new LogEntry(sequence, header, payload, digest, hasher.leaf(header, digest));
        }

        private int length() {
            byte[] b = bytes(4);
            long length = ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
            if (length > end - at) {
                throw new IllegalArgumentException("length " + length + " at byte " + (at - 4 - start)
                        + " runs past the end");
            }
            return (int) length;
        }

        private byte[] bytes(int n) {
            if (n > end - at) {
                throw new IllegalArgumentException("truncated at byte " + (at - start));
            }
            byte[] b = Arrays.copyOfRange(data, at, at + n);
            at += n;
            return b;
        }
    }

    /** A byte buffer whose contents are shared as a slice, not copied. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        StoredZip.Slice slice() {
            return new StoredZip.Slice(buf, 0, count);
        }
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        out.write(length >>> 24);
        out.write((length >>> 16) & 0xFF);
        out.write((length >>> 8) & 0xFF);
        out.write(length & 0xFF);
    }

    private static byte[] utf8(String text) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(NOT_A_LOG + " a checkpoint's text is not valid Unicode", e);
        }
    }

    private static byte[] sha256(StoredZip.Slice data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(data.array(), data.offset(), data.length());
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }
}
