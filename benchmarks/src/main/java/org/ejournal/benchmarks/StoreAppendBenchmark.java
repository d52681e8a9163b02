package org.ejournal.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.internal.Salts;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.LogEntry;
import org.ejournal.testkit.school.Step;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Issue 5: appending recorded marks through the JDBC store against raw JDBC inserts of the same rows
 * into the same database, <b>in one JVM</b> ({@code @Fork(0)}: {@code benchmarks/run} starts it),
 * through the same {@link javax.sql.DataSource} ({@link StoreDatabases}: an SQLite file with WAL and
 * {@code synchronous=FULL} through {@code JdbcStore.sqliteDataSource}, the same behind a HikariCP
 * pool, and an embedded PostgreSQL server behind a HikariCP pool):
 *
 * <ul>
 * <li>{@link #batchStore}: {@code JdbcStore.appendAll(school, batch, frontier)} of {@code rows}
 *     entries (one transaction: the head row locked, the sequence checked, one JDBC batch, the head row
 *     updated);</li>
 * <li>{@link #batchRaw}: the same rows, as plain JDBC: borrow a connection from the same data source,
 *     begin, one batch of {@code INSERT INTO raw_entry (school_id, seq, header, payload,
 *     payload_digest, leaf_hash)}, commit, give the connection back — into a table with the same
 *     columns, types and primary key (without the foreign key and checks);</li>
 * <li>{@link #singleStore} and {@link #singleRaw}: one entry a transaction: {@code JdbcStore.append}
 *     against one plain insert and commit;</li>
 * <li>{@link #batchPaired} and {@link #singlePaired}: both sides for every batch or entry, one right
 *     after the other, timed apart by {@link PairedTimeProfiler}: on a shared machine whose load
 *     drifts between two benchmarks run minutes apart, the two halves of a pair see the same load.</li>
 * </ul>
 *
 * <p>The rows are real sealed entries: the {@code RecordMark} events of a generated school (the
 * first quarter's marks, cycled and moved 52 weeks on for each round), numbered on from the log's
 * size, sealed with {@code LogEntry.seal} and a fresh salt, the frontier carried with
 * {@code Frontier.append}. Each trial writes the log of a new school (both sides use the same
 * school ids and sequences, in their own tables); the log grows across iterations, as a real one
 * does: each iteration's set-up seals the next entries, so the measured batch only writes. An
 * iteration is a single shot of {@value #BATCHES} batches or {@value #SINGLES} single appends. The
 * figure (in {@link RunBenchmarks}) is the store's throughput over the raw inserts', per database,
 * from the separate benchmarks and from the paired ones; issue 5 asks for at least 0.5.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(0)
public class StoreAppendBenchmark {

    /** Batches of {@code rows} entries per iteration of the batch benchmarks. */
    public static final int BATCHES = 10;

    /** Single appends per iteration of the single benchmarks. */
    public static final int SINGLES = 100;

    private static final AtomicInteger TRIALS = new AtomicInteger();

    /** The recorded marks the rows are made of. */
    @State(Scope.Benchmark)
    public static class Marks {
        /** Which generated school's marks: {@link Schools#QUARTER}, {@link Schools#TINY} for the smoke test. */
        @Param({Schools.QUARTER})
        public String school;

        /** The marks of each school generated in this JVM: every trial uses the same ones. */
        private static final Map<String, List<Step>> GENERATED = new ConcurrentHashMap<>();

        List<Step> marks;

        /** Generates the school, once per JVM, and keeps its marks. */
        @Setup(Level.Trial)
        public void generate() {
            marks = GENERATED.computeIfAbsent(school, name -> Schools.generate(name).steps().stream()
                    .filter(s -> s.command() instanceof RecordMark).toList());
            System.out.println("store append: " + marks.size() + " recorded marks of " + school);
        }
    }

    /** The database, shared by every trial in the JVM. */
    @State(Scope.Benchmark)
    public static class Database {
        /** {@code sqlite}, {@code sqlite-pooled} or {@code postgresql} ({@link StoreDatabases.Kind}). */
        @Param({"sqlite", "sqlite-pooled", "postgresql"})
        public String database;

        StoreDatabases.Database db;

        /** Opens the JVM's database of that kind (the first trial starts it). */
        @Setup(Level.Trial)
        public void open() {
            db = StoreDatabases.get(StoreDatabases.Kind.of(database));
            System.out.println("store append into " + db.description());
        }
    }

    /** A school's growing log, cut into the batches of one iteration. */
    abstract static class Log {
        final SchoolId school = SchoolId.of("bench-" + TRIALS.incrementAndGet() + "-" + System.nanoTime());
        final Hasher hasher = new Hasher();
        final Salts salts = new Salts();
        Frontier frontier = Frontier.empty();
        List<List<LogEntry>> batches;
        List<Frontier> frontiers;
        int next;

        /** Seals the next entries of the log: {@code count} batches of {@code rows}. */
        void prepare(Marks m, int count, int rows) {
            batches = new ArrayList<>(count);
            frontiers = new ArrayList<>(count);
            for (int b = 0; b < count; b++) {
                List<LogEntry> batch = new ArrayList<>(rows);
                for (int r = 0; r < rows; r++) {
                    long sequence = frontier.size() + 1;
                    int round = (int) ((sequence - 1) / m.marks.size());
                    Step s = m.marks.get((int) ((sequence - 1) % m.marks.size()));
                    JournalEvent e = new JournalEvent(sequence, s.at().plus(Duration.ofDays(364L * round)), s.actor(),
                            s.command(), List.of());
                    LogEntry entry = LogEntry.seal(e, salts.next(), hasher);
                    frontier = frontier.append(entry.leafHash(), hasher);
                    batch.add(entry);
                }
                batches.add(List.copyOf(batch));
                frontiers.add(frontier);
            }
            next = 0;
        }

        int take() {
            if (next == batches.size()) {
                throw new IllegalStateException("all " + batches.size() + " prepared batches were used in one iteration");
            }
            return next++;
        }
    }

    /** Batches of {@code rows} entries. */
    @State(Scope.Thread)
    public static class Batches extends Log {
        /** Entries per batch (per transaction). */
        @Param({"1000"})
        public int rows;

        /**
         * Seals the iteration's batches.
         *
         * @param m the marks
         * @param iteration how many batches the iteration takes
         */
        @Setup(Level.Iteration)
        public void prepare(Marks m, IterationParams iteration) {
            prepare(m, iteration.getBatchSize(), rows);
            CpuTimeProfiler.start();
        }

        /** Stops the CPU clock. */
        @TearDown(Level.Iteration)
        public void stop() {
            CpuTimeProfiler.stop();
        }
    }

    /** Single entries, one a transaction. */
    @State(Scope.Thread)
    public static class Singles extends Log {

        /**
         * Seals the iteration's entries.
         *
         * @param m the marks
         * @param iteration how many entries the iteration takes
         */
        @Setup(Level.Iteration)
        public void prepare(Marks m, IterationParams iteration) {
            prepare(m, iteration.getBatchSize(), 1);
            CpuTimeProfiler.start();
        }

        /** Stops the CPU clock. */
        @TearDown(Level.Iteration)
        public void stop() {
            CpuTimeProfiler.stop();
        }
    }

    /**
     * Appends the next batch through the store: {@code appendAll}.
     *
     * @param d the database
     * @param b the log
     * @return the batch's index
     */
    @Benchmark
    @Warmup(batchSize = BATCHES)
    @Measurement(batchSize = BATCHES)
    public int batchStore(Database d, Batches b) {
        return store(d, b, b.take());
    }

    /**
     * Inserts the same rows with plain JDBC: one transaction, one batch.
     *
     * @param d the database
     * @param b the log
     * @return the batch's index
     */
    @Benchmark
    @Warmup(batchSize = BATCHES)
    @Measurement(batchSize = BATCHES)
    public int batchRaw(Database d, Batches b) {
        return raw(d, b, b.take());
    }

    /**
     * Appends the next entry through the store, in a transaction of its own: {@code append}.
     *
     * @param d the database
     * @param s the log
     * @return the entry's index
     */
    @Benchmark
    @Warmup(batchSize = SINGLES)
    @Measurement(batchSize = SINGLES)
    public int singleStore(Database d, Singles s) {
        return store(d, s, s.take());
    }

    /**
     * Inserts the same row with plain JDBC and commits.
     *
     * @param d the database
     * @param s the log
     * @return the entry's index
     */
    @Benchmark
    @Warmup(batchSize = SINGLES)
    @Measurement(batchSize = SINGLES)
    public int singleRaw(Database d, Singles s) {
        return raw(d, s, s.take());
    }

    /**
     * Writes the next batch both ways, one right after the other — through the store, and the same rows
     * as raw inserts (same school id and sequences, in the raw table) — store first for even batches,
     * raw first for odd ones; {@link PairedTimeProfiler} reports each side's time and their ratio.
     *
     * @param d the database
     * @param b the log
     * @return the batch's index
     */
    @Benchmark
    @Warmup(batchSize = BATCHES)
    @Measurement(batchSize = BATCHES)
    public int batchPaired(Database d, Batches b) {
        return paired(d, b, b.take());
    }

    /**
     * Appends the next entry both ways, one right after the other, as {@link #batchPaired}.
     *
     * @param d the database
     * @param s the log
     * @return the entry's index
     */
    @Benchmark
    @Warmup(batchSize = SINGLES)
    @Measurement(batchSize = SINGLES)
    public int singlePaired(Database d, Singles s) {
        return paired(d, s, s.take());
    }

    private static int paired(Database d, Log log, int i) {
        long t0 = System.nanoTime();
        if (i % 2 == 0) {
            store(d, log, i);
            long t1 = System.nanoTime();
            raw(d, log, i);
            PairedTimeProfiler.store(t1 - t0);
            PairedTimeProfiler.raw(System.nanoTime() - t1);
        } else {
            raw(d, log, i);
            long t1 = System.nanoTime();
            store(d, log, i);
            PairedTimeProfiler.raw(t1 - t0);
            PairedTimeProfiler.store(System.nanoTime() - t1);
        }
        return i;
    }

    /** The log's {@code i}th batch through the store: {@code append} for a single entry, else {@code appendAll}. */
    private static int store(Database d, Log log, int i) {
        List<LogEntry> entries = log.batches.get(i);
        if (entries.size() == 1) {
            d.db.store().append(log.school, entries.get(0), log.frontiers.get(i));
        } else {
            d.db.store().appendAll(log.school, entries, log.frontiers.get(i));
        }
        return i;
    }

    /** The same rows as raw inserts. */
    private static int raw(Database d, Log log, int i) {
        insert(d.db.dataSource(), log.school, log.batches.get(i));
        return i;
    }

    /**
     * The raw baseline: what a host's plain JDBC code does to keep the rows — borrow a connection,
     * begin, insert (one row, or a batch), commit, give the connection back.
     */
    static int insert(DataSource dataSource, SchoolId school, List<LogEntry> entries) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int rows;
            try (PreparedStatement insert = c.prepareStatement(StoreDatabases.RAW_INSERT)) {
                for (LogEntry e : entries) {
                    insert.setString(1, school.value());
                    insert.setLong(2, e.sequence());
                    insert.setBytes(3, e.header());
                    insert.setBytes(4, e.payload());
                    insert.setBytes(5, e.payloadDigest().toBytes());
                    insert.setBytes(6, e.leafHash().toBytes());
                    if (entries.size() > 1) {
                        insert.addBatch();
                    }
                }
                rows = entries.size() > 1 ? insert.executeBatch().length : insert.executeUpdate();
            }
            c.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("the raw insert failed", e);
        }
    }
}
