package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.C5A;
import static org.ejournal.core.SchoolFixture.LESSON;
import static org.ejournal.core.SchoolFixture.MATH;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER_ID;
import static org.ejournal.core.SchoolFixture.MONDAY;
import static org.ejournal.rules.deadlines.Deadlines.acceptAt;
import static org.ejournal.rules.deadlines.Deadlines.at;
import static org.ejournal.rules.deadlines.Deadlines.codes;
import static org.ejournal.rules.deadlines.Deadlines.only;
import static org.ejournal.rules.deadlines.Deadlines.outstanding;
import static org.ejournal.rules.deadlines.Deadlines.rejectAt;

import java.time.LocalDate;
import java.util.List;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.WorkKind;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.LessonsAreEnteredOnTheirDay;
import org.junit.jupiter.api.Test;

class LessonsAreEnteredOnTheirDayTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LessonId TUESDAY_LESSON = LessonId.of("l-math-1006-3");

    private static RecordLesson tuesdayLesson(String topic) {
        return RecordLesson.of(TUESDAY_LESSON, C5A, MATH, TUESDAY, 3, MATH_TEACHER_ID, topic);
    }

    @Test
    void REG_4_a_lesson_entered_at_23_30_on_its_day_is_on_time() {
        SchoolFixture school = Deadlines.school();
        Outcome.Accepted accepted = acceptAt(school, at(TUESDAY, 23, 30), MATH_TEACHER, tuesdayLesson("Дроби"));
        assertThat(accepted.warnings()).isEmpty();
    }

    @Test
    void REG_4_a_lesson_entered_in_advance_is_not_late() {
        SchoolFixture school = Deadlines.school();
        assertThat(acceptAt(school, at(MONDAY, 18, 0), MATH_TEACHER, tuesdayLesson("Дроби")).warnings()).isEmpty();
    }

    @Test
    void REG_4_a_lesson_entered_the_next_morning_is_a_warning_saying_how_late_and_by_when() {
        SchoolFixture school = Deadlines.school();
        Violation v = only(acceptAt(school, at(TUESDAY.plusDays(1), 9, 15), MATH_TEACHER, tuesdayLesson("Дроби")));
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_LESSON_LATE);
        assertThat(v.clause()).isEqualTo("REG-4");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.concerns()).isEqualTo("lesson " + TUESDAY_LESSON);
        assertThat(v.messageRu()).contains("на 9 ч 15 мин").contains("до конца дня 06.10.2026")
                .contains("Asia/Kamchatka").contains("в день урока");
        assertThat(v.messageEn()).contains("9 h 15 min late").contains("by the end of 2026-10-06");
    }

    @Test
    void REG_4_a_lesson_entered_days_later_says_the_days() {
        SchoolFixture school = Deadlines.school();
        Violation v = only(acceptAt(school, at(TUESDAY.plusDays(2), 2, 0), MATH_TEACHER, tuesdayLesson("Дроби")));
        assertThat(v.messageRu()).contains("на 1 дн 2 ч");
    }

    @Test
    void REG_4_a_school_whose_act_makes_it_blocking_rejects_a_late_lesson_and_accepts_one_on_time() {
        Profile profile = Deadlines.blocking(LessonsAreEnteredOnTheirDay.NAME);
        SchoolFixture school = Deadlines.school(profile);
        Outcome.Rejected rejected = rejectAt(school, at(TUESDAY.plusDays(1), 0, 1), MATH_TEACHER,
                tuesdayLesson("Дроби"));
        assertThat(rejected.codes()).containsExactly(DeadlineRules.CODE_LESSON_LATE);
        assertThat(rejected.violations().get(0).isBlocking()).isTrue();
        assertThat(acceptAt(school, at(TUESDAY, 23, 59), MATH_TEACHER, tuesdayLesson("Дроби")).warnings()).isEmpty();
    }

    @Test
    void REG_4_a_topic_given_after_the_day_to_a_lesson_entered_without_one_is_late() {
        SchoolFixture school = Deadlines.school();
        assertThat(acceptAt(school, at(TUESDAY, 10, 0), MATH_TEACHER, tuesdayLesson(null)).warnings()).isEmpty();
        Violation v = only(acceptAt(school, at(TUESDAY.plusDays(1), 8, 0), MATH_TEACHER,
                new CorrectLesson(TUESDAY_LESSON, "Дроби", WorkKind.ORDINARY, "забыла тему")));
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_LESSON_LATE);
        assertThat(v.messageRu()).startsWith("тема урока").contains("на 8 ч");
    }

    @Test
    void REG_4_a_topic_given_on_the_day_or_a_topic_corrected_later_is_not_late() {
        SchoolFixture school = Deadlines.school();
        acceptAt(school, at(TUESDAY, 10, 0), MATH_TEACHER, tuesdayLesson(null));
        assertThat(acceptAt(school, at(TUESDAY, 20, 0), MATH_TEACHER,
                new CorrectLesson(TUESDAY_LESSON, "Дроби", WorkKind.ORDINARY, "тема")).warnings()).isEmpty();
        assertThat(acceptAt(school, at(TUESDAY.plusDays(3), 9, 0), MATH_TEACHER,
                new CorrectLesson(TUESDAY_LESSON, "Сложение дробей", WorkKind.ORDINARY, "уточнение")).warnings())
                .isEmpty();
    }

    @Test
    void REG_4_POL_1_5_an_audit_lists_the_lessons_whose_day_ended_without_a_topic() {
        Profile profile = Profile.defaults();
        SchoolFixture school = Deadlines.school(profile);
        acceptAt(school, at(TUESDAY, 10, 0), MATH_TEACHER, tuesdayLesson(null));

        assertThat(outstanding(Deadlines.audit(school, profile, at(TUESDAY, 23, 59)),
                DeadlineRules.CODE_LESSON_WITHOUT_TOPIC)).isEmpty();

        List<Violation> missing = outstanding(Deadlines.audit(school, profile, at(TUESDAY.plusDays(1), 0, 1)),
                DeadlineRules.CODE_LESSON_WITHOUT_TOPIC);
        assertThat(missing).extracting(Violation::concerns).containsExactly("lesson " + TUESDAY_LESSON);
        assertThat(missing.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(missing.get(0).messageRu()).contains("нет темы").contains("06.10.2026");
        assertThat(missing).extracting(Violation::concerns).doesNotContain("lesson " + LESSON);
    }

    @Test
    void REG_4_POL_1_5_an_audit_after_the_school_year_ended_still_lists_them_and_a_topic_entered_clears_them() {
        Profile profile = Profile.defaults();
        SchoolFixture school = Deadlines.school(profile);
        acceptAt(school, at(TUESDAY, 10, 0), MATH_TEACHER, tuesdayLesson(null));
        assertThat(outstanding(Deadlines.audit(school, profile, at(LocalDate.of(2027, 6, 30), 12, 0)),
                DeadlineRules.CODE_LESSON_WITHOUT_TOPIC)).hasSize(1);

        acceptAt(school, at(TUESDAY, 15, 0), MATH_TEACHER,
                new CorrectLesson(TUESDAY_LESSON, "Дроби", WorkKind.ORDINARY, "тема"));
        assertThat(outstanding(Deadlines.audit(school, profile, at(LocalDate.of(2027, 6, 30), 12, 0)),
                DeadlineRules.CODE_LESSON_WITHOUT_TOPIC)).isEmpty();
    }

    @Test
    void REG_4_gate_and_audit_find_the_same_late_lesson() {
        Profile profile = Profile.defaults();
        SchoolFixture school = Deadlines.school(profile);
        Outcome.Accepted accepted = acceptAt(school, at(TUESDAY.plusDays(1), 9, 0), MATH_TEACHER,
                tuesdayLesson("Дроби"));
        var report = Deadlines.audit(school, profile, at(TUESDAY.plusDays(1), 9, 0));
        long sequence = accepted.events().get(0).sequence();
        assertThat(report.findings().stream().filter(f -> f.sequence() == sequence).map(f -> f.violation()))
                .containsExactlyElementsOf(accepted.warnings());
        assertThat(codes(accepted)).containsExactly(DeadlineRules.CODE_LESSON_LATE);
    }
}
