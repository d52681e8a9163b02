package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.C5A;
import static org.ejournal.core.SchoolFixture.LESSON;
import static org.ejournal.core.SchoolFixture.MATH;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER_ID;
import static org.ejournal.core.SchoolFixture.MONDAY;
import static org.ejournal.core.SchoolFixture.PETROV;
import static org.ejournal.core.SchoolFixture.TASK;
import static org.ejournal.rules.deadlines.Deadlines.acceptAt;
import static org.ejournal.rules.deadlines.Deadlines.at;
import static org.ejournal.rules.deadlines.Deadlines.codes;
import static org.ejournal.rules.deadlines.Deadlines.only;
import static org.ejournal.rules.deadlines.Deadlines.rejectAt;

import java.time.LocalDate;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.rules.DayCounting;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.MarksAreEnteredWithinTheDeadline;
import org.junit.jupiter.api.Test;

/** The fixture's task is class work at Monday 2026-10-05's lesson: by default due by the end of Thursday 10-08. */
class MarksAreEnteredWithinTheDeadlineTest {

    private static final RecordMark MARK = RecordMark.of(TASK, PETROV, FivePoint.of(4));
    private static final Profile SCHOOL_DAYS = Profile.builder().dayCounting(DayCounting.SCHOOL_DAYS).build();

    /** Records a mathematics lesson on a day, with a class-work task, and returns the task. */
    private static TaskId lessonWithTask(SchoolFixture school, LocalDate day, TaskType type) {
        LessonId lesson = LessonId.of("l-math-" + day);
        TaskId task = TaskId.of("t-math-" + day);
        acceptAt(school, at(day, 9, 0), MATH_TEACHER, RecordLesson.of(lesson, C5A, MATH, day, 1, MATH_TEACHER_ID, "Тема"));
        acceptAt(school, at(day, 9, 1), MATH_TEACHER, AssignTask.of(task, lesson, type));
        return task;
    }

    @Test
    void REG_7_a_mark_entered_on_the_third_day_after_the_work_is_on_time() {
        SchoolFixture school = Deadlines.school();
        assertThat(acceptAt(school, at(MONDAY.plusDays(3), 23, 30), MATH_TEACHER, MARK).warnings()).isEmpty();
    }

