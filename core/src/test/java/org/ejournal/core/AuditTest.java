package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ejournal.core.AuditReport.Finding;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.rule.RuleId;
import org.ejournal.core.view.JournalView;
import org.junit.jupiter.api.Test;

/**
 * Audit mode: recorded events replayed through the core's checks and the same rule objects, each
 * finding placed at its event's position in the log, and what is outstanding asked once at the end.
 */
class AuditTest {

    private static final Instant AS_OF = at(MONDAY.plusDays(7), 9, 0);

    /** Records what it is asked, in order; warns about every mark of 2. */
    static final class Recorder implements Rule {
        final List<String> calls = new ArrayList<>();
        boolean findsSomethingOutstanding = true;
        final List<JournalEvent> candidates = new ArrayList<>();
        JournalView finalView;

        @Override
        public RuleId id() {
            return RuleId.of("RecorderOfCalls", "REG-7");
        }

        @Override
        public Stream<Violation> check(JournalEvent candidate, JournalView view) {
            calls.add("check " + candidate.command().commandName());
            candidates.add(candidate);
            if (candidate.command() instanceof RecordMark m && m.value().equals(FivePoint.of(2))) {
                return Stream.of(Violation.warning("TEST-2", "REG-7", "RecordMark.value", "двойка", "a two"));
            }
            return Stream.empty();
        }

        @Override
        public Stream<Violation> outstanding(Instant asOf, JournalView view) {
            calls.add("outstanding " + asOf);
            finalView = view;
            return findsSomethingOutstanding
                    ? Stream.of(Violation.warning("TEST-OUT", "POL-1.5", "journal", "не хватает", "missing"))
                    : Stream.empty();
        }
    }

    /** Blocks every mark of 1: in audit mode a blocking finding does not stop the event being applied. */
    static final class NoOnes implements Rule {
        @Override
        public RuleId id() {
            return RuleId.of("NoOnes", "POL-4.4c");
        }

        @Override
        public Stream<Violation> check(JournalEvent candidate, JournalView view) {
            if (candidate.command() instanceof RecordMark m && m.value().equals(FivePoint.of(1))) {
                return Stream.of(Violation.blocking("TEST-1", "POL-4.4c", "RecordMark.value", "единица", "a one"));
            }
            return Stream.empty();
        }
    }

    private static List<JournalEvent> storedEvents(SchoolFixture f) {
        try (Stream<JournalEvent> events = f.store.events(SCHOOL_ID)) {
            return events.toList();
        }
    }

    private static JournalEvent event(Instant at, Actor actor, org.ejournal.core.command.Command command) {
        return new JournalEvent(1, at, actor, command, List.of());
    }

    @Test
    void a_clean_log_gives_no_findings_and_every_event_is_applied() {
        SchoolFixture f = SchoolFixture.create();
        List<JournalEvent> events = storedEvents(f);
        Recorder recorder = new Recorder();
        recorder.findsSomethingOutstanding = false;

        AuditReport report = Audit.run(school(), List.of(recorder), events.stream(), AS_OF);

        assertThat(report.events()).isEqualTo(events.size()).isEqualTo(f.journal.size());
        assertThat(report.applied()).isEqualTo(events.size());
        assertThat(report.findings()).isEmpty();
        assertThat(report.isClean()).isTrue();
        assertThat(recorder.candidates).hasSize(events.size());
    }

    @Test
    void each_candidate_is_judged_with_its_own_recorded_instant_and_actor() {
        SchoolFixture f = SchoolFixture.create();
        f.clock.set(at(MONDAY, 23, 30));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        Recorder recorder = new Recorder();

        Audit.run(school(), List.of(recorder), storedEvents(f).stream(), AS_OF);

        JournalEvent last = recorder.candidates.get(recorder.candidates.size() - 1);
        assertThat(last.recordedAt()).isEqualTo(at(MONDAY, 23, 30));
        assertThat(last.actor()).isEqualTo(MATH_TEACHER);
        assertThat(last.sequence()).isEqualTo(f.journal.size());
    }

