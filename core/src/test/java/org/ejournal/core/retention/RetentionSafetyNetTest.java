package org.ejournal.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.RetentionSchool.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ejournal.core.RetentionSchool;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.store.LogEntry;
import org.junit.jupiter.api.Test;

/**
 * The purge's last check (REG-8): a plan that would leave a kept entry without one it needs — which
 * {@link Retention} never makes, so the plan is built here by hand — is refused with
 * {@value Retention#WOULD_NOT_REPLAY} and nothing is purged.
 */
class RetentionSafetyNetTest {

    @Test
    void EJ1925_a_plan_that_would_purge_a_mark_but_keep_its_correction_is_refused_and_nothing_is_purged() {
        RetentionSchool school = RetentionSchool.create();
        long mark = school.about(ANNA, Set.of("RecordMark")).first();
        long correction = school.about(ANNA, Set.of("CorrectMark")).first();
        assertThat(correction).isGreaterThan(mark);
        RetentionPlan.Entry entry = new RetentionPlan.Entry(mark, "RecordMark", RecordKind.JOURNAL, Y20,
                LocalDate.of(2026, 6, 1));
        RetentionPlan plan = new RetentionPlan(SchoolFixture.SCHOOL_ID, LocalDate.of(2026, 6, 1),
                RetentionPolicy.defaults(), List.of(),
                RetentionPlan.LogFingerprint.of(school.store, SchoolFixture.SCHOOL_ID),
                List.of(new RetentionPlan.Group(Y20, RecordKind.JOURNAL, entry.dueSince(), "REC-7.2", "—", "—",
                        List.of(entry))), List.of(), List.of());
        var root = school.journal.root();

        assertThatThrownBy(() -> school.journal.purge(plan)).isInstanceOfSatisfying(RetentionException.class, e -> {
            assertThat(e.code()).isEqualTo(Retention.WOULD_NOT_REPLAY).isEqualTo("EJ1925");
            assertThat(e.clause()).isEqualTo("REG-8");
            assertThat(e.getMessage()).startsWith("EJ1925").contains("nothing was purged");
        });

        assertThat(school.store.entries(SchoolFixture.SCHOOL_ID).noneMatch(LogEntry::isTombstone)).isTrue();
        assertThat(school.journal.verify().isIntact()).isTrue();
        assertThat(school.journal.root()).isEqualTo(root);
        assertThat(school.reopen().size()).isEqualTo(school.journal.size());
    }
}
