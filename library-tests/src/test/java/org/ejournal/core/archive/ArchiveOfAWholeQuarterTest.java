package org.ejournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.ejournal.core.Journal;
import org.ejournal.core.WholeSchools;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.Step;
import org.ejournal.testkit.school.SteppingClock;
import org.junit.jupiter.api.Test;

/**
 * An archive restores the journal it was written from — same events, same state, same Merkle root, same
 * signed checkpoints — for a whole school's quarter ({@link WholeSchools#FIRST_QUARTER}). Split from the
 * core's {@code ArchiveRoundTripTest}, which keeps the small fixture school's cases.
 */
class ArchiveOfAWholeQuarterTest {

    @Test
    void a_realistic_quarter_round_trips_with_daily_checkpoints() {
        GeneratedSchool school = WholeSchools.firstQuarter();
        InMemoryStore store = InMemoryStore.create();
        SteppingClock clock = new SteppingClock(school.steps().get(0).at(), school.school().zone());
        Journal journal = Journal.builder().school(school.school()).store(store).clock(clock)
                .signer(ArchiveFixtures.SIGNER).build();
        LocalDate day = null;
        int days = 0;
        for (Step step : school.steps()) {
            clock.set(step.at());
            LocalDate today = step.at().atZone(school.school().zone()).toLocalDate();
            if (day != null && !today.equals(day)) {
                journal.checkpoint(); // at least daily (DESIGN.md §6)
            }
            if (!today.equals(day)) {
                days++;
            }
            day = today;
            journal.execute(step.actor(), step.command());
        }
        journal.checkpoint();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        ArchiveReport written = Archive.writeYear(school.school(), store, GeneratedSchool.YEAR, first, second);
        long t1 = System.nanoTime();
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(written.eventCount()).isEqualTo(journal.size()).isEqualTo(school.steps().size());
        // one at the end of each day with steps, and the one the journal makes itself when a period is closed
        assertThat(written.checkpoints()).isEqualTo(journal.checkpoints().size())
                .isEqualTo(days + school.expected().closedPeriods().size())
                .isGreaterThan(school.expected().schoolDays().size());

        ArchiveReport verified = Archive.verify(new ByteArrayInputStream(second.toByteArray()),
                List.of(ArchiveFixtures.SIGNER.verifier()));
        long t2 = System.nanoTime();
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.root()).isEqualTo(written.root()).contains(journal.root());

        InMemoryStore restored = InMemoryStore.create();
        Archive.restore(new ByteArrayInputStream(second.toByteArray()), restored, school.school().id());
        long t3 = System.nanoTime();
        System.out.printf("quarter archive: %d events, %d checkpoints, %d bytes (%d an event); two copies written in"
                + " %d ms, verified in %d ms, restored in %d ms%n", written.eventCount(), written.checkpoints(),
                first.size(), first.size() / written.eventCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);
        Journal again = Journal.builder().school(school.school()).store(restored).clock(clock)
                .signer(ArchiveFixtures.SIGNER).build();
        assertThat(again.size()).isEqualTo(journal.size());
        assertThat(ArchiveFixtures.state(again)).isEqualTo(ArchiveFixtures.state(journal));
        assertThat(again.root()).isEqualTo(journal.root());
        assertThat(again.checkpoints()).isEqualTo(journal.checkpoints());
        assertThat(again.verify().breaks()).isEmpty();
        assertThat(ArchiveFixtures.root(restored, school.school().id()))
                .isEqualTo(ArchiveFixtures.root(store, school.school().id())).isEqualTo(written.root().orElseThrow());
    }
}
