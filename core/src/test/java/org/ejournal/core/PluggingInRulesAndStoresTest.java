package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.rule.RuleId;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.ForwardingStore;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.StoreException;
import org.ejournal.core.view.JournalView;
import org.junit.jupiter.api.Test;

class PluggingInRulesAndStoresTest {

    /** A rule that warns about every mark of 2 and blocks every mark of 1. */
    static class NoMarksOfOne implements Rule {
        final List<JournalView> seen = new ArrayList<>();

        @Override
        public RuleId id() {
            return RuleId.of("NoMarksOfOne", "POL-4.4c");
        }

        @Override
        public Stream<Violation> check(JournalEvent candidate, JournalView view) {
            seen.add(view);
            if (candidate.command() instanceof RecordMark m && m.value().equals(FivePoint.of(1))) {
                return Stream.of(Violation.blocking("TEST-1", "POL-4.4c", "RecordMark.value", "единица", "a one"));
            }
            if (candidate.command() instanceof RecordMark m && m.value().equals(FivePoint.of(2))) {
                return Stream.of(Violation.warning("TEST-2", "POL-4.4c", "RecordMark.value", "двойка", "a two"));
            }
            return Stream.empty();
        }
    }

    private static Journal journalOver(JournalStore store, Rule... rules) {
        return Journal.builder().school(school()).store(store).rules(List.of(rules))
                .clock(new MutableClock(at(MONDAY, 12, 0), KAMCHATKA)).build();
    }

    @Test
    void a_blocking_violation_of_a_rule_rejects_the_command_and_changes_nothing() {
        SchoolFixture f = SchoolFixture.create();
        NoMarksOfOne rule = new NoMarksOfOne();
        Journal journal = journalOver(f.store, rule);
        long before = journal.size();

        Outcome outcome = journal.execute(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(1)));

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).codes()).containsExactly("TEST-1");
        assertThat(journal.size()).isEqualTo(before);
        assertThat(f.store.size(SCHOOL_ID)).isEqualTo(before);
        assertThat(rule.seen).hasSize(1);
    }

    @Test
    void a_warning_of_a_rule_is_recorded_with_the_accepted_event() {
        SchoolFixture f = SchoolFixture.create();
        Journal journal = journalOver(f.store, new NoMarksOfOne());

        Outcome outcome = journal.execute(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(2)));

        assertThat(outcome.isAccepted()).isTrue();
        Outcome.Accepted accepted = (Outcome.Accepted) outcome;
        assertThat(accepted.warnings()).extracting(Violation::code).containsExactly("TEST-2");
        assertThat(accepted.events().get(0).warnings()).extracting(Violation::code).containsExactly("TEST-2");
        try (Stream<JournalEvent> stored = f.store.events(SCHOOL_ID)) {
            assertThat(stored.reduce((a, b) -> b).orElseThrow().warnings()).extracting(Violation::code)
                    .containsExactly("TEST-2");
        }
    }

    @Test
    void rules_are_not_asked_about_commands_the_journal_already_refused() {
        SchoolFixture f = SchoolFixture.create();
        NoMarksOfOne rule = new NoMarksOfOne();
        Journal journal = journalOver(f.store, rule);

        Outcome outcome = journal.execute(MATH_TEACHER, RecordMark.of(TASK, KUZNETSOV, FivePoint.of(1)));

        assertThat(((Outcome.Rejected) outcome).codes()).containsExactly(ViolationCodes.NOT_IN_CLASS);
        assertThat(rule.seen).isEmpty();
    }

    @Test
    void a_rule_that_throws_is_a_programming_error_named_with_its_code_and_changes_nothing() {
        SchoolFixture f = SchoolFixture.create();
        Rule broken = TestRules.throwing("Broken", "REG-7");
        Journal journal = journalOver(f.store, broken);
        long before = journal.size();

        assertThatThrownBy(() -> journal.execute(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4))))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("EJ1900 rule Broken (REG-7)");
        assertThat(journal.size()).isEqualTo(before);
        assertThat(f.store.size(SCHOOL_ID)).isEqualTo(before);
    }

    @Test
    void a_store_that_fails_leaves_the_journal_unchanged() {
        SchoolFixture f = SchoolFixture.create();
        JournalStore failing = new ForwardingStore(f.store) {
            @Override
            public void append(SchoolId school, LogEntry entry, Frontier frontier) {
                throw new StoreException("EJ1901 disk full");
            }
        };
        Journal journal = journalOver(failing);
        long before = journal.size();

        assertThatThrownBy(() -> journal.execute(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4))))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("EJ1901");
        assertThat(journal.size()).isEqualTo(before);
        assertThat(journal.diary(MATH_TEACHER, IVANOVA, MONDAY, MONDAY).orElseThrow().marks()).isEmpty();
        assertThat(journal.root()).isEqualTo(f.journal.root());
        assertThat(f.journal.verify().isIntact()).isTrue();
    }

    @Test
    void a_journal_reopened_over_the_same_store_has_the_same_state() {
        SchoolFixture f = SchoolFixture.create();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

        Journal reopened = journalOver(f.store);

        assertThat(reopened.size()).isEqualTo(f.journal.size());
        assertThat(reopened.state()).isEqualTo(f.state());
        assertThat(reopened.page(DIRECTOR, C5A, MATH, Q1).orElseThrow())
                .isEqualTo(f.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow());
    }

    @Test
    void one_store_keeps_the_logs_of_several_schools_apart() {
        SchoolFixture f = SchoolFixture.create();
        InMemoryStore store = org.ejournal.core.store.Stores.copy(f.store, SCHOOL_ID);
        SchoolId other = SchoolId.of("other-school");

        assertThat(store.size(SCHOOL_ID)).isEqualTo(f.journal.size());
        assertThat(store.size(other)).isZero();
        assertThat(store.events(other)).isEmpty();
        assertThat(store.frontier(SCHOOL_ID)).isEqualTo(f.store.frontier(SCHOOL_ID));
        assertThat(AuditLog.verify(store, SCHOOL_ID, List.of()).isIntact()).isTrue();
    }

    @Test
    void the_in_memory_store_refuses_an_event_that_does_not_follow() {
        SchoolFixture f = SchoolFixture.create();
        LogEntry last = f.store.entries(SCHOOL_ID).reduce((a, b) -> b).orElseThrow();

        assertThatThrownBy(() -> f.store.append(SCHOOL_ID, last, f.store.frontier(SCHOOL_ID)))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("EJ1901");
        assertThat(f.journal.verify().isIntact()).isTrue();
    }

    @Test
    void a_rule_is_asked_only_about_the_commands_it_judges() {
        NoMarksOfOne marksOnly = new NoMarksOfOne() {
            @Override
            public boolean judges(Class<? extends org.ejournal.core.command.Command> command) {
                return command == RecordMark.class;
            }
        };
        SchoolFixture f = SchoolFixture.create();
        Journal journal = journalOver(f.store, marksOnly);

        journal.execute(MATH_TEACHER, org.ejournal.core.command.RecordAttendance.of(LESSON, IVANOVA, "н"));
        assertThat(marksOnly.seen).isEmpty();
        journal.execute(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(5)));
        assertThat(marksOnly.seen).hasSize(1);
    }
}
