package org.ejournal.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.archive.Archive;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.SchoolId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage contract ({@link JournalStore}), the same for every store: each implementation's test
 * extends this class and says how to make an empty store. The in-memory store, the SQLite store and
 * the PostgreSQL store all run it, so the same behaviour — including every rejection, which changes
 * nothing — holds on all of them.
 */
public abstract class JournalStoreContract {

    /** @return a new store holding nothing; called before each test */
    protected abstract JournalStore newStore();

    protected JournalStore store;
    private final Hasher hasher = new Hasher();
    protected static final SchoolId A = SchoolId.of("school-a");
    protected static final SchoolId B = SchoolId.of("school-b");

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    // ------------------------------------------------------------------ helpers

    /** A log of synthetic entries (the store neither hashes nor decodes), with the frontiers after each. */
    protected final class Log {
        public final List<LogEntry> entries = new ArrayList<>();
        public final List<Frontier> frontiers = new ArrayList<>(List.of(Frontier.empty()));
        private final String tag;

        Log(String tag) {
            this.tag = tag;
        }

        public LogEntry next() {
            long sequence = entries.size() + 1L;
            byte[] header = (tag + " header " + sequence).getBytes(StandardCharsets.UTF_8);
            byte[] payload = (tag + " payload " + sequence + " — Иванова, 5").getBytes(StandardCharsets.UTF_8);
            Hash digest = hasher.digest(payload);
            LogEntry e = new LogEntry(sequence, header, payload, digest, hasher.leaf(header, digest));
            entries.add(e);
            frontiers.add(frontier().append(e.leafHash(), hasher));
            return e;
        }

        public Frontier frontier() {
            return frontiers.get(frontiers.size() - 1);
        }

        public Log appendedTo(JournalStore to, SchoolId school, int count) {
            for (int i = 0; i < count; i++) {
                LogEntry e = next();
                to.append(school, e, frontier());
            }
            return this;
        }
    }

    protected Log log(String tag) {
        return new Log(tag);
    }

    protected static List<LogEntry> read(JournalStore store, SchoolId school) {
        try (Stream<LogEntry> entries = store.entries(school)) {
            return entries.toList();
        }
    }

    /** Asserts that the school's log holds exactly these entries and this frontier. */
    protected static void assertHolds(JournalStore store, SchoolId school, List<LogEntry> entries, Frontier frontier) {
        assertThat(store.size(school)).isEqualTo(entries.size());
        assertThat(read(store, school)).containsExactlyElementsOf(entries);
        assertThat(store.frontier(school)).isEqualTo(frontier);
    }

    // ------------------------------------------------------------------ the log

    @Test
    void an_unknown_school_has_an_empty_log() {
        assertThat(store.size(A)).isZero();
        assertThat(read(store, A)).isEmpty();
        assertThat(store.frontier(A)).isEqualTo(Frontier.empty());
        assertThat(store.checkpoints(A)).isEmpty();
    }

    @Test
    void entries_come_back_byte_for_byte_in_order_with_the_last_frontier() {
        Log log = log("a").appendedTo(store, A, 7);
        assertHolds(store, A, log.entries, log.frontier());
        LogEntry third = read(store, A).get(2);
        assertThat(third.header()).isEqualTo(log.entries.get(2).header());
        assertThat(third.payload()).isEqualTo(log.entries.get(2).payload());
        assertThat(third.payloadDigest()).isEqualTo(log.entries.get(2).payloadDigest());
        assertThat(third.leafHash()).isEqualTo(log.entries.get(2).leafHash());
    }