    @Test
    void REG_7_a_mark_entered_four_days_after_the_work_is_a_warning_saying_the_local_act_s_days() {
        SchoolFixture school = Deadlines.school();
        Violation v = only(acceptAt(school, at(MONDAY.plusDays(4), 9, 0), MATH_TEACHER, MARK));
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_MARK_LATE);
        assertThat(v.clause()).isEqualTo("REG-7");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.concerns()).isEqualTo("mark " + TASK + "/" + PETROV);
        assertThat(v.messageRu()).contains("на 9 ч").contains("до конца дня 08.10.2026")
                .contains("3 календарных дня").contains("class-work");
        assertThat(v.messageEn()).contains("9 h late").contains("3 calendar days").contains("2026-10-08");
    }

    @Test
    void REG_7_test_papers_have_the_seven_days_of_their_task_type() {
        SchoolFixture school = Deadlines.school();
        TaskId paper = TaskId.of("t-math-1005-paper");
        acceptAt(school, at(MONDAY, 10, 30), MATH_TEACHER, AssignTask.of(paper, LESSON, TaskType.TEST_PAPER));
        assertThat(acceptAt(school, at(MONDAY.plusDays(7), 20, 0), MATH_TEACHER,
                RecordMark.of(paper, PETROV, FivePoint.of(5))).warnings()).isEmpty();
        Violation v = only(acceptAt(school, at(MONDAY.plusDays(8), 1, 0), MATH_TEACHER,
                RecordMark.of(paper, SchoolFixture.IVANOVA, FivePoint.of(3))));
        assertThat(v.messageRu()).contains("7 календарных дней").contains("test-paper").contains("на 1 ч");
    }

    @Test
    void REG_7_the_profile_sets_the_days() {
        SchoolFixture school = Deadlines.school(Profile.builder().markDays(1).build());
        assertThat(codes(acceptAt(school, at(MONDAY.plusDays(2), 0, 5), MATH_TEACHER, MARK)))
                .containsExactly(DeadlineRules.CODE_MARK_LATE);
        assertThat(acceptAt(school, at(MONDAY.plusDays(1), 23, 0), MATH_TEACHER,
                RecordMark.of(TASK, SchoolFixture.IVANOVA, FivePoint.of(5))).warnings()).isEmpty();
    }

    @Test
    void REG_7_counting_school_days_skips_the_weekend() {
        LocalDate friday = LocalDate.of(2026, 10, 9);
        // Friday + 3 school days = Wednesday 10-14; + 3 calendar days = Monday 10-12
        SchoolFixture bySchoolDays = Deadlines.school(SCHOOL_DAYS);
        TaskId task = lessonWithTask(bySchoolDays, friday, TaskType.CLASS_WORK);
        assertThat(acceptAt(bySchoolDays, at(friday.plusDays(5), 20, 0), MATH_TEACHER,
                RecordMark.of(task, PETROV, FivePoint.of(4))).warnings()).isEmpty();
        Violation late = only(acceptAt(bySchoolDays, at(friday.plusDays(6), 8, 0), MATH_TEACHER,
                RecordMark.of(task, SchoolFixture.IVANOVA, FivePoint.of(4))));
        assertThat(late.messageRu()).contains("3 учебных дня").contains("до конца дня 14.10.2026");
        assertThat(late.messageEn()).contains("3 school days");

        SchoolFixture byCalendar = Deadlines.school();
        TaskId same = lessonWithTask(byCalendar, friday, TaskType.CLASS_WORK);
        assertThat(codes(acceptAt(byCalendar, at(friday.plusDays(5), 20, 0), MATH_TEACHER,
                RecordMark.of(same, PETROV, FivePoint.of(4))))).containsExactly(DeadlineRules.CODE_MARK_LATE);
    }

    @Test
    void REG_7_counting_school_days_skips_the_autumn_vacation() {
        // Friday 10-23; the vacation is 10-26..11-03, so the three school days are 11-04, 11-05 and 11-06
        LocalDate friday = LocalDate.of(2026, 10, 23);
        SchoolFixture school = Deadlines.school(SCHOOL_DAYS);
        TaskId task = lessonWithTask(school, friday, TaskType.CLASS_WORK);
        assertThat(acceptAt(school, at(LocalDate.of(2026, 11, 6), 23, 59), MATH_TEACHER,
                RecordMark.of(task, PETROV, FivePoint.of(4))).warnings()).isEmpty();
        Violation late = only(acceptAt(school, at(LocalDate.of(2026, 11, 7), 0, 30), MATH_TEACHER,
                RecordMark.of(task, SchoolFixture.IVANOVA, FivePoint.of(4))));
        assertThat(late.messageRu()).contains("на 30 мин").contains("до конца дня 06.11.2026");
    }

    @Test
    void REG_7_a_correction_of_a_mark_made_later_is_not_a_late_entry() {
        SchoolFixture school = Deadlines.school();
        acceptAt(school, at(MONDAY, 11, 0), MATH_TEACHER, MARK);
        assertThat(acceptAt(school, at(MONDAY.plusDays(10), 11, 0), MATH_TEACHER,
                new CorrectMark(TASK, PETROV, FivePoint.of(5), "ошибка при вводе")).warnings()).isEmpty();
    }

    @Test
    void REG_7_a_school_whose_act_makes_it_blocking_rejects_a_late_mark() {
        SchoolFixture school = Deadlines.school(Deadlines.blocking(MarksAreEnteredWithinTheDeadline.NAME));
        Violation v = rejectAt(school, at(MONDAY.plusDays(4), 0, 0), MATH_TEACHER, MARK).violations().get(0);
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_MARK_LATE);
        assertThat(v.isBlocking()).isTrue();
        assertThat(acceptAt(school, at(MONDAY.plusDays(3), 23, 59), MATH_TEACHER, MARK).warnings()).isEmpty();
    }
}
