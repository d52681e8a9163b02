package org.ejournal.benchmarks;

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
 * The two sides of a paired benchmark, timed inside each operation: {@link StoreAppendBenchmark}'s
 * paired benchmarks write every batch through the store and as raw inserts, one right after the
 * other (in alternating order), and add each side's time here. On a machine shared with other
 * builds, the load changes within minutes, so two benchmarks measured one after the other may see
 * different machines; the two halves of a pair see the same one. The profiler reports, per
 * iteration and with JMH's error over the iterations:
 *
 * <ul>
 * <li>{@code pair.store} and {@code pair.raw}: each side's time in the iteration, in ms;</li>
 * <li>{@code pair.ratio}: the raw time over the store's time, that is the store's throughput over the
 *     raw inserts'.</li>
 * </ul>
 *
 * Enabled by {@link RunBenchmarks} for every run; benchmarks that do not call it report nothing.
 */
public final class PairedTimeProfiler implements InternalProfiler {

    private static volatile long store;
    private static volatile long raw;

    /** Creates the profiler: JMH does. */
    public PairedTimeProfiler() {
    }

    /**
     * @param nanos the time of one operation through the store; on the benchmark thread
     */
    static void store(long nanos) {
        store += nanos;
    }

    /**
     * @param nanos the time of the same operation as raw inserts; on the benchmark thread
     */
    static void raw(long nanos) {
        raw += nanos;
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        store = 0;
        raw = 0;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long s = store;
        long r = raw;
        if (s == 0 || r == 0) {
            return List.of();
        }
        return List.of(new ScalarResult("pair.store", s / 1e6, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("pair.raw", r / 1e6, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("pair.ratio", (double) r / s, "raw/store", AggregationPolicy.AVG));
    }

    @Override
    public String getDescription() {
        return "the store's and the raw inserts' times inside paired operations, and their ratio";
    }
}
