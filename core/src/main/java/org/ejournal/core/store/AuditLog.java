package org.ejournal.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.codec.EventHeader;
import org.ejournal.core.codec.EventPayload;
import org.ejournal.core.log.Checkpoint;
import org.ejournal.core.log.CheckpointVerification;
import org.ejournal.core.log.CheckpointVerifier;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.log.MerkleLog;
import org.ejournal.core.log.MerkleTree;
import org.ejournal.core.model.SchoolId;

/**
 * Verifies a school's audit log as a {@link JournalStore} holds it (DESIGN.md §6): recomputes
 * every payload digest and leaf hash, decodes every header and payload and checks that they belong
 * together, checks that the sequence has no gap, rebuilds the Merkle tree and compares it with the
 * stored frontier and with the root of every stored checkpoint at its size, and verifies the
 * checkpoints' signatures. It reports <b>every</b> break it finds ({@link LogBreak}, code
 * {@value #BROKEN}), each with its kind and position, not only the first.
 *
 * <p>It reads the entries once, as a stream, keeping only the tree's frontier and the checkpoints
 * in memory, so a log of millions of entries verifies in constant memory.
 *
 * <p>All methods are static; the class is stateless and thread-safe.
 */
public final class AuditLog {

    /** The code of every break in a stored log, and of a journal that refuses to open on one. */
    public static final String BROKEN = "EJ1910";

    private AuditLog() {
    }

    /**
     * Verifies a school's stored log.
     *
     * @param store the store, not {@code null}
     * @param school the school, not {@code null}
     * @param verifiers the keys the checkpoints may be signed with, not {@code null}; with none,
     *     signatures are not checked (sizes and roots still are), with some, a checkpoint that none
     *     of them verifies is a break
     * @return the report with every break
     * @throws StoreException (code {@code EJ1901}) if the store itself failed
     */
    public static LogReport verify(JournalStore store, SchoolId school, Collection<CheckpointVerifier> verifiers) {
        return replay(store, school, verifiers, e -> { });
    }

