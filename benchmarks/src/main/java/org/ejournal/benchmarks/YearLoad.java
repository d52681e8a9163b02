package org.ejournal.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.log.CheckpointVerifier;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.model.School;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.Stores;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.storage.jdbc.JdbcStore;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.SteppingClock;
import org.ejournal.testkit.school.Step;

/**
 * Issue 5: opening a journal over a school year kept in SQLite — a plain program, started by
 * {@code benchmarks/run load}:
 *
 * <ol>
 * <li>the generated school ({@link Schools#YEAR}: 30 classes, 844 pupils, 1 September – 31 May,
 *     324 533 events) is recorded through a journal with a checkpoint signer (a signed checkpoint at every period
 *     close, and one at the end) into memory, then copied into a new SQLite file with
 *     {@code JdbcStore.sqlite(file)} by {@code Stores.copy} ({@code appendAll} in batches of 4 096); the
 *     file's size is reported;</li>
 * <li>in this JVM: the time to open {@code Regulation.journal(school, Profile.defaults())} over
 *     {@code JdbcStore.sqlite(file)} — the replay, every hash and checkpoint checked, every event
 *     applied to the views — the first time in the JVM and a few more times; the heap the open
 *     journal retains (the heap in use after a full collection with the journal open, minus before);
 *     and, to see where the time goes, reading the rows alone and {@code AuditLog.verify} over the
 *     same store;</li>
 * <li>in fresh JVMs: the time of the first open, a few times, with this JVM's heap flags; then the
 *     smallest {@code -Xmx} with which a fresh JVM opens the journal, by bisection to
 *     {@value #HEAP_STEP_MB} MiB.</li>
 * </ol>
 */
public final class YearLoad {

    /** The resolution of the search for the smallest heap. */
    static final int HEAP_STEP_MB = 8;

    private static final String OPEN = "--open";
    private static final String KEY_NAME = "ejournal-bench";
    private static final long CHILD_TIMEOUT_SECONDS = 300;

    private YearLoad() {
    }

    /**
     * @param args the school (default {@link Schools#YEAR}), how many more opens in this JVM (default 3),
     *     how many fresh JVMs to time (default 3), {@code --no-heap-search} to skip the smallest heap;
     *     or {@code --open FILE KEY}: open once and report (a fresh JVM of the search)
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(OPEN)) {
            System.out.println(openOnce(Path.of(args[1]), args[2]));
            return;
        }
        String span = args.length > 0 ? args[0] : Schools.YEAR;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int forks = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean search = !List.of(args).contains("--no-heap-search");
        System.out.println(measure(span, runs, forks, search));
    }

    /** What was written: the school, how many events and checkpoints, and the key that checks them. */
    private record Written(School school, long events, int checkpoints, int rejected, CheckpointVerifier verifier,
            String publicKey, double recordSeconds, double copySeconds) {
    }

    /** The figures, as text. */
    static String measure(String span, int runs, int forks, boolean searchHeap) {
        StringBuilder out = new StringBuilder();
        Path folder;
        try {
            folder = Files.createTempDirectory("ejournal-bench-year");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path file = folder.resolve("year.db");
            Written w = write(span, file);
            out.append(String.format(Locale.ROOT, "%s: %,d events (%d rejected by the journal, left out), %d checkpoints;"
                    + " recorded into memory in %.1f s, copied into SQLite in %.1f s (%,.0f entries/s)%n", span,
                    w.events(), w.rejected(), w.checkpoints(), w.recordSeconds(), w.copySeconds(),
                    w.events() / w.copySeconds()));
            out.append(String.format(Locale.ROOT, "  SQLite file: %,.1f MiB = %,.0f bytes per event%s%n",
                    mib(size(file)), (double) size(file) / w.events(), wal(file)));

            inThisJvm(out, file, w, runs);
            List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(f -> f.startsWith("-X") || f.startsWith("-D")).toList();
            for (int f = 0; f < forks; f++) {
                Child c = child(flags, file, w.publicKey());
                out.append(String.format(Locale.ROOT, "  fresh JVM %d (%s): %s%n", f + 1, String.join(" ", flags),
                        c.ok() ? c.line() : "FAILED " + c.line()));
            }
            if (searchHeap) {
                smallestHeap(out, file, w.publicKey());
            }
        } finally {
            StoreDatabases.deleteTree(folder);
        }
        return out.toString();
    }

