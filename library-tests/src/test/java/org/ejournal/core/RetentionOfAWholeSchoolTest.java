package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ejournal.core.log.Hash;
import org.ejournal.core.retention.RecordKind;
import org.ejournal.core.retention.Retention;
import org.ejournal.core.retention.RetentionPlan;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogReport;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.Replay;
import org.ejournal.testkit.school.SchoolGenerator;
import org.ejournal.testkit.school.SchoolKnobs;
import org.ejournal.testkit.school.SteppingClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retention over a realistic school (the test kit's {@link SchoolGenerator}: twelve classes of grades 1–11,
 * some 280 pupils, three weeks of lessons, marks, absences, homework, groups, late enrolments, transfers
 * and withdrawals): every entry is classified, the journal
 * term purges the journal and the guardians, the summary sheet term all but the staff and subjects, and
 * the purged journal is the one a fresh journal opens to, with the same root.
 */
class RetentionOfAWholeSchoolTest {

    private static GeneratedSchool school;
    private static JournalStore store;
    private static Journal journal;
    private static SteppingClock clock;

    @BeforeAll
    static void recordTheQuarter() {
        school = SchoolGenerator.generate(SchoolKnobs.builder().seed(20_260_601L)
                .classesPerGrade(List.of(1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1)).minPupils(20).maxPupils(26)
                .guardianPercent(90).weeks(3).lateEnrolments(2).transfers(2).withdrawals(2).illnessPerMille(10)
                .build());
        Replay replay = school.replayInto(Journal.builder());
        store = replay.store();
        clock = replay.clock();
        journal = replay.journal();
    }

    private static Map<String, Long> actions(RetentionPlan plan) {
        return plan.due().stream().collect(Collectors.groupingBy(RetentionPlan.Entry::action, TreeMap::new,
                Collectors.counting()));
    }

    @Test
    void the_journal_term_takes_the_journal_and_the_guardians_and_the_summary_sheet_term_all_but_staff_and_subjects() {
        long start = System.nanoTime();
        RetentionPlan journals = Retention.defaults().plan(journal, store, LocalDate.of(2032, 6, 1));
        long planned = System.nanoTime() - start;

        assertThat(journals.unclassified()).isEmpty();
        assertThat(Retention.defaults().plan(journal, store, LocalDate.of(2032, 5, 31)).isEmpty()).isTrue();
        assertThat(journals.groups()).extracting(RetentionPlan.Group::kind)
                .containsExactly(RecordKind.JOURNAL, RecordKind.PERSONAL_DATA);
        assertThat(actions(journals).keySet()).contains("RecordLesson", "RecordMark", "RecordAttendance",
                "AssignTask", "AssignHomework", "CreateGroup", "RegisterGuardian", "LinkGuardian")
                .doesNotContain("RegisterStudent", "RecordMovement", "CreateClass", "OpenSchoolYear",
                        "DefineStudyPeriod", "RegisterStaffMember", "DefineSubject");
        Map<String, Long> all = new TreeMap<>();
        try (var entries = store.entries(school.school().id())) {
            entries.forEach(e -> all.merge(org.ejournal.core.codec.EventCodec.decodeHeader(e.header()).action(), 1L,
                    Long::sum));
        }
        long registers = all.getOrDefault("RegisterStaffMember", 0L) + all.getOrDefault("DefineSubject", 0L);
        long sheet = Stream.of("RegisterStudent", "RecordMovement", "CreateClass", "OpenSchoolYear",
                "DefineStudyPeriod", "RecordPeriodMark", "ClosePeriod", "RecordExamResult")
                .mapToLong(a -> all.getOrDefault(a, 0L)).sum();
        assertThat(all.get("RecordMovement")).isGreaterThan(all.get("RegisterStudent"));
        assertThat(journals.sequences()).hasSize((int) (journal.size() - registers - sheet));

        Hash root = journal.root();
        LogReport report = journal.purge(journals);

        assertThat(report.isIntact()).isTrue();
        assertThat(report.root()).isEqualTo(root);
        Journal fresh = Journal.builder().school(school.school()).store(store).clock(clock).build();
        assertThat(journal.state().differences(fresh.state())).isEmpty();

        RetentionPlan sheets = Retention.defaults().plan(journal, store, LocalDate.of(2052, 6, 1));
        assertThat(sheets.sequences()).hasSize((int) sheet);
        journal.purge(sheets);
        assertThat(journal.verify().tombstones()).isEqualTo(journal.size() - registers);
        assertThat(planned).as("planning %s entries, ns", journal.size()).isLessThan(20_000_000_000L);
    }

}