    @Test
    void a_batch_is_appended_whole_and_may_follow_single_appends() {
        Log log = log("a").appendedTo(store, A, 3);
        List<LogEntry> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(log.next());
        }
        store.appendAll(A, batch, log.frontier());
        log.appendedTo(store, A, 1);
        assertHolds(store, A, log.entries, log.frontier());
    }

    @Test
    void an_entry_that_does_not_follow_is_refused_and_nothing_changes() {
        Log log = log("a").appendedTo(store, A, 3);
        List<LogEntry> held = List.copyOf(log.entries);
        Frontier frontier = log.frontier();
        Log other = log("x");
        for (int i = 0; i < 5; i++) {
            other.next();
        }
        // a repeat of entry 3, a gap to entry 5
        assertRefused(() -> store.append(A, other.entries.get(2), other.frontiers.get(3)));
        assertRefused(() -> store.append(A, other.entries.get(4), other.frontiers.get(5)));
        assertHolds(store, A, held, frontier);
        // the first entry of a school must be entry 1
        assertRefused(() -> store.append(B, other.entries.get(1), other.frontiers.get(2)));
        assertThat(store.size(B)).isZero();
    }

    @Test
    void an_entry_with_a_frontier_of_another_size_is_refused_and_nothing_changes() {
        Log log = log("a").appendedTo(store, A, 2);
        LogEntry third = log.next();
        assertRefused(() -> store.append(A, third, log.frontiers.get(2)));
        assertHolds(store, A, log.entries.subList(0, 2), log.frontiers.get(2));
    }

    @Test
    void a_batch_with_a_gap_inside_is_refused_whole() {
        Log log = log("a").appendedTo(store, A, 2);
        LogEntry third = log.next();
        log.next();
        LogEntry fifth = log.next();
        assertRefused(() -> store.appendAll(A, List.of(third, fifth), log.frontier()));
        assertRefused(() -> store.appendAll(A, List.of(), log.frontiers.get(2)));
        assertHolds(store, A, log.entries.subList(0, 2), log.frontiers.get(2));
    }

    @Test
    void the_logs_of_several_schools_are_kept_apart() {
        Log a = log("a").appendedTo(store, A, 5);
        Log b = log("b").appendedTo(store, B, 3);
        a.appendedTo(store, A, 2);
        assertHolds(store, A, a.entries, a.frontier());
        assertHolds(store, B, b.entries, b.frontier());
        store.addCheckpoint(A, "checkpoint of a\n");
        store.purge(B, Set.of(1L));
        assertThat(store.checkpoints(B)).isEmpty();
        assertThat(read(store, A).get(0).isTombstone()).isFalse();
    }

    @Test
    void a_log_longer_than_a_chunk_streams_whole_and_not_what_is_appended_while_reading() {
        Log log = log("a");
        List<LogEntry> batch = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            batch.add(log.next());
        }
        store.appendAll(A, batch, log.frontier());
        List<LogEntry> read = new ArrayList<>();
        try (Stream<LogEntry> entries = store.entries(A)) {
            Iterator<LogEntry> it = entries.iterator();
            for (int i = 0; i < 10; i++) {
                read.add(it.next());
            }
            log.appendedTo(store, A, 5);
            it.forEachRemaining(read::add);
        }
        assertThat(read).containsExactlyElementsOf(log.entries.subList(0, 10_000));
        assertThat(store.size(A)).isEqualTo(10_005);
    }

    // ------------------------------------------------------------------ checkpoints and purges

    @Test
    void checkpoints_are_kept_in_the_order_they_were_added() {
        log("a").appendedTo(store, A, 2);
        store.addCheckpoint(A, "first\n— key signature\n");
        store.addCheckpoint(A, "second\n");
        store.addCheckpoint(B, "of b\n");
        store.addCheckpoint(A, "third\n");
        assertThat(store.checkpoints(A)).containsExactly("first\n— key signature\n", "second\n", "third\n");
        assertThat(store.checkpoints(B)).containsExactly("of b\n");
    }

    @Test
    void a_purge_leaves_tombstones_of_exactly_those_entries_and_may_be_repeated() {
        Log log = log("a").appendedTo(store, A, 6);
        store.purge(A, Set.of(2L, 5L));
        store.purge(A, Set.of(5L));
        List<LogEntry> expected = new ArrayList<>(log.entries);
        expected.set(1, expected.get(1).tombstone());
        expected.set(4, expected.get(4).tombstone());
        assertHolds(store, A, expected, log.frontier());
        assertThat(read(store, A).get(1).isTombstone()).isTrue();
        assertThat(read(store, A).get(1).header()).isEqualTo(log.entries.get(1).header());
        store.purge(A, Set.of());
        assertHolds(store, A, expected, log.frontier());
    }

    @Test
    void a_purge_of_an_entry_not_in_the_log_is_refused_and_purges_nothing() {
        Log log = log("a").appendedTo(store, A, 3);
        assertRefused(() -> store.purge(A, Set.of(1L, 4L)));
        assertRefused(() -> store.purge(A, Set.of(0L, 2L)));
        Set<Long> withNull = new HashSet<>();
        withNull.add(2L);
        withNull.add(null);
        assertRefused(() -> store.purge(A, withNull));
        assertRefused(() -> store.purge(B, Set.of(1L)));
        assertHolds(store, A, log.entries, log.frontier());
    }

    // ------------------------------------------------------------------ a journal over the store

    @Test
    void a_journal_reopened_from_the_store_has_exactly_the_state_it_had() {
        SchoolFixture f = SchoolFixture.over(store, b -> b);
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(3)));
        f.reject(MATH_TEACHER, RecordMark.of(TASK, org.ejournal.core.model.StudentId.of("nobody"), FivePoint.of(5)));

        Journal reopened = Journal.builder().school(school()).store(store).clock(f.clock).build();

        assertThat(reopened.size()).isEqualTo(f.journal.size()).isEqualTo(store.size(SCHOOL_ID));
        assertThat(reopened.root()).isEqualTo(f.journal.root());
        assertThat(SchoolFixture.stateOf(reopened)).isEqualTo(f.state());
        assertThat(reopened.page(DIRECTOR, C5A, MATH, Q1).orElseThrow())
                .isEqualTo(f.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow());
        assertThat(reopened.verify().isIntact()).isTrue();
        // and it goes on where the first left off
        assertThat(reopened.execute(MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(4))))
                .isInstanceOf(Outcome.Accepted.class);
        assertThat(store.size(SCHOOL_ID)).isEqualTo(f.journal.size() + 1);
    }

    @Test
    void a_second_journal_over_a_log_that_moved_on_is_refused_by_the_store_and_changes_nothing() {
        SchoolFixture f = SchoolFixture.over(store, b -> b);
        Journal stale = Journal.builder().school(school()).store(store).clock(f.clock).build();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        long size = store.size(SCHOOL_ID);

        assertThatThrownBy(() -> stale.execute(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(4))))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("EJ1901")
                .hasMessageContaining("another writer appended");

        assertThat(store.size(SCHOOL_ID)).isEqualTo(size);
        assertThat(stale.size()).isEqualTo(size - 1);
        assertThat(f.journal.verify().isIntact()).isTrue();
    }

    @Test
    void checkpoints_and_an_archive_restored_into_the_store_give_the_same_root_and_page() {
        Ed25519CheckpointSigner signer = Ed25519CheckpointSigner.generate("ejournal/" + SCHOOL_ID.value());
        SchoolFixture f = SchoolFixture.create(b -> b.signer(signer));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        f.journal.checkpoint();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        Archive.write(school(), f.store, archive);

        Archive.restore(new ByteArrayInputStream(archive.toByteArray()), store, SCHOOL_ID, List.of(signer.verifier()));

        Journal restored = Journal.builder().school(school()).store(store).clock(f.clock).verifiers(
                List.of(signer.verifier())).build();
        assertThat(restored.root()).isEqualTo(f.journal.root());
        assertThat(restored.checkpoints()).isEqualTo(f.journal.checkpoints());
        assertThat(restored.page(DIRECTOR, C5A, MATH, Q1).orElseThrow())
                .isEqualTo(f.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow());
        assertThat(restored.verify().isIntact()).isTrue();
    }

    // ------------------------------------------------------------------ concurrency

    /**
     * @return another store object over the same data, as a second process or node of the host would
     *     open it; by default this test's store itself
     */
    protected JournalStore anotherStoreOverTheSameData() {
        return store;
    }

    @Test
    void threads_recording_for_the_same_and_for_different_schools_lose_nothing_and_duplicate_nothing()
            throws Exception {
        int schools = 3;
        int threadsPerSchool = 3;
        int commandsPerThread = 15;
        List<Journal> journals = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            JournalStore over = s == 0 ? store : anotherStoreOverTheSameData();
            org.ejournal.core.model.School school = org.ejournal.core.model.School.builder()
                    .id(SchoolId.of("busy-school-" + s)).name("Школа № " + s).zone(KAMCHATKA).build();
            Journal j = Journal.builder().school(school).store(over).clock(new org.ejournal.core.MutableClock(
                    at(MONDAY, 10, 0), KAMCHATKA)).build();
            assertThat(j.execute(INSTALLER, staff("admin"))).isInstanceOf(Outcome.Accepted.class);
            journals.add(j);
        }
        java.util.Map<SchoolId, java.util.Set<String>> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                schools * threadsPerSchool);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (Journal j : journals) {
            java.util.Set<String> acks = acknowledged.computeIfAbsent(j.school().id(),
                    k -> java.util.concurrent.ConcurrentHashMap.newKeySet());
            for (int t = 0; t < threadsPerSchool; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < commandsPerThread; i++) {
                        String id = "staff-" + thread + "-" + i;
                        if (j.execute(Actor.staff(org.ejournal.core.model.StaffId.of("admin")), staff(id))
                                instanceof Outcome.Accepted) {
                            assertThat(acks.add(id)).isTrue();
                        }
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (var f : done) {
            f.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();

        for (Journal j : journals) {
            SchoolId id = j.school().id();
            assertThat(acknowledged.get(id)).hasSize(threadsPerSchool * commandsPerThread);
            Journal reopened = Journal.builder().school(j.school()).store(store).build();
            assertThat(reopened.verify().isIntact()).isTrue();
            assertThat(reopened.root()).isEqualTo(j.root());
            List<String> recorded;
            try (Stream<org.ejournal.core.JournalEvent> events = store.events(id)) {
                recorded = events.map(e -> e.command())
                        .filter(c -> c instanceof org.ejournal.core.command.RegisterStaffMember)
                        .map(c -> ((org.ejournal.core.command.RegisterStaffMember) c).id().value())
                        .filter(s -> !s.equals("admin")).toList();
            }
            assertThat(recorded).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged.get(id));
        }
    }

    private static org.ejournal.core.command.RegisterStaffMember staff(String id) {
        return org.ejournal.core.command.RegisterStaffMember.of(org.ejournal.core.model.StaffId.of(id),
                org.ejournal.core.model.PersonName.of("Сотрудникова", "Анна", null),
                id.equals("admin") ? org.ejournal.core.model.StaffRole.JOURNAL_ADMINISTRATOR
                        : org.ejournal.core.model.StaffRole.TEACHER);
    }

    // ------------------------------------------------------------------ arguments

    @Test
    void null_arguments_are_refused_with_a_null_pointer_exception() {
        Log log = log("a");
        LogEntry first = log.next();
        assertThatThrownBy(() -> store.append(null, first, log.frontier())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.append(A, null, log.frontier())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.append(A, first, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.addCheckpoint(A, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.purge(A, null)).isInstanceOf(NullPointerException.class);
        assertThat(store.size(A)).isZero();
    }

    protected static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(StoreException.class).hasMessageStartingWith("EJ1901");
    }
}
