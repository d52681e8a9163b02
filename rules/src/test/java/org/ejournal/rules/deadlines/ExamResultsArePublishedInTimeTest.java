package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.IVANOVA;
import static org.ejournal.core.SchoolFixture.MATH;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER;
import static org.ejournal.core.SchoolFixture.MONDAY;
import static org.ejournal.rules.deadlines.Deadlines.acceptAt;
import static org.ejournal.rules.deadlines.Deadlines.at;
import static org.ejournal.rules.deadlines.Deadlines.only;
import static org.ejournal.rules.deadlines.Deadlines.rejectAt;

import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.model.ExamKind;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.ExamResultsArePublishedInTime;
import org.junit.jupiter.api.Test;

/** An intermediate attestation in mathematics on Monday 2026-10-05: by default published by Wednesday 00:00. */
class ExamResultsArePublishedInTimeTest {

    private static final RecordExamResult RESULT = new RecordExamResult(ExamResultId.of("exam-1"), IVANOVA, MATH,
            ExamKind.INTERMEDIATE_ATTESTATION, MONDAY, FivePoint.of(4));

    @Test
    void POL_8_4_a_result_published_within_24_hours_after_the_exam_day_is_on_time() {
        SchoolFixture school = Deadlines.school();
        assertThat(acceptAt(school, at(MONDAY.plusDays(1), 23, 59), MATH_TEACHER, RESULT).warnings()).isEmpty();
        SchoolFixture same = Deadlines.school();
        assertThat(acceptAt(same, at(MONDAY.plusDays(2), 0, 0), MATH_TEACHER, RESULT).warnings()).isEmpty();
    }

    @Test
    void POL_8_4_a_result_published_later_is_a_warning_saying_the_hours_of_the_local_act() {
        SchoolFixture school = Deadlines.school();
        Violation v = only(acceptAt(school, at(MONDAY.plusDays(2), 1, 0), MATH_TEACHER, RESULT));
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_EXAM_RESULT_LATE);
        assertThat(v.clause()).isEqualTo("POL-8.4");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.concerns()).isEqualTo("exam result exam-1");
        assertThat(v.messageRu()).contains("на 1 ч").contains("до 07.10.2026 00:00 по времени школы")
                .contains("24 часов");
        assertThat(v.messageEn()).contains("1 h late").contains("24 h");
    }

    @Test
    void POL_8_4_the_profile_sets_the_hours() {
        SchoolFixture school = Deadlines.school(Profile.builder().publicationHours(48).build());
        assertThat(acceptAt(school, at(MONDAY.plusDays(2), 20, 0), MATH_TEACHER, RESULT).warnings()).isEmpty();
    }

    @Test
    void POL_8_4_a_school_whose_act_makes_it_blocking_rejects_a_late_result() {
        SchoolFixture school = Deadlines.school(Deadlines.blocking(ExamResultsArePublishedInTime.NAME));
        assertThat(rejectAt(school, at(MONDAY.plusDays(3), 9, 0), MATH_TEACHER, RESULT).codes())
                .containsExactly(DeadlineRules.CODE_EXAM_RESULT_LATE);
        assertThat(acceptAt(school, at(MONDAY, 18, 0), MATH_TEACHER, RESULT).warnings()).isEmpty();
    }
}
