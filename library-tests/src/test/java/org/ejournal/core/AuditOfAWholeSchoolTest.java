package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ejournal.core.AuditReport.Finding;
import org.ejournal.core.AuditTest.Recorder;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.Step;
import org.junit.jupiter.api.Test;

/**
 * Audit mode over a whole school's quarter ({@link WholeSchools#FIRST_QUARTER}): one pass over the log,
 * each rule asked once per event and once at the end. Split from the core's {@code AuditTest}, whose
 * {@link Recorder} it uses.
 */
class AuditOfAWholeSchoolTest {

    @Test
    void a_whole_school_quarter_is_audited_in_one_pass_with_each_rule_asked_once_per_event() {
        GeneratedSchool school = WholeSchools.firstQuarter();
        List<JournalEvent> events = new ArrayList<>();
        for (Step step : school.steps()) {
            events.add(new JournalEvent(events.size() + 1, step.at(), step.actor(), step.command(), List.of()));
        }
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        Instant end = school.at(school.lastDay().plusDays(1), 9, 0);

        AuditReport report = Audit.run(school.school(), List.of(first, second), events.stream(), end);

        assertThat(report.events()).isEqualTo(events.size()).isEqualTo(school.steps().size())
                .isGreaterThan(school.expected().markCount() + school.expected().lessons().size());
        assertThat(report.applied()).isEqualTo(events.size());
        assertThat(first.candidates).hasSize(events.size());
        assertThat(second.calls).hasSize(events.size() + 1);
        long twos = events.stream().filter(e -> e.command() instanceof RecordMark m && m.value().equals(FivePoint.of(2)))
                .count();
        assertThat(twos).isPositive();
        Stream<Finding> found = report.findings().stream();
        assertThat(found.collect(Collectors.groupingBy(x -> x.violation().code(), Collectors.counting())))
                .containsOnlyKeys("TEST-2", "TEST-OUT").containsEntry("TEST-2", 2 * twos).containsEntry("TEST-OUT", 2L);
        assertThat(first.finalView.size()).isEqualTo(events.size());
    }
}
