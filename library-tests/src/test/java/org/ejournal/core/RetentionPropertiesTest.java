package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.RetentionSchool.*;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ejournal.core.command.*;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.model.Id;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.retention.LegalHold;
import org.ejournal.core.retention.RecordKind;
import org.ejournal.core.retention.Retention;
import org.ejournal.core.retention.RetentionPlan;
import org.ejournal.core.retention.RetentionPolicy;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.Stores;
import org.ejournal.testkit.gen.Gen;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * Properties of retention for any day, any terms of a local act and any legal holds, over the school of
 * {@link RetentionSchool}: a purge never touches an entry whose term has not passed; without holds it
 * purges exactly what the hand-written oracle says is due; what is due and what is held together are
 * what is due without holds; holds keep what they name; nothing kept names something purged; the log
 * verifies with the same root; the purged journal equals a journal opened afresh; a later day's plan
 * holds the earlier day's. Cases are drawn as a test-kit {@link Gen}, from a seeded source through
 * {@link QuickTheoriesGens}.
 */
class RetentionPropertiesTest {

    private static final long SEED = 20_260_601L;
    private static final RetentionSchool SCHOOL = RetentionSchool.create();
    private static final List<SchoolYearId> YEARS = List.of(Y20, Y21, Y22);
    private static final List<StudentId> PUPILS = List.of(ANNA, BORIS, VERA);
    private static final LocalDate FIRST = LocalDate.of(2020, 9, 1);
    private static final int DAYS = (int) java.time.temporal.ChronoUnit.DAYS.between(FIRST, LocalDate.of(2062, 1, 1));

    /** One case: terms, two days (in order) and the holds in force. */
    record Case(RetentionPolicy policy, LocalDate day, LocalDate later, List<LegalHold> holds) {
    }

    private static Case draw(java.util.random.RandomGenerator r) {
        int journal = 1 + r.nextInt(8);
        RetentionPolicy policy = RetentionPolicy.of(journal, journal + r.nextInt(25));
        if (r.nextInt(3) == 0) {
            policy = policy.withCountFrom(MonthDay.of(1 + r.nextInt(12), 1 + r.nextInt(28)));
        }
        LocalDate day = FIRST.plusDays(r.nextInt(DAYS));
        LocalDate later = day.plusDays(r.nextInt(4000));
        List<LegalHold> holds = new ArrayList<>();
        for (SchoolYearId y : YEARS) {
            if (r.nextInt(8) == 0) {
                holds.add(LegalHold.ofYear(y, "запрос суда", CLERK_ID, day));
            }
            for (StudentId p : PUPILS) {
                if (r.nextInt(8) == 0) {
                    holds.add(LegalHold.ofPupil(y, p, "запрос прокуратуры", CLERK_ID, day));
                }
            }
        }
        return new Case(policy, day, later, holds);
    }