    /** Records the school's year through a journal into memory, then copies the log into the SQLite file. */
    private static Written write(String span, Path file) {
        GeneratedSchool generated = Schools.generate(span);
        Ed25519CheckpointSigner signer = Ed25519CheckpointSigner.generate(KEY_NAME);
        InMemoryStore memory = InMemoryStore.create();
        SteppingClock clock = new SteppingClock(generated.steps().get(0).at(), generated.school().zone());
        Journal journal = Journal.builder().school(generated.school()).store(memory).clock(clock).signer(signer).build();
        long t0 = System.nanoTime();
        int rejected = 0;
        for (Step step : generated.steps()) {
            clock.set(step.at());
            Outcome o = journal.execute(step.actor(), step.command());
            if (!o.isAccepted()) {
                rejected++;
            }
        }
        journal.checkpoint();
        double record = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Stores.copy(memory, JdbcStore.sqlite(file), generated.school().id());
        double copy = (System.nanoTime() - t1) / 1e9;
        return new Written(generated.school(), journal.size(), journal.checkpoints().size(), rejected,
                signer.verifier(), HexFormat.of().formatHex(signer.publicKey()), record, copy);
    }

    private static void inThisJvm(StringBuilder out, Path file, Written w, int runs) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long empty = usedAfterGc(memory);
        Clocks first = new Clocks();
        Journal journal = open(w.school(), file, w.verifier());
        String firstTimes = first.stop();
        check(journal, w.events());
        long retained = usedAfterGc(memory) - empty;
        Reference.reachabilityFence(journal);
        journal = null;
        out.append("  open (replay, every hash checked), first in this JVM: ").append(firstTimes).append('\n');
        out.append(String.format(Locale.ROOT, "  heap the open journal retains: %,.1f MiB = %,.0f bytes per event%n",
                mib(retained), (double) retained / w.events()));
        List<String> again = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            usedAfterGc(memory);
            Clocks c = new Clocks();
            check(open(w.school(), file, w.verifier()), w.events());
            again.add(c.stop());
        }
        out.append("  open again in this JVM: ").append(String.join("; ", again)).append('\n');

        // where the time goes: reading the rows, then verifying them (no views)
        JdbcStore store = JdbcStore.sqlite(file);
        usedAfterGc(memory);
        long t = System.nanoTime();
        long bytes = 0;
        try (Stream<LogEntry> entries = store.entries(w.school().id())) {
            for (LogEntry e : (Iterable<LogEntry>) entries::iterator) {
                bytes += e.header().length + (e.isTombstone() ? 0 : e.payload().length);
            }
        }
        double read = (System.nanoTime() - t) / 1e9;
        usedAfterGc(memory);
        t = System.nanoTime();
        LogReport report = AuditLog.verify(store, w.school().id(), List.of(w.verifier()));
        double verify = (System.nanoTime() - t) / 1e9;
        if (!report.isIntact() || report.entries() != w.events()) {
            throw new IllegalStateException("the stored year did not verify: " + report);
        }
        out.append(String.format(Locale.ROOT, "  of which: reading the rows alone %.2f s (%,.1f MiB of header and"
                + " payload); AuditLog.verify over the store (reading, hashes, decoding, checkpoints; no views) %.2f s%n",
                read, mib(bytes), verify));
    }

    /** Opens the journal over the file as a host would, with the whole catalogue. */
    private static Journal open(School school, Path file, CheckpointVerifier verifier) {
        return Regulation.journal(school, Profile.defaults()).store(JdbcStore.sqlite(file)).verifiers(List.of(verifier))
                .build();
    }

    private static void check(Journal journal, long events) {
        if (journal.size() != events) {
            throw new IllegalStateException("the journal opened with " + journal.size() + " events, not " + events);
        }
    }

    /** A fresh JVM's single open: its time and retained heap, as one line. */
    private static String openOnce(Path file, String publicKey) {
        // the school's model (id, name, zone) is the same for every size of the generated school
        School school = Schools.generate(Schools.TINY).school();
        CheckpointVerifier verifier = CheckpointVerifier.ofEd25519(KEY_NAME, HexFormat.of().parseHex(publicKey));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long empty = usedAfterGc(memory);
        Clocks c = new Clocks();
        Journal journal = open(school, file, verifier);
        String times = c.stop();
        long retained = usedAfterGc(memory) - empty;
        String line = String.format(Locale.ROOT, "opened %,d events in %s; retained %,.1f MiB (with the classes' static"
                + " state the first open loads)", journal.size(), times, mib(retained));
        Reference.reachabilityFence(journal);
        return line;
    }

    /** The wall clock, this JVM's CPU time (every thread: the collector's, the compiler's) and the calling thread's. */
    private static final class Clocks {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final long wall = System.nanoTime();
        private final long process = OS.getProcessCpuTime();
        private final long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

        String stop() {
            return String.format(Locale.ROOT, "%.2f s (CPU: %.2f s this thread, %.2f s the JVM)",
                    (System.nanoTime() - wall) / 1e9,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread) / 1e9,
                    (OS.getProcessCpuTime() - process) / 1e9);
        }
    }

    private record Child(boolean ok, String line) {
    }

    /** Runs {@link #openOnce} in a fresh JVM with the given flags. */
    private static Child child(List<String> flags, Path file, String publicKey) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(YearLoad.class.getName());
        command.add(OPEN);
        command.add(file.toString());
        command.add(publicKey);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            }
            if (!p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Child(false, "timed out");
            }
            String opened = lines.stream().filter(l -> l.startsWith("opened ")).findFirst().orElse(null);
            if (p.exitValue() == 0 && opened != null) {
                return new Child(true, opened);
            }
            String error = lines.stream().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
                    .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
            return new Child(false, "exit " + p.exitValue() + ": " + error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bisects the smallest {@code -Xmx} with which a fresh JVM opens the journal. */
    private static void smallestHeap(StringBuilder out, Path file, String publicKey) {
        int fails = 16;
        int works = 512;
        List<String> tried = new ArrayList<>();
        while (!tryHeap(works, file, publicKey, tried)) {
            fails = works;
            works *= 2;
            if (works > 8192) {
                out.append("  smallest heap: not found up to 8 GiB ").append(tried).append('\n');
                return;
            }
        }
        while (works - fails > HEAP_STEP_MB) {
            int mid = (fails + works) / 2 / HEAP_STEP_MB * HEAP_STEP_MB;
            if (mid <= fails) {
                mid = fails + HEAP_STEP_MB;
            }
            if (tryHeap(mid, file, publicKey, tried)) {
                works = mid;
            } else {
                fails = mid;
            }
        }
        out.append(String.format(Locale.ROOT, "  smallest -Xmx that opens it: %d MiB (%d MiB fails)%n", works, fails));
        tried.forEach(t -> out.append("    ").append(t).append('\n'));
    }

    private static boolean tryHeap(int mb, Path file, String publicKey, List<String> tried) {
        Child c = child(List.of("-Xmx" + mb + "m", "-Duser.timezone=UTC"), file, publicKey);
        tried.add("-Xmx" + mb + "m: " + (c.ok() ? c.line() : "failed (" + c.line() + ")"));
        return c.ok();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String wal(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) ? String.format(Locale.ROOT, " (and a WAL of %,.1f MiB)", mib(size(wal))) : "";
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        return VerifyFootprint.usedAfterGc(memory);
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
