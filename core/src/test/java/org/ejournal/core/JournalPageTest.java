package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import org.ejournal.core.view.JournalPage;
import org.junit.jupiter.api.Test;

class JournalPageTest {

    private final SchoolFixture school = SchoolFixture.create();

    @Test
    void a_page_for_a_period_of_other_grades_is_refused() {
        Answer<JournalPage> answer = school.journal.page(DIRECTOR, C5A, MATH, H1);

        assertThat(answer.isGranted()).isFalse();
        assertThat(((Answer.Refused<JournalPage>) answer).violations()).extracting(Violation::code)
                .containsExactly(ViolationCodes.PERIOD_NOT_FOR_GRADE);
    }

    @Test
    void a_page_for_the_year_shows_every_lesson_of_the_year() {
        JournalPage page = school.journal.page(DIRECTOR, C5A, MATH, YEAR_PERIOD).orElseThrow();

        assertThat(page.columns()).extracting(c -> c.lesson().id()).containsExactly(LESSON);
        assertThat(page.period().label()).isEqualTo("год");
    }

    @Test
    void trusted_host_code_can_inspect_the_indexed_view() {
        long lessons = school.journal.inspect(view -> (long) view.lessons(C5A, MATH, YEAR_FIRST, YEAR_LAST).size());

        assertThat(lessons).isEqualTo(1);
    }
}
