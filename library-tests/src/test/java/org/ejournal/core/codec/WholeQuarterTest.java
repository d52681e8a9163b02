package org.ejournal.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.WholeSchools;
import org.ejournal.core.command.CreateGroup;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.StudentId;
import org.ejournal.testkit.school.ExpectedSchool;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.SchoolGenerator;
import org.ejournal.testkit.school.SchoolKnobs;
import org.ejournal.testkit.school.Step;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole quarter of a realistic school ({@link WholeSchools#FIRST_QUARTER}: 30 classes, about 850
 * pupils, 1 September – 26 October, with the quarter's period marks and its closing) as the events its
 * log would hold: each round-trips, and encoding is linear — an event's bytes depend on
 * that event alone, grow with its content by a fixed amount per element, and a log's bytes grow in
 * proportion to its events.
 */
class WholeQuarterTest {

    private static ExpectedSchool expected;
    private static List<JournalEvent> quarter;

    @BeforeAll
    static void recordTheQuarter() {
        GeneratedSchool school = WholeSchools.firstQuarter();
        expected = school.expected();
        quarter = events(school);
    }

    /** The events the journal records for the school's steps: sequence from 1, the step's instant and actor. */
    static List<JournalEvent> events(GeneratedSchool school) {
        List<JournalEvent> out = new ArrayList<>(school.steps().size());
        long sequence = 1;
        for (Step s : school.steps()) {
            out.add(new JournalEvent(sequence++, s.at(), s.actor(), s.command(), List.of()));
        }
        return out;
    }

    @Test
    void every_event_of_a_whole_quarter_round_trips() {
        long bytes = 0;
        int largest = 0;
        Map<String, Integer> byType = new HashMap<>();
        for (JournalEvent e : quarter) {
            byte[] b = EventCodec.encode(e);
            assertThat(EventCodec.decode(b)).isEqualTo(e);
            byte[] header = EventCodec.encodeHeader(EventCodec.header(e));
            assertThat(EventCodec.decodeHeader(header)).isEqualTo(EventCodec.header(e));
            assertThat(Sealed.leafData(e)).hasSize(header.length + Hash.LENGTH);
            bytes += b.length;
            largest = Math.max(largest, b.length);
            byType.merge(e.command().commandName(), 1, Integer::sum);
        }
        System.out.printf("quarter: %d events, %d bytes, %.1f bytes/event, largest %d; %s%n", quarter.size(), bytes,
                (double) bytes / quarter.size(), largest, byType);
        assertThat(quarter).as("an event at least for each lesson, mark and absence").hasSizeGreaterThan(
                (int) (expected.lessons().size() + expected.markCount() + expected.absenceCount()));
        assertThat(byType.keySet()).contains("RecordMark", "RecordAttendance", "RecordLesson", "RegisterStudent",
                "RecordMovement", "OpenSchoolYear", "RecordThematicPlan", "RecordPeriodMark", "ClosePeriod");
    }

    @Test
    void an_events_bytes_depend_on_that_event_alone() {
        List<byte[]> forward = new ArrayList<>();
        long start = System.nanoTime();
        for (JournalEvent e : quarter) {
            forward.add(EventCodec.encode(e));
        }
        long encoded = System.nanoTime();
        for (byte[] b : forward) {
            EventCodec.decode(b);
        }
        long decoded = System.nanoTime();
        for (JournalEvent e : quarter) {
            Sealed.leafData(e);
        }
        System.out.printf("per event (one cold run, not a benchmark): encode %.2f µs, decode %.2f µs, leaf data %.2f µs%n",
                (encoded - start) / 1e3 / quarter.size(), (decoded - encoded) / 1e3 / quarter.size(),
                (System.nanoTime() - decoded) / 1e3 / quarter.size());
        for (int i = quarter.size() - 1; i >= 0; i--) {
            assertThat(EventCodec.encode(quarter.get(i))).isEqualTo(forward.get(i));
        }
        // the same command late in the log takes as many bytes as early: fixed-width numbers
        JournalEvent first = quarter.get(0);
        JournalEvent late = new JournalEvent(Long.MAX_VALUE, first.recordedAt().plusSeconds(86_400L * 365 * 25),
                first.actor(), first.command(), first.warnings());
        assertThat(EventCodec.encode(late)).hasSameSizeAs(forward.get(0));
    }

    @Test
    void an_events_bytes_grow_by_a_fixed_amount_per_element() {
        int empty = groupOf(0).length;
        // each member: RECORD tag, count, STRING tag, length, 7 bytes of text
        int perMember = 1 + 4 + 1 + 4 + 7;
        for (int n : new int[] {1, 2, 10, 100, 1_000, 20_000}) {
            assertThat(groupOf(n)).as("a group of %d", n).hasSize(empty + n * perMember);
        }
    }

    private static byte[] groupOf(int n) {
        java.util.Set<StudentId> members = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            members.add(StudentId.of(String.format("s-%05d", i)));
        }
        return EventCodec.encode(CodecSamples.event(1, new CreateGroup(GroupId.of("g"), org.ejournal.core.SchoolFixture.C5A,
                "группа", members)));
    }

    @Test
    void a_logs_bytes_grow_in_proportion_to_its_events() {
        // one class a grade, so no other class of the grade to transfer to
        SchoolKnobs small = SchoolKnobs.builder().from(WholeSchools.FIRST_QUARTER)
                .classesPerGrade(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).transfers(0).build();
        List<JournalEvent> smallQuarter = events(SchoolGenerator.generate(small));
        double big = bytesPerEvent(quarter);
        double little = bytesPerEvent(smallQuarter);
        System.out.printf("bytes per event: %.1f over %d events in 11 classes, %.1f over %d in 30%n", little,
                smallQuarter.size(), big, quarter.size());
        assertThat(smallQuarter.size()).isLessThan(quarter.size() / 2);
        assertThat(little / big).as("%.1f bytes per event in 11 classes, %.1f in 30", little, big).isBetween(0.9, 1.1);
    }

    private static double bytesPerEvent(List<JournalEvent> events) {
        long bytes = 0;
        for (JournalEvent e : events) {
            bytes += EventCodec.encode(e).length;
        }
        return (double) bytes / events.size();
    }
}