    /**
     * Verifies a school's stored log like {@link #verify}, and hands each event that decodes to the
     * sink in order, until the first break that concerns an entry; tombstones are skipped. This is
     * how a journal opens.
     *
     * @param store the store, not {@code null}
     * @param school the school, not {@code null}
     * @param verifiers the keys the checkpoints may be signed with, not {@code null}
     * @param sink receives the events, not {@code null}
     * @return the report with every break
     * @throws StoreException (code {@code EJ1901}) if the store itself failed
     */
    public static LogReport replay(JournalStore store, SchoolId school, Collection<CheckpointVerifier> verifiers,
            Consumer<JournalEvent> sink) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(sink, "sink");
        List<CheckpointVerifier> keys = List.copyOf(verifiers);
        List<LogBreak> breaks = new ArrayList<>();
        List<String> stored = store.checkpoints(school);
        Map<Long, List<Integer>> bySize = new HashMap<>();
        List<Checkpoint> read = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Checkpoint c = readCheckpoint(stored.get(i), i, keys, breaks);
            read.add(c);
            if (c != null) {
                bySize.computeIfAbsent(c.size(), s -> new ArrayList<>()).add(i);
            }
        }
        long[] sizes = bySize.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int nextSize = 0;
        Hasher hasher = new Hasher();
        MerkleLog tree = MerkleLog.empty();
        compareCheckpoints(tree, bySize, read, breaks);
        long tombstones = 0;
        boolean emitting = true;
        try (Stream<LogEntry> entries = store.entries(school)) {
            for (var it = entries.iterator(); it.hasNext(); ) {
                LogEntry e = it.next();
                long position = tree.size() + 1;
                int before = breaks.size();
                if (e.sequence() != position) {
                    breaks.add(entryBreak(LogBreak.Kind.SEQUENCE_GAP, position,
                            "the entry at position " + position + " says it is entry " + e.sequence()));
                }
                Hash leaf = hasher.leaf(e.header(), e.payloadDigest());
                if (!leaf.equals(e.leafHash())) {
                    breaks.add(entryBreak(LogBreak.Kind.LEAF_MISMATCH, position, "the stored leaf hash "
                            + e.leafHash().toHex() + " is not the hash of the header and digest, " + leaf.toHex()));
                }
                EventHeader header = header(e, position, breaks);
                JournalEvent event = null;
                if (e.isTombstone()) {
                    tombstones++;
                } else {
                    event = payload(e, header, position, hasher, breaks);
                }
                if (emitting && breaks.size() == before && event != null) {
                    sink.accept(event);
                }
                emitting &= breaks.size() == before;
                tree.append(leaf);
                // the map is asked only at the sizes of checkpoints: not once per entry
                while (nextSize < sizes.length && sizes[nextSize] < tree.size()) {
                    nextSize++;
                }
                if (nextSize < sizes.length && sizes[nextSize] == tree.size()) {
                    compareCheckpoints(tree, bySize, read, breaks);
                }
            }
        }
        Frontier frontier;
        try {
            frontier = store.frontier(school);
        } catch (RuntimeException malformed) { // a frontier row changed by hand so that it does not even decode
            frontier = null;
            breaks.add(new LogBreak(LogBreak.Kind.FRONTIER_MISMATCH, 0, -1, "the stored frontier cannot be read ("
                    + malformed.getMessage() + "); that of the entries has size " + tree.size() + ", root "
                    + tree.root().toHex()));
        }
        if (frontier != null && !frontier.equals(tree.frontier())) {
            breaks.add(new LogBreak(LogBreak.Kind.FRONTIER_MISMATCH, 0, -1, "the stored frontier (size "
                    + frontier.size() + ", root " + frontier.root().toHex() + ") is not that of the entries (size "
                    + tree.size() + ", root " + tree.root().toHex() + ")"));
        }
        long size = store.size(school);
        if (size != tree.size()) {
            breaks.add(new LogBreak(LogBreak.Kind.FRONTIER_MISMATCH, 0, -1, "the store says it holds " + size
                    + " entries but gave " + tree.size()));
        }
        for (int i = 0; i < read.size(); i++) {
            Checkpoint c = read.get(i);
            if (c != null && c.size() > tree.size()) {
                breaks.add(new LogBreak(LogBreak.Kind.CHECKPOINT_BEYOND_LOG, 0, i, "the checkpoint is of "
                        + c.size() + " entries but the log holds " + tree.size()));
            }
        }
        return new LogReport(school, tree.size(), tombstones, tree.root(), stored.size(), breaks);
    }

    /**
     * The Merkle tree of a school's stored leaves, for inclusion and consistency proofs
     * ({@link MerkleTree#inclusionProof}, {@link MerkleTree#consistencyProof}). It uses the stored
     * leaf hashes as they are: {@link #verify} first.
     *
     * @param store the store, not {@code null}
     * @param school the school, not {@code null}
     * @return the tree, holding one hash per entry in memory
     */
    public static MerkleTree tree(JournalStore store, SchoolId school) {
        Objects.requireNonNull(store, "store");
        try (Stream<LogEntry> entries = store.entries(Objects.requireNonNull(school, "school"))) {
            return MerkleTree.of(entries.map(LogEntry::leafHash).toList());
        }
    }

    private static Checkpoint readCheckpoint(String text, int index, List<CheckpointVerifier> keys,
            List<LogBreak> breaks) {
        if (keys.isEmpty()) {
            Optional<Checkpoint> c = Checkpoint.readUnverified(text);
            if (c.isEmpty()) {
                breaks.add(new LogBreak(LogBreak.Kind.CHECKPOINT_UNVERIFIED, 0, index,
                        "the checkpoint is not a well-formed signed note"));
            }
            return c.orElse(null);
        }
        CheckpointVerification.Rejected best = null;
        for (CheckpointVerifier key : keys) {
            CheckpointVerification v = key.verify(text);
            if (v instanceof CheckpointVerification.Verified ok) {
                return ok.checkpoint();
            }
            CheckpointVerification.Rejected r = (CheckpointVerification.Rejected) v;
            if (best == null || best.problem() == CheckpointVerification.Problem.UNKNOWN_KEY) {
                best = r;
            }
        }
        breaks.add(new LogBreak(LogBreak.Kind.CHECKPOINT_UNVERIFIED, 0, index, best.code() + " " + best.problem()
                + ": " + best.detail()));
        return null;
    }

    private static void compareCheckpoints(MerkleLog tree, Map<Long, List<Integer>> bySize, List<Checkpoint> read,
            List<LogBreak> breaks) {
        List<Integer> here = bySize.get(tree.size());
        if (here == null) {
            return;
        }
        Hash root = tree.root();
        for (int i : here) {
            if (!read.get(i).root().equals(root)) {
                breaks.add(new LogBreak(LogBreak.Kind.CHECKPOINT_ROOT_MISMATCH, tree.size(), i, "the checkpoint says"
                        + " the first " + tree.size() + " entries have root " + read.get(i).root().toHex()
                        + " but they have " + root.toHex()));
            }
        }
    }

    private static EventHeader header(LogEntry e, long position, List<LogBreak> breaks) {
        try {
            EventHeader h = EventCodec.decodeHeader(e.header());
            if (h.sequence() != position) {
                breaks.add(entryBreak(LogBreak.Kind.UNDECODABLE_HEADER, position, "the header names entry "
                        + h.sequence()));
                return null;
            }
            return h;
        } catch (RuntimeException ex) {
            breaks.add(entryBreak(LogBreak.Kind.UNDECODABLE_HEADER, position, ex.getMessage()));
            return null;
        }
    }

    private static JournalEvent payload(LogEntry e, EventHeader header, long position, Hasher hasher,
            List<LogBreak> breaks) {
        Hash digest = hasher.digest(e.payload());
        if (!digest.equals(e.payloadDigest())) {
            breaks.add(entryBreak(LogBreak.Kind.PAYLOAD_DIGEST_MISMATCH, position, "the payload's SHA-256 is "
                    + digest.toHex() + ", the stored digest " + e.payloadDigest().toHex()));
        }
        EventPayload payload;
        try {
            payload = EventCodec.openPayload(e.payload());
        } catch (RuntimeException ex) {
            breaks.add(entryBreak(LogBreak.Kind.UNDECODABLE_PAYLOAD, position, ex.getMessage()));
            return null;
        }
        if (header == null) {
            return null;
        }
        try {
            return EventCodec.join(header, payload);
        } catch (RuntimeException ex) {
            breaks.add(entryBreak(LogBreak.Kind.HEADER_PAYLOAD_MISMATCH, position, ex.getMessage()));
            return null;
        }
    }

    private static LogBreak entryBreak(LogBreak.Kind kind, long position, String message) {
        return new LogBreak(kind, position, -1, message);
    }
}