    @Test
    void an_event_that_breaks_integrity_is_reported_at_its_position_and_not_applied_and_later_events_still_are() {
        SchoolFixture f = SchoolFixture.create();
        List<JournalEvent> events = new ArrayList<>(storedEvents(f));
        Instant t = at(MONDAY, 12, 0);
        StudentId nobody = StudentId.of("s-nobody");
        events.add(event(t, MATH_TEACHER, RecordMark.of(TASK, nobody, FivePoint.of(5))));
        int badPosition = events.size();
        events.add(event(t, MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4))));
        LessonId later = LessonId.of("l-math-1005-3");
        TaskId laterTask = TaskId.of("t-math-1005-3-cw");
        events.add(event(t, MATH_TEACHER, RecordLesson.of(later, C5A, MATH, MONDAY, 3, MATH_TEACHER_ID, "Дроби")));
        events.add(event(t, MATH_TEACHER, AssignTask.of(laterTask, later, TaskType.CLASS_WORK)));
        events.add(event(t, MATH_TEACHER, RecordMark.of(laterTask, PETROV, FivePoint.of(3))));
        Recorder recorder = new Recorder();

        AuditReport report = Audit.run(school(), List.of(recorder), events.stream(), AS_OF);

        assertThat(report.events()).isEqualTo(events.size());
        assertThat(report.applied()).isEqualTo(events.size() - 1);
        List<Finding> integrity = report.findings().stream().filter(x -> x.violation().code().startsWith("EJ"))
                .toList();
        assertThat(integrity).hasSize(1);
        assertThat(integrity.get(0).sequence()).isEqualTo(badPosition);
        assertThat(integrity.get(0).violation().code()).isEqualTo(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(integrity.get(0).violation().isBlocking()).isTrue();
        assertThat(recorder.candidates).as("the rules never see the broken event").hasSize(events.size() - 1)
                .noneMatch(c -> c.command() instanceof RecordMark m && m.student().equals(nobody));
        assertThat(recorder.finalView.mark(TASK, nobody)).isEmpty();
        assertThat(recorder.finalView.mark(TASK, IVANOVA)).isPresent();
        assertThat(recorder.finalView.mark(laterTask, PETROV)).isPresent();
        assertThat(recorder.candidates.get(recorder.candidates.size() - 1).sequence())
                .as("applied events are numbered without the broken one").isEqualTo(events.size() - 1);
    }

    @Test
    void rule_findings_carry_the_position_of_their_event_and_blocking_ones_do_not_stop_the_replay() {
        SchoolFixture f = SchoolFixture.create();
        List<JournalEvent> events = new ArrayList<>(storedEvents(f));
        Instant t = at(MONDAY, 12, 0);
        events.add(event(t, MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(2))));
        int two = events.size();
        events.add(event(t, MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(5))));
        events.add(event(t, MATH_TEACHER, RecordMark.of(TASK, SIDOROV, FivePoint.of(1))));
        int one = events.size();
        events.add(event(t, MATH_TEACHER, RecordMark.of(TASK, ALEKSEEVA, FivePoint.of(2))));
        int anotherTwo = events.size();
        Recorder recorder = new Recorder();

        AuditReport report = Audit.run(school(), List.of(recorder, new NoOnes()), events.stream(), AS_OF);

        assertThat(report.applied()).isEqualTo(events.size());
        assertThat(report.findings()).extracting(x -> x.sequence() + " " + x.violation().code())
                .containsExactly(two + " TEST-2", one + " TEST-1", anotherTwo + " TEST-2", "0 TEST-OUT");
        assertThat(report.blocking()).extracting(Finding::sequence).containsExactly((long) one);
        assertThat(report.isClean()).isFalse();
        assertThat(recorder.finalView.mark(TASK, SIDOROV)).as("applied despite the blocking finding").isPresent();
    }

    @Test
    void what_is_outstanding_is_asked_once_at_the_end_with_the_instant_given() {
        SchoolFixture f = SchoolFixture.create();
        List<JournalEvent> events = storedEvents(f);
        Recorder recorder = new Recorder();

        AuditReport report = Audit.run(school(), List.of(recorder), events.stream(), AS_OF);

        assertThat(recorder.calls).filteredOn(c -> c.startsWith("outstanding")).containsExactly("outstanding " + AS_OF);
        assertThat(recorder.calls.get(recorder.calls.size() - 1)).isEqualTo("outstanding " + AS_OF);
        assertThat(recorder.calls).hasSize(events.size() + 1);
        assertThat(report.findings()).extracting(Finding::sequence, x -> x.violation().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "TEST-OUT"));
        assertThat(recorder.finalView.size()).isEqualTo(events.size());
    }

    @Test
    void a_rule_that_throws_is_a_programming_error_with_code_EJ1900() {
        SchoolFixture f = SchoolFixture.create();
        Rule throwing = TestRules.throwing("Broken", "REG-7");
        Rule throwingAtTheEnd = new Rule() {
            @Override
            public RuleId id() {
                return RuleId.of("BrokenAtTheEnd", "POL-1.5");
            }

            @Override
            public Stream<Violation> check(JournalEvent candidate, JournalView view) {
                return Stream.empty();
            }

            @Override
            public Stream<Violation> outstanding(Instant asOf, JournalView view) {
                throw new IllegalArgumentException("no");
            }
        };

        assertThatThrownBy(() -> Audit.run(school(), List.of(throwing), storedEvents(f).stream(), AS_OF))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("EJ1900")
                .hasMessageContaining("Broken").hasCauseInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Audit.run(school(), List.of(throwingAtTheEnd), storedEvents(f).stream(), AS_OF))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("EJ1900")
                .hasMessageContaining("BrokenAtTheEnd").hasCauseInstanceOf(IllegalArgumentException.class);
    }
}
