package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.C5A;
import static org.ejournal.core.SchoolFixture.C5B;
import static org.ejournal.core.SchoolFixture.LESSON;
import static org.ejournal.core.SchoolFixture.MATH;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER_ID;
import static org.ejournal.core.SchoolFixture.MONDAY;
import static org.ejournal.core.SchoolFixture.RUSSIAN;
import static org.ejournal.core.SchoolFixture.RUS_TEACHER;
import static org.ejournal.core.SchoolFixture.RUS_TEACHER_ID;
import static org.ejournal.rules.deadlines.Deadlines.acceptAt;
import static org.ejournal.rules.deadlines.Deadlines.at;
import static org.ejournal.rules.deadlines.Deadlines.codes;
import static org.ejournal.rules.deadlines.Deadlines.only;
import static org.ejournal.rules.deadlines.Deadlines.rejectAt;

import java.time.LocalDate;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.LessonId;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.HomeworkIsEnteredInTime;
import org.junit.jupiter.api.Test;

/** The fixture's Monday: 5А has mathematics as lesson 2 (ends 10:10); these tests add a sixth lesson (ends 14:10). */
class HomeworkIsEnteredInTimeTest {

    private static final AssignHomework HOMEWORK = new AssignHomework(HomeworkId.of("hw-1"), LESSON, "№ 125, 126",
            MONDAY.plusDays(2));

    private static SchoolFixture withSixthLesson(Profile profile) {
        SchoolFixture school = Deadlines.school(profile);
        acceptAt(school, at(MONDAY, 10, 5), RUS_TEACHER,
                RecordLesson.of(LessonId.of("l-rus-1005-6"), C5A, RUSSIAN, MONDAY, 6, RUS_TEACHER_ID, "Причастие"));
        return school;
    }

    @Test
    void REG_6_homework_entered_within_two_hours_after_the_class_s_last_lesson_is_on_time() {
        SchoolFixture school = withSixthLesson(Profile.defaults());
        assertThat(acceptAt(school, at(MONDAY, 16, 10), MATH_TEACHER, HOMEWORK).warnings()).isEmpty();
    }

    @Test
    void REG_6_homework_entered_later_is_a_warning_naming_the_last_lesson_and_the_profile_hours() {
        SchoolFixture school = withSixthLesson(Profile.defaults());
        Violation v = only(acceptAt(school, at(MONDAY, 16, 30), MATH_TEACHER, HOMEWORK));
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_HOMEWORK_LATE);
        assertThat(v.clause()).isEqualTo("REG-6");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.concerns()).isEqualTo("homework hw-1");
        assertThat(v.messageRu()).contains("на 20 мин").contains("до 05.10.2026 16:10 по времени школы")
                .contains("2 часа").contains("6-й урок");
        assertThat(v.messageEn()).contains("20 min late").contains("by 2026-10-05 16:10").contains("2 h");
    }

    @Test
    void REG_6_without_later_lessons_the_deadline_follows_the_homework_s_own_lesson() {
        SchoolFixture school = Deadlines.school();
        assertThat(acceptAt(school, at(MONDAY, 12, 10), MATH_TEACHER, HOMEWORK).warnings()).isEmpty();
        SchoolFixture again = Deadlines.school();
        assertThat(codes(acceptAt(again, at(MONDAY, 12, 11), MATH_TEACHER, HOMEWORK)))
                .containsExactly(DeadlineRules.CODE_HOMEWORK_LATE);
    }

    @Test
    void REG_6_another_class_s_later_lessons_do_not_move_the_deadline() {
        SchoolFixture school = Deadlines.school();
        acceptAt(school, at(MONDAY, 10, 5), MATH_TEACHER,
                RecordLesson.of(LessonId.of("l-math-5b-1005-8"), C5B, MATH, MONDAY, 8, MATH_TEACHER_ID, "Дроби"));
        assertThat(codes(acceptAt(school, at(MONDAY, 13, 0), MATH_TEACHER, HOMEWORK)))
                .containsExactly(DeadlineRules.CODE_HOMEWORK_LATE);
    }

    @Test
    void REG_6_posting_homework_in_advance_is_fine() {
        SchoolFixture school = Deadlines.school();
        LocalDate friday = MONDAY.plusDays(4);
        LessonId fridayLesson = LessonId.of("l-math-1009-1");
        acceptAt(school, at(MONDAY, 11, 0), MATH_TEACHER,
                RecordLesson.of(fridayLesson, C5A, MATH, friday, 1, MATH_TEACHER_ID, null));
        assertThat(acceptAt(school, at(MONDAY, 11, 5), MATH_TEACHER,
                new AssignHomework(HomeworkId.of("hw-early"), fridayLesson, "Повторить § 3", friday.plusDays(3)))
                .warnings()).isEmpty();
    }

    @Test
    void REG_6_the_profile_sets_the_hours() {
        SchoolFixture school = withSixthLesson(Profile.builder().homeworkHoursAfterLessons(5).build());
        assertThat(acceptAt(school, at(MONDAY, 19, 0), MATH_TEACHER, HOMEWORK).warnings()).isEmpty();
        SchoolFixture strict = withSixthLesson(Profile.builder().homeworkHoursAfterLessons(0).build());
        Violation v = only(acceptAt(strict, at(MONDAY, 15, 0), MATH_TEACHER, HOMEWORK));
        assertThat(v.messageRu()).contains("на 50 мин").contains("0 часов");
    }

    @Test
    void REG_6_a_school_whose_act_makes_it_blocking_rejects_late_homework() {
        SchoolFixture school = withSixthLesson(Deadlines.blocking(HomeworkIsEnteredInTime.NAME));
        assertThat(rejectAt(school, at(MONDAY, 20, 0), MATH_TEACHER, HOMEWORK).codes())
                .containsExactly(DeadlineRules.CODE_HOMEWORK_LATE);
        assertThat(acceptAt(school, at(MONDAY, 15, 0), MATH_TEACHER, HOMEWORK).warnings()).isEmpty();
    }
}
