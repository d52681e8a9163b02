package org.ejournal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
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
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("org\\.ejournal\\.benchmarks\\..*")
                .param("school", Schools.TINY)
                .param("span", Schools.TINY)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .measurementBatchSize(500)
                .shouldFailOnError(true)
                .build()).run();

        assertThat(results).extracting(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
                .containsExactlyInAnyOrder("audit", "bareMinimum", "gateMode");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
        assertThat(RunBenchmarks.summary(results)).contains("gate / bare minimum throughput");
    }

    @Test
    void the_named_schools_are_the_sizes_the_figures_are_quoted_for() {
        assertThat(Schools.knobs(Schools.YEAR).last()).isEqualTo(java.time.LocalDate.of(2027, 5, 31));
        assertThat(Schools.knobs(Schools.TENTH).first()).isEqualTo(Schools.knobs(Schools.YEAR).first());
        assertThat(Schools.generate(Schools.TINY).steps()).hasSizeBetween(2_000, 20_000);
    }
}
