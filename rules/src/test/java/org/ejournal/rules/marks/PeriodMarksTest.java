package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.marks.MarkingSchool.weekdays;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ejournal.core.command.JoinGroup;
import org.ejournal.core.command.LeaveGroup;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.rules.AveragingPolicy;
import org.ejournal.rules.AveragingPolicy.Method;
import org.ejournal.rules.AveragingPolicy.Rounding;
import org.ejournal.rules.PeriodMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Suggestion;
import org.junit.jupiter.api.Test;

/**
 * {@link PeriodMarks#suggest} (§5a): worked examples on Ivanova's first-quarter mathematics marks. The
 * property over random marks, task types, weights and policies, drawn from the test kit, is in
 * library-tests' {@code PeriodMarksPropertiesTest}.
 */
class PeriodMarksTest {

    private static final TaskType PROJECT = new TaskType("project", "Проект", "Project");
    private static final Profile WEIGHTED = Profile.defaults();
    private static final Profile PLAIN = policy(Method.PLAIN, Rounding.THRESHOLDS);

    private final MarkingSchool school = MarkingSchool.withoutRules();

    private static Profile policy(Method method, Rounding rounding) {
        return Profile.builder().policyVersion("тест " + method + " " + rounding)
                .averaging(AveragingPolicy.defaults().withMethod(method).withRounding(rounding)).build();
    }

    /** Ivanova's marks at new mathematics lessons from 7 September, one task of the type each. */
    private List<TaskId> marks(TaskType type, int weight, int... marks) {
        List<TaskId> out = new ArrayList<>();
        List<LocalDate> days = weekdays(LocalDate.of(2026, 9, 7), marks.length);
        for (int i = 0; i < marks.length; i++) {
            TaskId task = school.task(school.mathLesson(days.get(i)), type, weight);
            school.mark(task, IVANOVA, marks[i]);
            out.add(task);
        }
        return out;
    }

    private Suggestion suggest(Profile profile) {
        return suggest(MATH, Q1, profile);
    }

    private Suggestion suggest(SubjectId subject, StudyPeriodId period, Profile profile) {
        return PeriodMarks.suggest(school.view(), IVANOVA, subject, period, profile);
    }

    private static BigDecimal decimal(String s) {
        return new BigDecimal(s);
    }

    @Test
    void a_weighted_mean_counts_a_test_paper_three_times_and_a_plain_mean_once_so_they_suggest_different_marks() {
        marks(TaskType.TEST_PAPER, 1, 2);
        marks(TaskType.CLASS_WORK, 1, 5, 5, 5);

        Suggestion weighted = suggest(WEIGHTED);
        Suggestion plain = suggest(PLAIN);

        // (2·3 + 5 + 5 + 5) / 6 = 3.50 → 3; (2 + 5 + 5 + 5) / 4 = 4.25 → 4
        assertThat(weighted.counted()).extracting(Suggestion.CountedMark::weight).containsExactlyInAnyOrder(3, 1, 1, 1);
        assertThat(weighted.mean()).contains(decimal("3.50"));
        assertThat(weighted.mark()).contains(FivePoint.of(3));
        assertThat(plain.counted()).extracting(Suggestion.CountedMark::weight).containsOnly(1);
        assertThat(plain.mean()).contains(decimal("4.25"));
        assertThat(plain.mark()).contains(FivePoint.of(4));
        assertThat(plain.policyVersion()).isEqualTo("тест PLAIN THRESHOLDS");
        assertThat(weighted.policyVersion()).isEqualTo("ejournal-defaults-1");
    }

