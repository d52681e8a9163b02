package org.ejournal.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.ForwardingStore;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.LogReport;

/**
 * Issue 4: the memory of {@link AuditLog#verify} over a stored log of a million entries, which a
 * JMH iteration does not show — a plain program, started by {@code benchmarks/run footprint}:
 *
 * <ol>
 * <li>the <b>store's own footprint</b>: the heap in use after a full collection with the log built,
 *     minus the same before it was built, per entry, beside the bytes of the entries' arrays;</li>
 * <li>the heap <b>verify retains beyond the store</b>: during a verification, when it has read a
 *     tenth, a half and all of the entries, the store's stream stops, forces a full collection and
 *     reads the heap in use; minus the heap in use with the store alone, that is everything live
 *     the verification (and the store's stream) holds at that moment. Verify streams, so it must be
 *     the same at every point: O(1) in the number of entries;</li>
 * <li>the <b>allocation</b> per entry (the thread's allocated bytes over one verification) and the
 *     time of a few verifications, timed by hand: a cross-check of {@link VerifyBenchmark} — and of
 *     the very first one in the JVM, before the JIT has compiled the verifier, as when a journal
 *     opens its store.</li>
 * </ol>
 *
 * <p>Run with {@code -Xms} equal to {@code -Xmx} (the script gives 4 GiB, pre-touched) so that the
 * heap does not resize between the readings, and the first verifications do not pay the operating
 * system for heap pages touched for the first time (on the test machine that doubled the first
 * timed verification).
 */
public final class VerifyFootprint {

    private VerifyFootprint() {
    }

    /**
     * @param args the number of entries (default 1 000 000), the school to repeat (default
     *     {@link Schools#YEAR}), how many timed verifications (default 5)
     */
    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        String span = args.length > 1 ? args[1] : Schools.YEAR;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.println(measure(entries, span, runs));
    }

    /** The figures, as text. */
    static String measure(int entries, String span, int runs) {
        StringBuilder out = new StringBuilder();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long empty = usedAfterGc(memory);
        AuditLogs.Stored log = AuditLogs.build(entries, span);
        long withStore = usedAfterGc(memory);
        long arrays = 0;
        try (Stream<LogEntry> all = log.store().entries(log.school())) {
            for (LogEntry e : (Iterable<LogEntry>) all::iterator) {
                arrays += e.header().length + (e.isTombstone() ? 0 : e.payload().length);
            }
        }
        int checkpoints = log.store().checkpoints(log.school()).size();
        out.append(String.format(Locale.ROOT, "stored log: %,d entries, %,d checkpoints (%s)%n", entries, checkpoints,
                span));
        out.append(String.format(Locale.ROOT,
                "  store footprint: %,.1f MiB = %,.0f bytes per entry (of which header + sealed payload arrays' "
                        + "contents %,.0f)%n",
                mib(withStore - empty), (double) (withStore - empty) / entries, (double) arrays / entries));

        // the first verification in this JVM: what a journal opening its store pays
        usedAfterGc(memory);
        long t0 = System.nanoTime();
        check(AuditLog.verify(log.store(), log.school(), log.verifiers()), entries);
        out.append(String.format(Locale.ROOT, "  first verify in this JVM (code not yet compiled): %.2f s%n",
                (System.nanoTime() - t0) / 1e9));

        // the heap verify holds, at a tenth, a half and the end of the entries
        long[] at = {Math.max(1, entries / 10), Math.max(1, entries / 2), entries};
        long[] retained = new long[at.length];
        Probe probe = new Probe(log, memory, at, retained);
        LogReport probed = AuditLog.verify(probe, log.school(), log.verifiers());
        check(probed, entries);
        long baseline = usedAfterGc(memory);
        for (int i = 0; i < at.length; i++) {
            out.append(String.format(Locale.ROOT,
                    "  retained by verify beyond the store after %,9d entries: %,8.1f KiB%n", at[i],
                    (retained[i] - baseline) / 1024.0));
        }

        // allocation and time, by hand
        List<Double> seconds = new ArrayList<>();
        long allocated = 0;
        for (int r = 0; r < runs; r++) {
            usedAfterGc(memory);
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long t = System.nanoTime();
            LogReport report = AuditLog.verify(log.store(), log.school(), log.verifiers());
            seconds.add((System.nanoTime() - t) / 1e9);
            allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
            check(report, entries);
        }
        out.append(String.format(Locale.ROOT, "  allocated by one verify: %,.1f MiB = %,.0f bytes per entry%n",
                mib(allocated), (double) allocated / entries));
        out.append(String.format(Locale.ROOT, "  verify, timed by hand: %s s%n",
                seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList()));
        return out.toString();
    }

    private static void check(LogReport report, int entries) {
        if (!report.isIntact() || report.entries() != entries) {
            throw new IllegalStateException("the log did not verify: " + report);
        }
    }

    /** The store, whose stream of entries stops at the given counts to read the heap after a full collection. */
    private static final class Probe extends ForwardingStore {
        private final MemoryMXBean memory;
        private final long[] at;
        private final long[] used;

        Probe(AuditLogs.Stored log, MemoryMXBean memory, long[] at, long[] used) {
            super(log.store());
            this.memory = memory;
            this.at = at;
            this.used = used;
        }

        @Override
        public Stream<LogEntry> entries(SchoolId school) {
            long[] seen = {0};
            return delegate.entries(school).peek(e -> {
                seen[0]++;
                for (int i = 0; i < at.length; i++) {
                    if (seen[0] == at[i]) {
                        used[i] = usedAfterGc(memory);
                    }
                }
            });
        }
    }

    static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
