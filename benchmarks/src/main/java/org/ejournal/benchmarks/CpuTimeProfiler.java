package org.ejournal.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time of each measured batch, beside JMH's wall-clock score: on a machine shared with
 * other builds, a batch's wall time grows with the load, its CPU time much less. The benchmark's
 * states call {@link #start()} at the very end of their per-iteration set-up and {@link #stop()} at
 * the start of their tear-down, so that rebuilding a journal is not counted; the profiler then
 * reports, per operation (one batch) and with JMH's error over the iterations:
 *
 * <ul>
 * <li>{@code cpu.process}: the CPU time of the whole JVM — the benchmark thread, the garbage
 *     collector's threads (which a path that retains what it records keeps busy), the JIT;</li>
 * <li>{@code cpu.thread}: the CPU time of the benchmark thread alone.</li>
 * </ul>
 *
 * Enabled by {@link RunBenchmarks} for every run; a benchmark whose states do not call it reports
 * nothing.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processStart;
    private static long threadStart;
    private static volatile long process = -1;
    private static volatile long thread = -1;

    /** Creates the profiler: JMH does. */
    public CpuTimeProfiler() {
    }

    /** Starts the clocks: the measured batch begins. On the benchmark thread. */
    public static void start() {
        threadStart = THREADS.getCurrentThreadCpuTime();
        processStart = OS.getProcessCpuTime();
    }

    /** Stops the clocks: the measured batch has ended. On the benchmark thread, after {@link #start()}. */
    public static void stop() {
        long p = OS.getProcessCpuTime();
        long t = THREADS.getCurrentThreadCpuTime();
        thread = t - threadStart;
        process = p - processStart;
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        process = -1;
        thread = -1;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long p = process;
        long t = thread;
        if (p < 0 || t < 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.process", p / 1e6, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.thread", t / 1e6, "ms/op", AggregationPolicy.AVG));
    }

    @Override
    public String getDescription() {
        return "CPU time of the measured batch: the whole JVM's and the benchmark thread's";
    }
}