    @Test
    void a_task_type_the_policy_does_not_weigh_counts_with_the_tasks_own_weight() {
        marks(PROJECT, 4, 3);
        marks(TaskType.CLASS_WORK, 1, 5);

        Suggestion s = suggest(WEIGHTED);

        // (3·4 + 5) / 5 = 3.40 → 3
        assertThat(s.counted()).extracting(Suggestion.CountedMark::taskType, Suggestion.CountedMark::weight)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("project", 4),
                        org.assertj.core.groups.Tuple.tuple("class-work", 1));
        assertThat(s.mean()).contains(decimal("3.40"));
        assertThat(s.mark()).contains(FivePoint.of(3));
    }

    @Test
    void at_a_mean_of_4_5_thresholds_suggest_4_and_half_up_suggests_5() {
        marks(TaskType.CLASS_WORK, 1, 4, 5);

        Suggestion thresholds = suggest(policy(Method.PLAIN, Rounding.THRESHOLDS));
        Suggestion halfUp = suggest(policy(Method.PLAIN, Rounding.HALF_UP));

        assertThat(thresholds.mean()).contains(decimal("4.50"));
        assertThat(thresholds.mark()).contains(FivePoint.of(4));
        assertThat(halfUp.mark()).contains(FivePoint.of(5));
    }

    @Test
    void at_a_mean_of_4_6_thresholds_suggest_4_and_half_up_suggests_5_and_at_4_67_both_suggest_5() {
        List<TaskId> tasks = marks(TaskType.CLASS_WORK, 1, 5, 5, 4, 5, 4);

        assertThat(suggest(policy(Method.PLAIN, Rounding.THRESHOLDS)).mean()).contains(decimal("4.60"));
        assertThat(suggest(policy(Method.PLAIN, Rounding.THRESHOLDS)).mark()).contains(FivePoint.of(4));
        assertThat(suggest(policy(Method.PLAIN, Rounding.HALF_UP)).mark()).contains(FivePoint.of(5));

        marks(TaskType.CLASS_WORK, 1, 5);
        assertThat(tasks).hasSize(5);
        assertThat(suggest(policy(Method.PLAIN, Rounding.THRESHOLDS)).mean()).contains(decimal("4.67"));
        assertThat(suggest(policy(Method.PLAIN, Rounding.THRESHOLDS)).mark()).contains(FivePoint.of(5));
        assertThat(suggest(policy(Method.PLAIN, Rounding.HALF_UP)).mark()).contains(FivePoint.of(5));
    }

    @Test
    void the_thresholds_are_the_local_acts() {
        marks(TaskType.CLASS_WORK, 1, 4, 5);
        Profile generous = Profile.builder().averaging(new AveragingPolicy(Method.PLAIN, java.util.Map.of(),
                Rounding.THRESHOLDS, List.of(decimal("4.5"), decimal("3.5"), decimal("2.5")))).build();

        assertThat(suggest(generous).mark()).contains(FivePoint.of(5));
    }

    @Test
    void the_suggestion_never_falls_below_2_even_half_up_from_marks_of_1() {
        marks(TaskType.CLASS_WORK, 1, 1, 1, 2);

        assertThat(suggest(policy(Method.PLAIN, Rounding.HALF_UP)).mean()).contains(decimal("1.33"));
        assertThat(suggest(policy(Method.PLAIN, Rounding.HALF_UP)).mark()).contains(FivePoint.of(2));
        assertThat(suggest(policy(Method.PLAIN, Rounding.THRESHOLDS)).mark()).contains(FivePoint.of(2));
    }

    @Test
    void passes_count_for_accumulation_but_not_in_the_mean() {
        for (LocalDate day : weekdays(LocalDate.of(2026, 9, 7), 3)) {
            school.mark(school.task(school.lesson(C5A, PE, day), TaskType.PRACTICAL_WORK), IVANOVA, PassFail.PASS);
        }

        Suggestion s = suggest(PE, Q1, WEIGHTED);

        assertThat(s.marks()).isEqualTo(3);
        assertThat(s.counted()).isEmpty();
        assertThat(s.mean()).isEmpty();
        assertThat(s.mark()).isEmpty();
        assertThat(s.minimumMarks()).isEqualTo(OptionalInt.of(3));
        assertThat(s.hoursPerWeek()).contains(decimal("2"));
        assertThat(s.tooFewMarks()).isFalse();
    }

    @Test
    void the_suggestion_counts_lessons_and_absences_but_not_lateness_nor_other_periods_or_subjects() {
        List<LocalDate> days = weekdays(LocalDate.of(2026, 9, 7), 4);
        List<LessonId> lessons = new ArrayList<>();
        for (LocalDate day : days) {
            lessons.add(school.mathLesson(day));
        }
        school.attendance(lessons.get(0), IVANOVA, "б");
        school.attendance(lessons.get(1), IVANOVA, "у");
        school.attendance(lessons.get(2), IVANOVA, "оп");
        school.mark(school.task(school.mathLesson(LocalDate.of(2026, 11, 9)), TaskType.CLASS_WORK), IVANOVA, 2);
        school.mark(school.task(school.lesson(C5A, RUSSIAN, days.get(0)), TaskType.DICTATION), IVANOVA, 2);
        school.mark(TASK, IVANOVA, 5);

        Suggestion s = suggest(WEIGHTED);

        assertThat(s.lessons()).isEqualTo(5); // four new and the fixture's lesson of 5 October
        assertThat(s.absences()).isEqualTo(2);
        assertThat(s.missedMostLessons()).isFalse();
        assertThat(s.marks()).isEqualTo(1);
        assertThat(s.counted()).singleElement().satisfies(m -> {
            assertThat(m.task()).isEqualTo(TASK);
            assertThat(m.date()).isEqualTo(MONDAY);
            assertThat(m.value()).isEqualTo(FivePoint.of(5));
            assertThat(m.numeric()).isEqualByComparingTo("5");
        });
        assertThat(s.mark()).contains(FivePoint.of(5));
        assertThat(s.minimumMarks()).isEqualTo(OptionalInt.of(5));
        assertThat(s.tooFewMarks()).isTrue();
        assertThat(s.notAttested()).isFalse();
    }

    @Test
    void a_pupil_who_missed_most_lessons_with_too_few_marks_is_suggested_н_а() {
        List<LocalDate> days = weekdays(LocalDate.of(2026, 9, 7), 3);
        for (LocalDate day : days) {
            school.attendance(school.mathLesson(day), IVANOVA, "н");
        }
        school.mark(TASK, IVANOVA, 5);

        Suggestion s = suggest(WEIGHTED);

        assertThat(s.lessons()).isEqualTo(4);
        assertThat(s.absences()).isEqualTo(3);
        assertThat(s.notAttested()).isTrue();
        assertThat(s.mean()).contains(decimal("5.00"));
        assertThat(s.mark()).contains(SpecialResults.NOT_ATTESTED);
    }

    @Test
    void a_pupil_who_moved_class_mid_quarter_is_judged_by_both_classes_lessons_and_the_last_class_curriculum() {
        school.markedMathLesson(LocalDate.of(2026, 9, 7), IVANOVA, 3);
        school.school.accept(ADMIN, RecordMovement.transfer(IVANOVA, C5B, order("9-у"), LocalDate.of(2026, 10, 12)));
        school.school.accept(ADMIN, org.ejournal.core.command.SetCurriculumLoad.of(C5B, MATH, 2));
        school.mark(school.task(school.lesson(C5B, MATH, LocalDate.of(2026, 10, 13)), TaskType.CLASS_WORK), IVANOVA,
                5);
        school.mathLesson(LocalDate.of(2026, 10, 14)); // 5А, after she left

        Suggestion s = suggest(WEIGHTED);

        assertThat(s.lessons()).isEqualTo(3); // 7 September and 5 October in 5А, 13 October in 5Б
        assertThat(s.marks()).isEqualTo(2);
        assertThat(s.mean()).contains(decimal("4.00"));
        assertThat(s.hoursPerWeek()).contains(decimal("2"));
        assertThat(s.minimumMarks()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void a_pupil_who_left_a_group_mid_quarter_is_judged_by_the_groups_lessons_of_the_days_she_was_in_it() {
        LessonId before = groupMathLesson(LocalDate.of(2026, 9, 7));
        school.mark(school.task(before, TaskType.CLASS_WORK), IVANOVA, 4);
        school.school.accept(ADMIN, new LeaveGroup(G5A_1, IVANOVA, LocalDate.of(2026, 10, 12)));
        groupMathLesson(LocalDate.of(2026, 10, 14)); // after she left the group
        school.school.accept(ADMIN, new JoinGroup(G5A_1, SIDOROV, LocalDate.of(2026, 10, 12)));

        Suggestion s = suggest(WEIGHTED);

        assertThat(s.lessons()).isEqualTo(2); // the group's lesson of 7 September and the class's of 5 October
        assertThat(s.marks()).isEqualTo(1);
        assertThat(PeriodMarks.suggest(school.view(), SIDOROV, MATH, Q1, WEIGHTED).lessons())
                .as("the class's lesson of 5 October and the group's of 14 October").isEqualTo(2);
    }

    /** A mathematics lesson of 5А's first group on the day. */
    private LessonId groupMathLesson(LocalDate day) {
        LessonId id = LessonId.of("l-g1-math-" + day);
        school.school.accept(MATH_TEACHER, RecordLesson.of(id, C5A, MATH, day, 7, MATH_TEACHER_ID, "Тема")
                .withGroup(G5A_1));
        return id;
    }

    @Test
    void nothing_is_suggested_without_a_mark_and_an_unknown_period_is_a_programming_error() {
        Suggestion s = suggest(WEIGHTED);

        assertThat(s.mark()).isEmpty();
        assertThat(s.mean()).isEmpty();
        assertThat(s.lessons()).isEqualTo(1);
        assertThatThrownBy(() -> suggest(MATH, StudyPeriodId.of("q9"), WEIGHTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ2349");
        assertThatThrownBy(() -> suggest(SubjectId.of("astronomy"), Q1, WEIGHTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ2349");
    }
}
