package org.ejournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.List;
import org.ejournal.core.Journal;
import org.ejournal.core.WholeSchools;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.SchoolGenerator;
import org.ejournal.testkit.school.SchoolKnobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A whole school year ({@link WholeSchools#FIRST_QUARTER}'s school over 38 weeks, 1 September 2026 –
 * 24 May 2027: some 300 000 events) archived, verified and restored, with the figures printed: the size
 * of the archive and the time each step takes, and the heap the archive's bytes take while held. Takes
 * a minute or two, so it runs only when asked:
 * {@code mvn -o -pl library-tests -am test -Dtest=ArchiveYearScaleTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dejournal.archive.year=true}.
 */
@EnabledIfSystemProperty(named = "ejournal.archive.year", matches = "true")
class ArchiveYearScaleTest {

    @Test
    void a_school_year_archives_verifies_and_restores() {
        GeneratedSchool school = SchoolGenerator.generate(
                SchoolKnobs.builder().from(WholeSchools.FIRST_QUARTER).weeks(38).build());
        InMemoryStore store = InMemoryStore.create();
        Journal journal = record(school, store);
        long heapWithJournal = used();

        for (String round : List.of("first run", "second run")) {
            CountingSink roomA = new CountingSink();
            CountingSink roomB = new CountingSink();
            long t0 = System.nanoTime();
            ArchiveReport written = Archive.writeYear(journal.school(), store, GeneratedSchool.YEAR, roomA, roomB);
            long t1 = System.nanoTime();
            assertThat(roomA.count).isEqualTo(roomB.count);
            assertThat(written.eventCount()).isEqualTo(journal.size()).isEqualTo(school.steps().size())
                    .isGreaterThan(school.expected().lessons().size() + school.expected().markCount());

            java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream((int) roomA.count);
            Archive.write(journal.school(), store, copy);
            byte[] bytes = copy.toByteArray();
            copy = null;
            long heapWithArchive = used();
            long t2 = System.nanoTime();
            ArchiveReport verified = Archive.verify(new ByteArrayInputStream(bytes),
                    List.of(ArchiveFixtures.SIGNER.verifier()));
            long t3 = System.nanoTime();
            assertThat(verified.problems()).isEmpty();
            assertThat(verified.root()).contains(journal.root());
            InMemoryStore restored = InMemoryStore.create();
            Archive.restore(new ByteArrayInputStream(bytes), restored, school.school().id());
            long t4 = System.nanoTime();
            assertThat(restored.frontier(school.school().id())).isEqualTo(store.frontier(school.school().id()));
            restored = null;
            bytes = null;
            System.out.printf("a school year, %s: %d events, archive %d bytes (%d an event, %d MB held while"
                    + " verifying); written to two destinations in %d ms, verified in %d ms, restored in %d ms%n",
                    round, written.eventCount(), roomA.count, roomA.count / written.eventCount(),
                    (heapWithArchive - heapWithJournal) >> 20, (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000,
                    (t4 - t3) / 1_000_000);
        }
    }

    private static Journal record(GeneratedSchool school, InMemoryStore store) {
        Journal journal = school.replayInto(Journal.builder().signer(ArchiveFixtures.SIGNER), store).journal();
        journal.checkpoint();
        return journal;
    }

    private static long used() {
        System.gc();
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** A destination that only counts: a medium without the memory a byte array would take. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
