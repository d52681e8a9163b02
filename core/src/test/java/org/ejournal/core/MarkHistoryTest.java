package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.time.Duration;
import java.util.Optional;
import org.ejournal.core.command.CancelMark;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.junit.jupiter.api.Test;

/** A mark's first revision is kept with the mark; its history must read the same as any other. */
class MarkHistoryTest {

    private final SchoolFixture school = SchoolFixture.create();

    @Test
    void a_mark_recorded_cancelled_recorded_again_and_corrected_keeps_every_revision_in_order() {
        school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
        school.clock.advance(Duration.ofMinutes(5));
        school.accept(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "не тот ученик"));
        school.clock.advance(Duration.ofMinutes(5));
        school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));
        school.clock.advance(Duration.ofMinutes(5));
        school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(5), "пересмотр работы"));

        var revisions = school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)).orElseThrow().revisions();

        assertThat(revisions).extracting(Revision::action)
                .containsExactly("RecordMark", "CancelMark", "RecordMark", "CorrectMark");
        assertThat(revisions).extracting(Revision::before)
                .containsExactly(Optional.empty(), Optional.of("3"), Optional.empty(), Optional.of("4"));
        assertThat(revisions).extracting(Revision::after)
                .containsExactly(Optional.of("3"), Optional.empty(), Optional.of("4"), Optional.of("5"));
        assertThat(revisions).extracting(Revision::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(revisions.get(0).recordedAt()).isBefore(revisions.get(1).recordedAt());
    }

    @Test
    void an_uncorrected_mark_has_one_revision_naming_who_recorded_it_and_when() {
        school.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(4)));

        var revisions = school.journal.history(DIRECTOR, EntryRef.mark(TASK, PETROV)).orElseThrow().revisions();

        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo(MATH_TEACHER);
            assertThat(r.recordedAt()).isEqualTo(school.clock.instant());
            assertThat(r.sequence()).isEqualTo(school.journal.size());
            assertThat(r.after()).contains("4");
        });
    }
}
