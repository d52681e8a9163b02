package org.ejournal.examples;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.StoreException;

/**
 * A custom {@link JournalStore}: each school's log lives in a folder of its own, as plain files —
 * a small, honest implementation of the storage SPI for the "custom store" example, which core's
 * storage contract suite ({@code JournalStoreContract}) runs against in this module's tests.
 *
 * <p>Per school, in {@code <folder>/<school>/}:
 * <ul>
 *   <li>{@code entries.log} — the entries, append-only: for each, its sequence, a "purged" flag, the
 *       header, the payload, the payload digest and the leaf hash, length-prefixed;</li>
 *   <li>{@code head} — the committed size of the log, the committed length of {@code entries.log} and
 *       the frontier; replaced atomically (written beside, forced, renamed), which is the commit point
 *       of an append: bytes a crash left after the committed length are ignored and overwritten by the
 *       next append, so an append is all or nothing;</li>
 *   <li>{@code checkpoints.log} — the signed checkpoints, append-only, length-prefixed.</li>
 * </ul>
 * A purge sets an entry's flag and then overwrites its payload with zeros, in place; the file never
 * shrinks and no other entry moves. Every write is forced to the disk before the call returns.
 *
 * <p>Thread-safe within a JVM (one lock per school folder, shared by every store object over the same
 * folder); two processes must not write to the same folder.
 */
public final class FolderStore implements JournalStore {

    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private static final int CHUNK = 4096;

    private final Path folder;

