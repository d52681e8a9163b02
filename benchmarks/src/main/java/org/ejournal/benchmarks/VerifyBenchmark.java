package org.ejournal.benchmarks;

import java.util.concurrent.TimeUnit;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.LogReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4: {@link AuditLog#verify} over a stored log of one million entries ({@link AuditLogs}: the
 * generated year's events repeated, sealed, with a signed checkpoint about every school day),
 * built once per trial in an {@link org.ejournal.core.store.InMemoryStore}. Each iteration is one
 * whole verification — every digest, leaf, header, payload, the tree, the frontier and every
 * checkpoint's root and Ed25519 signature — and must find the log intact. Run it with
 * {@code -prof gc} for the allocation per verification ({@code gc.alloc.rate.norm}, bytes per
 * operation, i.e. per million entries); {@link VerifyFootprint} measures the memory it retains and
 * the store's own footprint.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Duser.timezone=UTC"})
@State(Scope.Benchmark)
public class VerifyBenchmark {

    /** How many entries the stored log holds. */
    @Param({"1000000"})
    public int entries;

    /** Whose events ({@link Schools#YEAR}; {@link Schools#TINY} for the smoke test). */
    @Param({Schools.YEAR})
    public String span;

    private AuditLogs.Stored log;

    /** Builds and seals the log once per trial. */
    @Setup(Level.Trial)
    public void build() {
        long t = System.nanoTime();
        log = AuditLogs.build(entries, span);
        System.out.printf("verify: %,d entries, %,d checkpoints, built in %.1f s%n", entries,
                log.store().checkpoints(log.school()).size(), (System.nanoTime() - t) / 1e9);
    }

    /** @return one verification of the whole log, which must be intact */
    @Benchmark
    public LogReport verify() {
        LogReport report = AuditLog.verify(log.store(), log.school(), log.verifiers());
        if (!report.isIntact() || report.entries() != entries) {
            throw new IllegalStateException("the log did not verify: " + report.entries() + " entries, "
                    + report.breaks().size() + " breaks, e.g. " + report.breaks());
        }
        return report;
    }
}
