package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;
import org.junit.jupiter.api.Test;

class RecordingMarksTest {

    private final SchoolFixture school = SchoolFixture.create();

    @Test
    void a_mark_for_a_pupil_of_the_class_is_recorded_and_shows_on_the_page_and_in_the_diary() {
        Outcome.Accepted accepted = school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));

        assertThat(accepted.events()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(MATH_TEACHER);
            assertThat(e.recordedAt()).isEqualTo(school.clock.instant());
        });
        JournalPage page = school.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow();
        assertThat(page.columns()).singleElement().satisfies(c -> assertThat(c.lesson().id()).isEqualTo(LESSON));
        assertThat(page.rows()).extracting(JournalPage.Row::student)
                .containsExactly(ALEKSEEVA, IVANOVA, PETROV, SIDOROV);
        assertThat(page.row(IVANOVA).orElseThrow().marks()).containsEntry(TASK, FivePoint.of(5));
        assertThat(school.journal.diary(Actor.guardian(IVANOVA_MOTHER), IVANOVA, MONDAY, MONDAY).orElseThrow().marks())
                .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(FivePoint.of(5)));
    }

    @Test
    void a_mark_outside_the_five_point_scale_is_rejected_and_changes_nothing() {
        Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(6)));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.OUTSIDE_SCALE);
        assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.4c");
        assertThat(rejected.violations().get(0).messageRu()).contains("вне шкалы");
    }

    @Test
    void a_mark_for_a_pupil_of_another_class_is_rejected() {
        Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordMark.of(TASK, KUZNETSOV, FivePoint.of(4)));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.NOT_IN_CLASS);
    }

    @Test
    void a_mark_for_an_unknown_pupil_is_rejected() {
        Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                RecordMark.of(TASK, StudentId.of("nobody"), FivePoint.of(4)));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordMark.student");
    }

    @Test
    void a_correction_keeps_the_original_in_the_history() {
        school.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(3)));
        school.clock.advance(java.time.Duration.ofHours(1));
        school.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "ошибка при вводе"));

        var history = school.journal.history(DIRECTOR, EntryRef.mark(TASK, IVANOVA)).orElseThrow();
        assertThat(history.original()).contains("3");
        assertThat(history.current()).contains("4");
        assertThat(history.revisions().get(1).reason()).contains("ошибка при вводе");
        assertThat(history.revisions().get(1).before()).contains("3");
    }
}