    @Test
    void a_purge_never_touches_what_has_not_passed_its_term_keeps_what_is_held_and_leaves_a_log_that_verifies() {
        Map<Long, org.ejournal.core.JournalEvent> events = new HashMap<>();
        try (var all = SCHOOL.store.events(SchoolFixture.SCHOOL_ID)) {
            all.forEach(e -> events.put(e.sequence(), e));
        }
        var root = SCHOOL.journal.root();
        int[] tally = new int[3];
        qt().withFixedSeed(SEED).withExamples(150).withShrinkCycles(100)
                .forAll(QuickTheoriesGens.of((Gen<Case>) RetentionPropertiesTest::draw))
                .checkAssert(c -> {
                    InMemoryStore store = Stores.copy(SCHOOL.store, SchoolFixture.SCHOOL_ID);
                    Journal journal = SCHOOL.reopen(store);
                    Retention retention = Retention.of(c.policy()).withHolds(c.holds());
                    RetentionPlan plan = retention.plan(journal, store, c.day());
                    TreeSet<Long> due = SCHOOL.dueOn(c.policy(), c.day());
                    Set<Long> held = new TreeSet<>(plan.held().stream().map(h -> h.entry().sequence()).toList());

                    // never anything whose term has not passed; due and held make up exactly what is due
                    assertThat(due).as("%s", c).containsAll(plan.sequences());
                    assertThat(java.util.Collections.disjoint(held, plan.sequences())).as("%s", c).isTrue();
                    TreeSet<Long> both = new TreeSet<>(plan.sequences());
                    both.addAll(held);
                    assertThat(both).as("%s", c).isEqualTo(due);
                    if (c.holds().isEmpty()) {
                        assertThat(plan.sequences()).as("%s", c).isEqualTo(due);
                    }
                    assertThat(plan.held()).allSatisfy(h -> assertThat(h.holds()).isNotEmpty());
                    assertThat(plan.unclassified()).isEmpty();

                    // what the holds name is kept
                    for (long s : plan.sequences()) {
                        RetentionSchool.Expect e = SCHOOL.expected.get(s);
                        List<Id> targets = EventCodec.header(events.get(s)).targets();
                        for (LegalHold h : c.holds()) {
                            boolean ofTheYear = (e.kind() == RecordKind.JOURNAL || e.kind() == RecordKind.SUMMARY_SHEET)
                                    && e.year().equals(h.year());
                            boolean named = h.pupil().isEmpty() || targets.contains(h.pupil().get());
                            assertThat(ofTheYear && named).as("%s purged despite %s", events.get(s), h).isFalse();
                        }
                    }

                    LogReport report = journal.purge(plan);

                    assertThat(report.isIntact()).isTrue();
                    assertThat(report.root()).isEqualTo(root);
                    assertThat(report.tombstones()).isEqualTo(plan.sequences().size());
                    // nothing kept names what a purged entry created
                    Set<Object> gone = new HashSet<>();
                    for (long s : plan.sequences()) {
                        created(events.get(s).command()).ifPresent(gone::add);
                    }
                    for (var e : events.values()) {
                        if (!plan.sequences().contains(e.sequence())) {
                            for (Id id : EventCodec.header(e).targets()) {
                                assertThat(gone).as("%s keeps %s, whose entry was purged", e, id).doesNotContain(id);
                            }
                        }
                    }
                    Journal reopened = SCHOOL.reopen(store);
                    assertThat(SchoolFixture.stateOf(journal).differences(SchoolFixture.stateOf(reopened))).isEmpty();
                    // a later day's plan holds what was due and gone
                    RetentionPlan later = retention.plan(journal, store, c.later());
                    TreeSet<Long> laterDue = SCHOOL.dueOn(c.policy(), c.later());
                    assertThat(laterDue).containsAll(due);
                    assertThat(laterDue).containsAll(later.sequences());
                    assertThat(java.util.Collections.disjoint(later.sequences(), plan.sequences())).isTrue();
                    tally[plan.isEmpty() ? 0 : plan.held().isEmpty() ? 1 : 2]++;
                });
        // the cases reach empty plans, plans without holds in play, and plans where holds keep something
        assertThat(java.util.Arrays.stream(tally).boxed().toList()).as("empty, unheld, held").allSatisfy(n -> assertThat(n).isGreaterThan(5));
    }

    @Test
    void plans_for_later_days_contain_those_for_earlier_days() {
        qt().withFixedSeed(SEED + 1).withExamples(150)
                .forAll(QuickTheoriesGens.of((Gen<Case>) RetentionPropertiesTest::draw))
                .checkAssert(c -> {
                    Retention retention = Retention.of(c.policy()).withHolds(c.holds());
                    RetentionPlan early = retention.plan(SCHOOL.journal, SCHOOL.store, c.day());
                    RetentionPlan late = retention.plan(SCHOOL.journal, SCHOOL.store, c.later());
                    assertThat(late.sequences()).as("%s", c).containsAll(early.sequences());
                    assertThat(retention.plan(SCHOOL.journal, SCHOOL.store, c.day())).isEqualTo(early);
                });
    }

    /** What a command creates, named independently of the library's classification. */
    private static Optional<Object> created(Command c) {
        Object id = null;
        if (c instanceof OpenSchoolYear y) {
            id = y.id();
        } else if (c instanceof DefineStudyPeriod p) {
            id = p.id();
        } else if (c instanceof CreateClass k) {
            id = k.id();
        } else if (c instanceof CreateGroup g) {
            id = g.id();
        } else if (c instanceof RecordLesson l) {
            id = l.id();
        } else if (c instanceof AssignTask t) {
            id = t.id();
        } else if (c instanceof AssignHomework h) {
            id = h.id();
        } else if (c instanceof RecordExamResult e) {
            id = e.id();
        } else if (c instanceof DeclareOutage o) {
            id = o.id();
        } else if (c instanceof RegisterStudent s) {
            id = s.id();
        } else if (c instanceof RegisterGuardian g) {
            id = g.id();
        } else if (c instanceof RegisterStaffMember s) {
            id = s.id();
        } else if (c instanceof DefineSubject s) {
            id = s.id();
        }
        return Optional.ofNullable(id);
    }
}