    private FolderStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * @param folder the folder that holds (or will hold) the schools' logs; made if missing
     * @return a store over the folder
     * @throws StoreException (code {@code EJ1901}) if the folder cannot be made
     */
    public static FolderStore open(Path folder) {
        Objects.requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("EJ1901 cannot make the store's folder " + folder, e);
        }
        return new FolderStore(folder);
    }

    /** @return the folder the store keeps its files in */
    public Path folder() {
        return folder;
    }

    // ------------------------------------------------------------------ files

    /**
     * A school's folder: every character other than a–z, 0–9 and '-' is written as '_' and the hex of
     * its UTF-8 bytes, so that any identifier gives a safe name of its own ("school-1" stays itself).
     */
    private Path dir(SchoolId school) {
        Objects.requireNonNull(school, "school");
        StringBuilder name = new StringBuilder();
        for (byte b : school.value().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                name.append(c);
            } else {
                name.append('_').append(String.format("%02x", b & 0xff));
            }
        }
        return folder.resolve(name.toString());
    }

    private static Object lock(Path dir) {
        return LOCKS.computeIfAbsent(dir, d -> new Object());
    }

    /** What {@code head} holds: the committed size, length of {@code entries.log} and frontier. */
    private record Head(long size, long length, Frontier frontier) {
        static final Head EMPTY = new Head(0, 0, Frontier.empty());
    }

    private static Head readHead(Path dir) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve("head"));
        } catch (NoSuchFileException e) {
            return Head.EMPTY;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        long size = in.getLong();
        long length = in.getLong();
        int count = in.getInt();
        List<Hash> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hashes.add(hash(in));
        }
        return new Head(size, length, new Frontier(size, hashes));
    }

    private static void writeHead(Path dir, Head head) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeLong(head.size());
        out.writeLong(head.length());
        out.writeInt(head.frontier().hashes().size());
        for (Hash h : head.frontier().hashes()) {
            out.write(h.toBytes());
        }
        Path next = dir.resolve("head.next");
        try (FileChannel ch = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, ByteBuffer.wrap(bytes.toByteArray()));
            ch.force(true);
        }
        Files.move(next, dir.resolve("head"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(dir);
    }

    /** Makes a rename durable where the platform allows forcing a directory (Linux, macOS). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory; its rename is durable enough for an example
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            ch.write(buffer);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            position += ch.write(buffer, position);
        }
    }

    private static ByteBuffer readFully(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int n = ch.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new EOFException("the file ends inside an entry, at " + position);
            }
        }
        return buffer.flip();
    }

    private static Hash hash(ByteBuffer in) {
        byte[] bytes = new byte[Hash.LENGTH];
        in.get(bytes);
        return Hash.of(bytes);
    }

    private static void encode(LogEntry e, DataOutputStream out) throws IOException {
        out.writeLong(e.sequence());
        out.writeByte(e.isTombstone() ? 1 : 0);
        out.writeInt(e.header().length);
        out.write(e.header());
        byte[] payload = e.isTombstone() ? new byte[0] : e.payload();
        out.writeInt(payload.length);
        out.write(payload);
        out.write(e.payloadDigest().toBytes());
        out.write(e.leafHash().toBytes());
    }

    /** An entry read at a position, and where the next one starts. */
    private record Read(LogEntry entry, long next, long flagAt, long payloadAt, int payloadLength) {
    }

    private static Read decodeAt(FileChannel ch, long position) throws IOException {
        ByteBuffer fixed = readFully(ch, position, 8 + 1 + 4);
        long sequence = fixed.getLong();
        boolean purged = fixed.get() != 0;
        int headerLength = fixed.getInt();
        long at = position + 13;
        byte[] header = new byte[headerLength];
        readFully(ch, at, headerLength).get(header);
        at += headerLength;
        int payloadLength = readFully(ch, at, 4).getInt();
        at += 4;
        long payloadAt = at;
        byte[] payload = new byte[payloadLength];
        readFully(ch, at, payloadLength).get(payload);
        at += payloadLength;
        ByteBuffer hashes = readFully(ch, at, 2 * Hash.LENGTH);
        at += 2 * Hash.LENGTH;
        LogEntry entry = new LogEntry(sequence, header, purged ? null : payload, hash(hashes), hash(hashes));
        return new Read(entry, at, position + 8, payloadAt, payloadLength);
    }

    private static StoreException failed(String what, SchoolId school, IOException e) {
        return new StoreException("EJ1901 the folder store failed to " + what + " the log of " + school + ": "
                + e.getMessage(), e);
    }

    // ------------------------------------------------------------------ the SPI

    /** The school's committed head, read under its lock. */
    private Head head(SchoolId school) {
        Path dir = dir(school);
        synchronized (lock(dir)) {
            try {
                return readHead(dir);
            } catch (IOException e) {
                throw failed("read", school, e);
            }
        }
    }

    @Override
    public long size(SchoolId school) {
        return head(school).size();
    }

    @Override
    public void appendAll(SchoolId school, List<LogEntry> entries, Frontier frontier) {
        Path dir = dir(school);
        synchronized (lock(dir)) {
            try {
                Head head = readHead(dir);
                JournalStore.requireFollows(school, head.size(), entries, frontier);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                for (LogEntry e : entries) {
                    encode(e, out);
                }
                Files.createDirectories(dir);
                try (FileChannel ch = FileChannel.open(dir.resolve("entries.log"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    ch.truncate(head.length());                     // what a crash left after the commit
                    writeFully(ch, ByteBuffer.wrap(bytes.toByteArray()), head.length());
                    ch.force(true);
                }
                writeHead(dir, new Head(head.size() + entries.size(), head.length() + bytes.size(), frontier));
            } catch (IOException e) {
                throw failed("append to", school, e);
            }
        }
    }

    /**
     * The entries committed when this is called, read lazily {@value #CHUNK} at a time, each chunk under
     * the school's lock (so never half purged); entries appended meanwhile are not included.
     */
    @Override
    public Stream<LogEntry> entries(SchoolId school) {
        Path dir = dir(school);
        Object lock = lock(dir);
        Head head;
        FileChannel ch;
        synchronized (lock) {
            try {
                head = readHead(dir);
                if (head.size() == 0) {
                    return Stream.empty();
                }
                ch = FileChannel.open(dir.resolve("entries.log"), StandardOpenOption.READ);
            } catch (IOException e) {
                throw failed("read", school, e);
            }
        }
        Iterator<LogEntry> chunks = new Iterator<>() {
            private final List<LogEntry> chunk = new ArrayList<>();
            private int next;
            private long read;
            private long position;

            @Override
            public boolean hasNext() {
                return next < chunk.size() || read < head.size();
            }

            @Override
            public LogEntry next() {
                if (next == chunk.size()) {
                    if (read == head.size()) {
                        throw new NoSuchElementException();
                    }
                    chunk.clear();
                    next = 0;
                    synchronized (lock) {
                        try {
                            while (chunk.size() < CHUNK && read < head.size()) {
                                Read r = decodeAt(ch, position);
                                chunk.add(r.entry());
                                position = r.next();
                                read++;
                            }
                        } catch (IOException e) {
                            throw failed("read", school, e);
                        }
                    }
                }
                return chunk.get(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(chunks, head.size(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    try {
                        ch.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public Frontier frontier(SchoolId school) {
        return head(school).frontier();
    }

    @Override
    public void addCheckpoint(SchoolId school, String signedCheckpoint) {
        Objects.requireNonNull(signedCheckpoint, "signedCheckpoint");
        Path dir = dir(school);
        synchronized (lock(dir)) {
            try {
                Files.createDirectories(dir);
                long valid = checkpoints(dir, new ArrayList<>());
                byte[] text = signedCheckpoint.getBytes(StandardCharsets.UTF_8);
                ByteBuffer record = ByteBuffer.allocate(4 + text.length).putInt(text.length).put(text).flip();
                try (FileChannel ch = FileChannel.open(dir.resolve("checkpoints.log"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    ch.truncate(valid);                              // a record a crash cut short
                    writeFully(ch, record, valid);
                    ch.force(true);
                }
            } catch (IOException e) {
                throw failed("add a checkpoint to", school, e);
            }
        }
    }

    @Override
    public List<String> checkpoints(SchoolId school) {
        Path dir = dir(school);
        synchronized (lock(dir)) {
            try {
                List<String> found = new ArrayList<>();
                checkpoints(dir, found);
                return List.copyOf(found);
            } catch (IOException e) {
                throw failed("read the checkpoints of", school, e);
            }
        }
    }

    /** Reads the whole checkpoints into {@code found}; returns the length of the complete records. */
    private static long checkpoints(Path dir, List<String> found) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve("checkpoints.log"));
        } catch (NoSuchFileException e) {
            return 0;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (in.remaining() >= 4) {
            int length = in.getInt(in.position());
            if (length < 0 || in.remaining() - 4 < length) {
                break;
            }
            in.getInt();
            byte[] text = new byte[length];
            in.get(text);
            found.add(new String(text, StandardCharsets.UTF_8));
        }
        return in.position();
    }

    @Override
    public void purge(SchoolId school, Set<Long> sequences) {
        Path dir = dir(school);
        synchronized (lock(dir)) {
            try {
                Head head = readHead(dir);
                JournalStore.requireInLog(school, head.size(), sequences);
                if (sequences.isEmpty()) {
                    return;
                }
                try (FileChannel ch = FileChannel.open(dir.resolve("entries.log"), StandardOpenOption.READ,
                        StandardOpenOption.WRITE)) {
                    List<Read> due = new ArrayList<>();
                    long position = 0;
                    for (long s = 1; s <= head.size(); s++) {
                        Read r = decodeAt(ch, position);
                        if (sequences.contains(s)) {          // a tombstone too: a crash may have left its bytes
                            due.add(r);
                        }
                        position = r.next();
                    }
                    // first every flag (a crash then leaves tombstones with bytes still to erase), then the bytes
                    for (Read r : due) {
                        writeFully(ch, ByteBuffer.wrap(new byte[] {1}), r.flagAt());
                    }
                    ch.force(true);
                    for (Read r : due) {
                        writeFully(ch, ByteBuffer.allocate(r.payloadLength()), r.payloadAt());
                    }
                    ch.force(true);
                }
            } catch (IOException e) {
                throw failed("purge", school, e);
            }
        }
    }
}
