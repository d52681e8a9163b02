package org.ejournal.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks with the settings of their annotations (one fork each, except
 * {@link AuditAppendBenchmark}, which runs in this JVM; single shots: one audit, one verification or
 * one batch of marks), a full GC between iterations and the {@link CpuTimeProfiler}, writes JMH's
 * JSON and prints the figures issues 3, 4 and 5 ask for: gate mode as a share of the bare minimum, audit
 * mode's events per second and time ratio for ten times the events, the audit append as a share of
 * the rest of the command path (with and without the encoding, on every clock), the seconds of a
 * verification of a million stored entries, and the JDBC store's throughput as a share of raw JDBC
 * inserts' (separate and paired, per database).
 *
 * <pre>
 * benchmarks/run                       # everything, JSON into benchmarks/target/jmh-result.json
 * benchmarks/run RecordMark            # only the benchmarks whose name matches
 * benchmarks/run -w 10 -i 20           # more warm-up and measured iterations
 * benchmarks/run Verify -prof gc       # with a JMH profiler
 * benchmarks/run StoreAppend -p database=sqlite,postgresql   # a parameter's values
 * </pre>
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    /**
     * @param args an optional name filter, {@code -w N} warm-up iterations, {@code -i N} measured
     *     iterations, {@code -t S} seconds per iteration of a timed mode (none by default), {@code -o FILE}
     *     the JSON result, {@code -prof NAME} or {@code -prof NAME:OPTIONS} a JMH profiler (repeatable),
     *     {@code -p NAME=V1,V2} a parameter's values (repeatable)
     * @throws RunnerException if a benchmark fails
     * @throws java.io.IOException if the result cannot be written
     */
    public static void main(String[] args) throws RunnerException, java.io.IOException {
        Integer warmups = null;
        Integer iterations = null;
        Integer seconds = null;
        String include = "org\\.ejournal\\.benchmarks\\..*";
        Path out = Path.of("benchmarks", "target", "jmh-result.json");
        List<String> profilers = new ArrayList<>();
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-w" -> warmups = Integer.parseInt(args[++i]);
                case "-i" -> iterations = Integer.parseInt(args[++i]);
                case "-t" -> seconds = Integer.parseInt(args[++i]);
                case "-o" -> out = Path.of(args[++i]);
                case "-prof" -> profilers.add(args[++i]);
                case "-p" -> {
                    String[] kv = args[++i].split("=", 2);
                    params.put(kv[0], kv[1].split(","));
                }
                default -> include = args[i];
            }
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        // the benchmarks' annotations hold the settings; the options override them only when given.
        // A full GC between iterations keeps the previous journal's garbage out of the next batch.
        // The forks are the annotations': one for each benchmark, none for AuditAppendBenchmark, whose three
        // benchmarks must share one JVM (this one, which benchmarks/run starts with the forks' flags).
        ChainedOptionsBuilder options = new OptionsBuilder().include(include).shouldDoGC(true)
                .shouldFailOnError(true).resultFormat(ResultFormatType.JSON).result(out.toString());
        options.addProfiler(CpuTimeProfiler.class);
        options.addProfiler(PairedTimeProfiler.class);
        for (String p : profilers) {
            int colon = p.indexOf(':');
            if (colon < 0) {
                options.addProfiler(p);
            } else {
                options.addProfiler(p.substring(0, colon), p.substring(colon + 1));
            }
        }
        params.forEach(options::param);
        if (warmups != null) {
            options.warmupIterations(warmups);
        }
        if (iterations != null) {
            options.measurementIterations(iterations);
        }
        if (seconds != null) {
            options.warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println(summary(results));
        System.out.println("JSON: " + out.toAbsolutePath());
    }

    /**
     * @param results JMH's results
     * @return the figures of issues 3, 4 and 5, as text
     */
    static String summary(Collection<RunResult> results) {
        Map<String, Result<?>> byName = new LinkedHashMap<>();
        Map<String, RunResult> runs = new LinkedHashMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String span = r.getParams().getParam("span");
            String database = r.getParams().getParam("database");
            String key = span != null ? method + ":" + span : database != null ? method + ":" + database : method;
            byName.put(key, r.getPrimaryResult());
            runs.put(key, r);
        }
        StringBuilder sb = new StringBuilder("Figures\n");
        Result<?> gate = byName.get("gateMode");
        Result<?> bare = byName.get("bareMinimum");
        if (gate != null && bare != null) {
            // scores are milliseconds per batch: the throughputs' ratio is the inverse ratio of the times
            int batch = RecordMarkBenchmark.BATCH;
            double ratio = bare.getScore() / gate.getScore();
            double relError = Math.sqrt(sq(err(gate) / gate.getScore()) + sq(err(bare) / bare.getScore()));
            for (Map.Entry<String, Result<?>> e : Map.of("recording a mark, gate mode: ", gate,
                    "bare minimum (BV + HashMap):", bare).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .toList()) {
                Result<?> r = e.getValue();
                sb.append(String.format(Locale.ROOT, "  %s %,9.1f ± %,.1f ms per %,d marks = %,10.0f marks/s%n",
                        e.getKey(), r.getScore(), err(r), batch, batch / (r.getScore() / 1000.0)));
            }
            sb.append(String.format(Locale.ROOT, "  gate / bare minimum throughput: %.3f ± %.3f (aim ≥ 0.333)%n",
                    ratio, ratio * relError));
        }
        Map<String, Integer> events = new LinkedHashMap<>();
        for (String span : new String[] {Schools.TENTH, Schools.SMALL_YEAR, Schools.YEAR}) {
            Result<?> r = byName.get("audit:" + span);
            if (r != null) {
                int n = Schools.generate(span).steps().size();
                events.put(span, n);
                double perSecond = n / (r.getScore() / 1000.0);
                sb.append(String.format(Locale.ROOT,
                        "  audit, %-14s %,9d events:  %,10.0f ± %,.0f ms  = %,10.0f events/s%n", span, n,
                        r.getScore(), err(r), perSecond));
            }
        }
        scaling(sb, byName, events, Schools.TENTH, "a tenth of the year");
        scaling(sb, byName, events, Schools.SMALL_YEAR, "the year of a school a tenth the size");
        RunResult whole = runs.get("commandPath");
        if (whole != null) {
            perMark(sb, "whole command path (Journal.execute):", whole);
            for (String[] append : new String[][] {{"append", "audit append on encoded bytes:"},
                {"appendWithEncoding", "audit append with encoding:   "}}) {
                RunResult a = runs.get(append[0]);
                if (a != null) {
                    perMark(sb, append[1], a);
                    appendShare(sb, append[0], "wall", a.getPrimaryResult(), whole.getPrimaryResult());
                    for (String cpu : new String[] {"cpu.process", "cpu.thread"}) {
                        Result<?> ac = a.getSecondaryResults().get(cpu);
                        Result<?> wc = whole.getSecondaryResults().get(cpu);
                        if (ac != null && wc != null) {
                            appendShare(sb, append[0], cpu, ac, wc);
                        }
                    }
                }
            }
        }
        runs.forEach((key, r) -> {
            if (key.startsWith("verify:")) {
                verify(sb, r);
            }
        });
        for (StoreDatabases.Kind kind : StoreDatabases.Kind.values()) {
            for (String pair : new String[] {"batch", "single"}) {
                RunResult store = runs.get(pair + "Store:" + kind.param());
                RunResult raw = runs.get(pair + "Raw:" + kind.param());
                if (store != null && raw != null) {
                    storeShare(sb, kind.param(), store, raw);
                }
                RunResult paired = runs.get(pair + "Paired:" + kind.param());
                if (paired != null) {
                    pairedShare(sb, kind.param(), paired);
                }
            }
        }
        return sb.toString();
    }

    /**
     * Issue 5's figure: the store's throughput over the raw inserts' for the same rows, with the
     * relative errors in quadrature.
     */
    private static void storeShare(StringBuilder sb, String database, RunResult store, RunResult raw) {
        long rows = rows(store);
        if (rows != rows(raw)) {
            sb.append("  ").append(database).append(": the store and raw runs wrote different numbers of rows\n");
            return;
        }
        String what = what(store);
        Result<?> s = store.getPrimaryResult();
        Result<?> r = raw.getPrimaryResult();
        double ratio = r.getScore() / s.getScore();
        double relError = Math.sqrt(sq(err(s) / s.getScore()) + sq(err(r) / r.getScore()));
        sb.append(String.format(Locale.ROOT, "  %s, %s: store %,.1f ± %,.1f ms, raw %,.1f ± %,.1f ms per %,d rows"
                + " = %,.0f and %,.0f rows/s%n", database, what, s.getScore(), err(s), r.getScore(), err(r), rows,
                rows / (s.getScore() / 1000.0), rows / (r.getScore() / 1000.0)));
        sb.append(String.format(Locale.ROOT, "    store / raw throughput: %.3f ± %.3f (aim ≥ 0.5: %s)%n", ratio,
                ratio * relError, ratio - ratio * relError >= 0.5 ? "met"
                        : ratio >= 0.5 ? "the mean is above, its error bar is not" : "NOT met"));
    }

    /** Issue 5's figure from the paired benchmark: both sides timed inside the same operations. */
    private static void pairedShare(StringBuilder sb, String database, RunResult paired) {
        Result<?> s = paired.getSecondaryResults().get("pair.store");
        Result<?> r = paired.getSecondaryResults().get("pair.raw");
        Result<?> ratio = paired.getSecondaryResults().get("pair.ratio");
        if (s == null || r == null || ratio == null) {
            return;
        }
        sb.append(String.format(Locale.ROOT, "  %s, %s, paired (each store transaction next to the same raw one):"
                + " store %,.1f ± %,.1f ms, raw %,.1f ± %,.1f ms per %,d rows%n", database, what(paired), s.getScore(),
                err(s), r.getScore(), err(r), rows(paired)));
        sb.append(String.format(Locale.ROOT, "    store / raw throughput, paired: %.3f ± %.3f (aim ≥ 0.5: %s)%n",
                ratio.getScore(), err(ratio), ratio.getScore() - err(ratio) >= 0.5 ? "met"
                        : ratio.getScore() >= 0.5 ? "the mean is above, its error bar is not" : "NOT met"));
    }

    private static String what(RunResult r) {
        String rows = r.getParams().getParam("rows");
        return rows == null ? "single appends (one a transaction)" : "batches of " + rows + " (one a transaction)";
    }

    /** The rows a single shot of a store benchmark writes: its batch of operations, times the rows of each. */
    private static long rows(RunResult r) {
        String rows = r.getParams().getParam("rows");
        return (long) r.getParams().getMeasurement().getBatchSize() * (rows == null ? 1 : Integer.parseInt(rows));
    }

    /** A batch's time and the time per mark. */
    private static void perMark(StringBuilder sb, String what, RunResult r) {
        Result<?> s = r.getPrimaryResult();
        int batch = r.getParams().getMeasurement().getBatchSize();
        sb.append(String.format(Locale.ROOT, "  %s %,9.1f ± %,.1f ms per %,d marks = %,7.2f µs per mark%n", what,
                s.getScore(), err(s), batch, s.getScore() * 1000.0 / batch));
    }

    /**
     * Issue 4's figure: the append against the rest of the path, {@code a / (w − a)}, with the error
     * of both times carried through: {@code σ = √((w·σa)² + (a·σw)²) / (w − a)²}.
     */
    private static void appendShare(StringBuilder sb, String name, String clock, Result<?> append, Result<?> whole) {
        double a = append.getScore();
        double w = whole.getScore();
        double ratio = a / (w - a);
        double error = Math.sqrt(sq(w * err(append)) + sq(a * err(whole))) / sq(w - a);
        sb.append(String.format(Locale.ROOT, "    %-11s %s / (whole − %s): %.3f ± %.3f (%.0f and %.0f ms; aim < 0.333: %s)%n",
                clock + ":", name, name, ratio, error, a, w, ratio + error < 1.0 / 3 ? "met"
                        : ratio < 1.0 / 3 ? "the mean is below, its error bar is not" : "NOT met"));
    }

    /** Verify's seconds, per entry, and its allocation per entry when run with {@code -prof gc}. */
    private static void verify(StringBuilder sb, RunResult r) {
        Result<?> s = r.getPrimaryResult();
        long entries = Long.parseLong(r.getParams().getParam("entries"));
        sb.append(String.format(Locale.ROOT, "  verify, %,d entries (%s): %,.2f ± %,.2f s = %,.2f µs per entry%n",
                entries, r.getParams().getParam("span"), s.getScore() / 1000.0, err(s) / 1000.0,
                s.getScore() * 1000.0 / entries));
        Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
        if (alloc != null) {
            sb.append(String.format(Locale.ROOT, "  verify allocates %,.0f ± %,.0f bytes per entry (gc.alloc.rate.norm)%n",
                    alloc.getScore() / entries, err(alloc) / entries));
        }
    }

    /** The time for 10× the events: the whole year of the whole school against a smaller audit. */
    private static void scaling(StringBuilder sb, Map<String, Result<?>> byName, Map<String, Integer> events,
            String small, String what) {
        Result<?> base = byName.get("audit:" + small);
        Result<?> year = byName.get("audit:" + Schools.YEAR);
        if (base == null || year == null) {
            return;
        }
        double eventRatio = (double) events.get(Schools.YEAR) / events.get(small);
        double timeRatio = year.getScore() / base.getScore();
        double relError = Math.sqrt(sq(err(year) / year.getScore()) + sq(err(base) / base.getScore()));
        sb.append(String.format(Locale.ROOT,
                "  audit, year against %s: %.2f× the events in %.2f× ± %.2f the time;"
                        + " for exactly 10× the events: %.2f× (aim ≤ 11×)%n",
                what, eventRatio, timeRatio, timeRatio * relError, timeRatio * 10 / eventRatio));
    }

    private static double err(Result<?> r) {
        double e = r.getScoreError();
        return Double.isNaN(e) ? 0 : e;
    }

    private static double sq(double x) {
        return x * x;
    }
}
