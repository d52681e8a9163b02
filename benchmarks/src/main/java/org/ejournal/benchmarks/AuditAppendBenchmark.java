package org.ejournal.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.codec.EventPayload;
import org.ejournal.core.internal.Salts;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.Stores;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.testkit.school.SteppingClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4: the audit append against the rest of the command path, <b>in one JVM</b> (JMH runs this
 * class without forking: {@code @Fork(0)}, so the three benchmarks share the JVM, its heap settings
 * — {@code benchmarks/run} starts it with the same flags as the forked benchmarks — and its
 * compiled code). Each iteration is one batch of {@value #BATCH} marks, as in
 * {@link RecordMarkBenchmark}:
 *
 * <ul>
 * <li>{@link #commandPath}: the whole path, {@code Journal.execute(teacher, RecordMark)} over the
 *     generated year with the whole catalogue — exactly {@link RecordMarkBenchmark#gateMode}: checks,
 *     rules, encoding, the audit append, the store, the views;</li>
 * <li>{@link #append}: the audit append alone for the same events, on their header and payload
 *     documents encoded beforehand: a fresh salt (written into the payload's salt bytes), the
 *     SHA-256 of the sealed payload, the leaf hash {@code SHA-256(0x00 ‖ header ‖ digest)}, the
 *     {@link LogEntry}, and the next {@link Frontier} (merging complete subtrees) — what
 *     {@code LogEntry.seal} and {@code Frontier.append} do apart from encoding, which any store
 *     needs anyway and so counts as the rest of the path;</li>
 * <li>{@link #appendWithEncoding}: the same append counting the encoding too: exactly what the
 *     journal calls, {@code LogEntry.seal(event, salt, hasher)} (header derived and encoded, payload
 *     sealed, both hashed) and {@code Frontier.append}.</li>
 * </ul>
 *
 * <p>The events are the very ones the journal accepts: the trial's set-up records the batch through
 * a journal once and keeps the accepted events (sequence, instant, actor, command, warnings), and
 * every iteration appends them to the frontier of the same year-long log the journal starts from.
 * The figure (in {@link RunBenchmarks}) is {@code append / (commandPath − append)}; issue 4 asks for
 * less than 1/3.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = AuditAppendBenchmark.BATCH)
@Measurement(iterations = 10, batchSize = AuditAppendBenchmark.BATCH)
@Fork(0)
public class AuditAppendBenchmark {

    /** Marks per iteration: the same batch as {@link RecordMarkBenchmark}. */
    public static final int BATCH = RecordMarkBenchmark.BATCH;

    /** The accepted events of one batch, encoded, and the frontier of the log they follow. */
    @State(Scope.Benchmark)
    public static class Encoded {
        List<JournalEvent> events;
        byte[][] headers;
        /** Each the sealed payload with its salt bytes still to fill: 16 bytes, then the payload document. */
        byte[][] sealed;
        Frontier start;

        /**
         * Records the batch through a journal once and encodes the accepted events.
         *
         * @param q the school, its log and the marks to record
         */
        @Setup(Level.Trial)
        public void record(RecordMarkBenchmark.Log q) {
            InMemoryStore store = Stores.of(q.model.id(), q.log);
            start = store.frontier(q.model.id());
            SteppingClock clock = new SteppingClock(q.log.get(q.log.size() - 1).recordedAt(), q.model.zone());
            Journal journal = Regulation.journal(q.model, Profile.defaults()).store(store).clock(clock).build();
            int n = Math.min(BATCH, q.marks.size());
            events = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                RecordMarkBenchmark.Entry e = q.marks.get(i);
                clock.set(e.at());
                Outcome o = journal.execute(e.actor(), e.command());
                if (!(o instanceof Outcome.Accepted a)) {
                    throw new IllegalStateException("mark " + i + " was rejected: " + o);
                }
                events.addAll(a.events());
            }
            headers = new byte[n][];
            sealed = new byte[n][];
            for (int i = 0; i < n; i++) {
                JournalEvent e = events.get(i);
                headers[i] = EventCodec.encodeHeader(EventCodec.header(e));
                byte[] document = EventCodec.encodePayload(EventPayload.of(e));
                sealed[i] = new byte[EventCodec.SALT_LENGTH + document.length];
                System.arraycopy(document, 0, sealed[i], EventCodec.SALT_LENGTH, document.length);
            }
            System.out.println("audit append: " + n + " accepted marks after " + start.size() + " entries, header "
                    + headers[0].length + " bytes, sealed payload " + sealed[0].length + " bytes");
        }
    }

    /** What the journal keeps for appending: its salts, its hasher and its frontier. */
    @State(Scope.Thread)
    public static class Appender {
        Salts salts;
        Hasher hasher;
        Frontier frontier;
        int next;

        /**
         * Starts every iteration from the frontier the journal starts from.
         *
         * @param s the encoded events
         */
        @Setup(Level.Iteration)
        public void fresh(Encoded s) {
            salts = new Salts();
            hasher = new Hasher();
            frontier = s.start;
            next = 0;
            CpuTimeProfiler.start();
        }

        /** Stops the CPU clock. */
        @TearDown(Level.Iteration)
        public void stop() {
            CpuTimeProfiler.stop();
        }

        int take(int available) {
            if (next == available) {
                throw new IllegalStateException("all " + available + " events were used in one iteration: "
                        + "use a smaller batch");
            }
            return next++;
        }
    }

    /**
     * The whole command path, as {@link RecordMarkBenchmark#gateMode}.
     *
     * @param g the journal, rebuilt for every iteration
     * @return the outcome
     */
    @Benchmark
    public Outcome commandPath(RecordMarkBenchmark.Gate g) {
        return RecordMarkBenchmark.execute(g);
    }

    /**
     * The audit append of the next event on its encoded bytes: salt, payload digest, leaf hash,
     * entry, next frontier.
     *
     * @param s the encoded events
     * @param a the salts, hasher and frontier
     * @return the entry
     */
    @Benchmark
    public LogEntry append(Encoded s, Appender a) {
        int i = a.take(s.events.size());
        byte[] header = s.headers[i];
        byte[] payload = s.sealed[i];
        System.arraycopy(a.salts.next(), 0, payload, 0, EventCodec.SALT_LENGTH);
        Hash digest = a.hasher.digest(payload);
        LogEntry entry = new LogEntry(s.events.get(i).sequence(), header, payload, digest, a.hasher.leaf(header, digest));
        a.frontier = a.frontier.append(entry.leafHash(), a.hasher);
        return entry;
    }

    /**
     * The audit append of the next event with its encoding, as the journal calls it.
     *
     * @param s the events
     * @param a the salts, hasher and frontier
     * @return the entry
     */
    @Benchmark
    public LogEntry appendWithEncoding(Encoded s, Appender a) {
        int i = a.take(s.events.size());
        LogEntry entry = LogEntry.seal(s.events.get(i), a.salts.next(), a.hasher);
        a.frontier = a.frontier.append(entry.leafHash(), a.hasher);
        return entry;
    }
}
