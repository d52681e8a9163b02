package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.util.Set;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.CreateGroup;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.WorkKind;
import org.junit.jupiter.api.Test;

class LessonSlotsTest {

    private static final GroupId G5A_2 = GroupId.of("5a-g2-slots");
    private final SchoolFixture school = SchoolFixture.create();

    @Test
    void a_group_lesson_in_the_slot_of_a_whole_class_lesson_is_rejected() {
        // the fixture's LESSON is a whole-class lesson, number 2 on MONDAY
        Outcome.Rejected rejected = school.reject(RUS_TEACHER, RecordLesson.of(LessonId.of("l-g1"), C5A, RUSSIAN,
                MONDAY, 2, RUS_TEACHER_ID, "Диктант").withGroup(G5A_1));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.SLOT_TAKEN);
    }

    @Test
    void a_whole_class_lesson_in_the_slot_of_a_group_lesson_is_rejected() {
        school.accept(RUS_TEACHER, RecordLesson.of(LessonId.of("l-g1"), C5A, RUSSIAN, MONDAY, 3, RUS_TEACHER_ID,
                "Диктант").withGroup(G5A_1));

        Outcome.Rejected rejected = school.reject(MATH_TEACHER, RecordLesson.of(LessonId.of("l-all"), C5A, MATH,
                MONDAY, 3, MATH_TEACHER_ID, "Дроби"));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.SLOT_TAKEN);
    }

    @Test
    void two_groups_of_a_class_may_have_lessons_in_the_same_slot() {
        school.accept(ADMIN, new CreateGroup(G5A_2, C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)));
        school.accept(RUS_TEACHER, RecordLesson.of(LessonId.of("l-g1"), C5A, RUSSIAN, MONDAY, 3, RUS_TEACHER_ID,
                "Диктант").withGroup(G5A_1));

        school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("l-g2"), C5A, MATH, MONDAY, 3, MATH_TEACHER_ID,
                "Дроби").withGroup(G5A_2));
    }

    @Test
    void a_blank_topic_is_the_same_as_no_topic() {
        school.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("l-blank"), C5A, MATH, MONDAY, 4, MATH_TEACHER_ID,
                "   "));

        assertThat(school.state().lesson(LessonId.of("l-blank")).orElseThrow().topic()).isEmpty();
        Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                new CorrectLesson(LessonId.of("l-blank"), null, WorkKind.ORDINARY, "пустая тема"));
        assertThat(rejected.codes()).containsExactly(ViolationCodes.UNCHANGED);
    }
}
