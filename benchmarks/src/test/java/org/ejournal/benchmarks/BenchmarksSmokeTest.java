package org.ejournal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ejournal.testkit.school.GeneratedSchool;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly, over the tiny school, in this JVM: the benchmarks are kept out
 * of the build, but they must not rot. The figures come from {@code benchmarks/run}, not from here.
 */
class BenchmarksSmokeTest {

    @Test
    void every_benchmark_runs_and_measures_something() throws RunnerException {
        // other worktrees' builds run their own smoke tests on the same machine: their JMH lock is no
        // reason to fail this one, which measures nothing that matters
        System.setProperty("jmh.ignoreLock", "true");
        List<RunResult> results = new ArrayList<>();
        // the batches of marks: 500 marks an iteration
        results.addAll(run("(RecordMark|AuditAppend)Benchmark", 500));
        // one audit, one verification an iteration
        results.addAll(run("(Audit|Verify)Benchmark", 1));
        // the JDBC store against raw JDBC: SQLite only (no PostgreSQL server started here), 3 batches of
        // 10 rows or 3 single appends an iteration
        results.addAll(run("StoreAppendBenchmark", 3));

        assertThat(results).extracting(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
                .containsExactlyInAnyOrder("audit", "bareMinimum", "gateMode", "commandPath", "append",
                        "appendWithEncoding", "verify", "batchStore", "batchRaw", "batchPaired", "singleStore", "singleRaw",
                        "singlePaired");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
        assertThat(results).filteredOn(r -> !r.getParams().getBenchmark().endsWith(".audit")
                        && !r.getParams().getBenchmark().endsWith(".verify"))
                .allSatisfy(r -> assertThat(r.getSecondaryResults()).containsKeys("cpu.process", "cpu.thread"));
        assertThat(RunBenchmarks.summary(results)).contains("gate / bare minimum throughput",
                "append / (whole − append)", "appendWithEncoding / (whole − appendWithEncoding)",
                "verify, 3,000 entries", "sqlite, batches of 10 (one a transaction): store",
                "sqlite, single appends (one a transaction): store", "store / raw throughput: ",
                "store / raw throughput, paired: ");
        assertThat(results).filteredOn(r -> r.getParams().getBenchmark().endsWith("Paired"))
                .allSatisfy(r -> assertThat(r.getSecondaryResults()).containsKeys("pair.store", "pair.raw",
                        "pair.ratio"));
    }

    @Test
    void opening_a_stored_school_is_measured() {
        assertThat(YearLoad.measure(Schools.TINY, 1, 0, false)).contains("SQLite file:",
                "open (replay, every hash checked), first in this JVM", "heap the open journal retains",
                "reading the rows alone");
    }

    @Test
    void the_footprint_of_verify_is_measured() {
        assertThat(VerifyFootprint.measure(3_000, Schools.TINY, 1)).contains("store footprint",
                "retained by verify beyond the store after     3,000 entries", "allocated by one verify");
    }

    private static Collection<RunResult> run(String benchmarks, int batch) throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include("org\\.ejournal\\.benchmarks\\." + benchmarks + "\\..*")
                .param("school", Schools.TINY)
                .param("span", Schools.TINY)
                .param("entries", "3000")
                .param("database", "sqlite")
                .param("rows", "10")
                .addProfiler(CpuTimeProfiler.class)
                .addProfiler(PairedTimeProfiler.class)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .measurementBatchSize(batch)
                .shouldFailOnError(true)
                .build()).run();
    }

    @Test
    void the_named_schools_are_the_sizes_the_figures_are_quoted_for() {
        // 39 weeks from Tuesday 1 September 2026 end on 31 May 2027, the school year's last day
        assertThat(Schools.knobs(Schools.YEAR).weeks()).isEqualTo(39);
        assertThat(Schools.knobs(Schools.SMALL_YEAR).weeks()).isEqualTo(39);
        assertThat(Schools.knobs(Schools.QUARTER).weeks()).isEqualTo(8);
        assertThat(Schools.knobs(Schools.TENTH).weeks()).isEqualTo(3);
        assertThat(Schools.knobs(Schools.YEAR).classCount()).isEqualTo(30);
        assertThat(Schools.knobs(Schools.SMALL_YEAR).classCount()).isEqualTo(3);
        GeneratedSchool tiny = Schools.generate(Schools.TINY);
        assertThat(tiny.lastDay()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(tiny.steps()).hasSizeBetween(2_000, 20_000);
    }
}
