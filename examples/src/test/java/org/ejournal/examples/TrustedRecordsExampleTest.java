package org.ejournal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejournal.core.archive.ArchiveProblem;
import org.ejournal.core.store.LogBreak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's "done when", through the public API: a year is recorded, closed, archived to two places,
 * one copy damaged, the other restored into an empty store with the same root hash; a tampered store
 * is caught by {@code verify()} with the exact entry named; retention purges exactly what is due and
 * nothing else.
 */
class TrustedRecordsExampleTest {

    static TrustedRecordsExample.Result r;

    @BeforeAll
    static void runTheScenario() {
        r = TrustedRecordsExample.run();
    }

    @Test
    void a_whole_year_is_recorded_and_closed_with_a_signed_checkpoint_for_each_quarter_and_the_year() {
        assertThat(r.rejected()).isZero();
        assertThat(r.events()).isGreaterThan(300);
        assertThat(r.checkpoints()).hasSize(5);
        assertThat(r.checkpoints().get(4)).startsWith("school-7.example.ru/journal\n");
    }

    @Test
    void the_damaged_copy_is_reported_and_the_other_restores_with_the_same_root() {
        assertThat(r.copyA().isIntact()).isFalse();
        assertThat(r.copyA().problems()).extracting(ArchiveProblem::code).containsOnly("EJ1905");
        assertThat(r.copyB().isIntact()).isTrue();
        assertThat(r.restoredRoot()).isEqualTo(r.root());
        assertThat(r.restoredPageEqual()).isTrue();
        assertThat(r.restoredVerify().isIntact()).isTrue();
        assertThat(r.restoredVerify().checkpoints()).isEqualTo(5);
    }

    @Test
    void a_mark_changed_in_the_store_is_caught_by_verify_naming_the_entry() {
        assertThat(r.tampered().breaks()).isNotEmpty();
        assertThat(r.tampered().breaks()).extracting(LogBreak::sequence).containsOnly(r.tamperedEntry());
        assertThat(r.tampered().breaks()).extracting(LogBreak::kind).contains(LogBreak.Kind.PAYLOAD_DIGEST_MISMATCH);
        assertThat(r.refusedToOpen()).startsWith("EJ1910").contains("entry " + r.tamperedEntry());
    }

    @Test
    void retention_purges_exactly_the_journal_after_five_years_and_keeps_the_summary_sheet() {
        assertThat(r.planBefore().sequences()).isEmpty();
        assertThat(r.planAfter().sequences()).isNotEmpty();
        // exactly the class journal: the teaching set-up, lessons, tasks and marks; nothing of the summary sheet
        assertThat(r.planAfter().sequences()).isEqualTo(r.journalEntries());
        long marksLessonsTasks = r.planAfter().due().size();
        assertThat(r.afterPurge().isIntact()).isTrue();
        assertThat(r.afterPurge().root()).isEqualTo(r.root());
        assertThat(r.afterPurge().tombstones()).isEqualTo(marksLessonsTasks);
        assertThat(r.marksKept()).isZero();
        assertThat(r.periodMarksKept()).isEqualTo(16);
    }
}
