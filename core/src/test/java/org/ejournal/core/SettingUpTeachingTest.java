package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.EntryHistory;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who teaches what, how much and by which plan: class teachers (POL-4.6), weekly hours
 * (POL-4.4c), subject teachers of classes and groups (POL-3.4) and calendar-thematic plans
 * (POL-4.4a).
 */
class SettingUpTeachingTest {

    static final SubjectId HISTORY = SubjectId.of("history");
    static final ClassId C5V = ClassId.of("5v");

    private final SchoolFixture school = SchoolFixture.create();

    private static List<String> concerns(Outcome.Rejected rejected) {
        return rejected.violations().stream().map(Violation::concerns).toList();
    }

    @Nested
    class ClassTeachers {

        @Test
        void a_teacher_becomes_the_class_teacher_of_a_class() {
            assertThat(school.state().classTeacher(C5B)).isEmpty();

            school.accept(ADMIN, new AssignClassTeacher(C5B, MATH_TEACHER_ID));

            assertThat(school.state().classTeacher(C5B)).contains(MATH_TEACHER_ID);
            assertThat(school.state().classTeacher(C5A)).contains(RUS_TEACHER_ID);
        }

        @Test
        void a_later_class_teacher_replaces_the_earlier_one() {
            school.accept(ADMIN, new AssignClassTeacher(C5A, DIRECTOR_ID));

            assertThat(school.state().classTeacher(C5A)).contains(DIRECTOR_ID);
        }

        @Test
        void a_staff_member_who_is_not_a_teacher_cannot_be_a_class_teacher() {
            Outcome.Rejected clerk = school.reject(ADMIN, new AssignClassTeacher(C5A, CLERK_ID));
            Outcome.Rejected admin = school.reject(ADMIN, new AssignClassTeacher(C5A, ADMIN_ID));

            assertThat(clerk.codes()).containsExactly(NOT_A_TEACHER);
            assertThat(concerns(clerk)).containsExactly("AssignClassTeacher.teacher");
            assertThat(clerk.violations().get(0).clause()).isEqualTo("POL-4.6");
            assertThat(admin.codes()).containsExactly(NOT_A_TEACHER);
            assertThat(school.state().classTeacher(C5A)).contains(RUS_TEACHER_ID);
        }

        @Test
        void an_unknown_staff_member_cannot_be_a_class_teacher() {
            Outcome.Rejected rejected = school.reject(ADMIN, new AssignClassTeacher(C5A, StaffId.of("t-ghost")));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("AssignClassTeacher.teacher");
        }

        @Test
        void an_unknown_class_cannot_get_a_class_teacher() {
            Outcome.Rejected rejected = school.reject(ADMIN, new AssignClassTeacher(C5V, MATH_TEACHER_ID));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("AssignClassTeacher.schoolClass");
            assertThat(school.state().classTeacher(C5V)).isEmpty();
        }
    }

    @Nested
    class CurriculumLoads {

        @Test
        void the_weekly_hours_of_a_subject_in_a_class_are_set_and_a_later_setting_replaces_them() {
            school.accept(ADMIN, new SetCurriculumLoad(C5A, MATH, new BigDecimal("4.5")));

            assertThat(school.state().curriculumLoad(C5A, MATH)).map(CurriculumLoad::hoursPerWeek)
                    .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("4.5"));
            assertThat(school.state().curriculumLoad(C5B, MATH)).map(CurriculumLoad::hoursPerWeek)
                    .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("5"));
            assertThat(school.state().curriculum(C5A)).extracting(CurriculumLoad::subject)
                    .containsExactlyInAnyOrder(MATH, RUSSIAN, PE);
        }

        @Test
        void a_load_for_an_unknown_class_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, SetCurriculumLoad.of(C5V, MATH, 5));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("SetCurriculumLoad.schoolClass");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.4c");
        }

        @Test
        void a_load_for_an_unknown_subject_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, SetCurriculumLoad.of(C5A, HISTORY, 2));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("SetCurriculumLoad.subject");
            assertThat(school.state().curriculumLoad(C5A, HISTORY)).isEmpty();
        }

        @Test
        void a_load_for_an_unknown_class_and_subject_reports_both() {
            Outcome.Rejected rejected = school.reject(ADMIN, SetCurriculumLoad.of(C5V, HISTORY, 2));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE, UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("SetCurriculumLoad.schoolClass", "SetCurriculumLoad.subject");
        }
    }

    @Nested
    class SubjectTeachers {

        @Test
        void a_teacher_is_assigned_to_a_subject_of_a_class() {
            school.accept(ADMIN, AssignTeacher.of(C5A, PE, DIRECTOR_ID));

            TeachingAssignment expected = new TeachingAssignment(C5A, PE, DIRECTOR_ID, Optional.empty());
            assertThat(school.state().teachingAssignments(C5A, PE)).containsExactly(expected);
            assertThat(school.state().assignmentsOf(DIRECTOR_ID)).containsExactly(expected);
        }

        @Test
        void a_teacher_is_assigned_to_a_group_of_the_class_besides_the_whole_class_teacher() {
            school.accept(ADMIN, new AssignTeacher(C5A, RUSSIAN, DIRECTOR_ID, G5A_1));
            school.accept(ADMIN, new AssignTeacher(C5A, MATH, MATH_TEACHER_ID, G5A_1));

            assertThat(school.state().teachingAssignments(C5A, RUSSIAN)).containsExactly(
                    new TeachingAssignment(C5A, RUSSIAN, RUS_TEACHER_ID, Optional.empty()),
                    new TeachingAssignment(C5A, RUSSIAN, DIRECTOR_ID, Optional.of(G5A_1)));
            assertThat(school.state().assignmentsOf(MATH_TEACHER_ID)).hasSize(3);
        }

        @Test
        void an_assignment_already_recorded_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, AssignTeacher.of(C5A, MATH, MATH_TEACHER_ID));

            assertThat(rejected.codes()).containsExactly(ALREADY_RECORDED);
            assertThat(concerns(rejected)).containsExactly("AssignTeacher.teacher");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-3.4");
            assertThat(school.state().teachingAssignments(C5A, MATH)).hasSize(1);
        }

        @Test
        void a_group_assignment_already_recorded_is_rejected() {
            school.accept(ADMIN, new AssignTeacher(C5A, RUSSIAN, DIRECTOR_ID, G5A_1));

            Outcome.Rejected rejected = school.reject(ADMIN, new AssignTeacher(C5A, RUSSIAN, DIRECTOR_ID, G5A_1));

            assertThat(rejected.codes()).containsExactly(ALREADY_RECORDED);
        }

        @Test
        void a_staff_member_who_is_not_a_teacher_cannot_be_assigned() {
            Outcome.Rejected rejected = school.reject(ADMIN, AssignTeacher.of(C5A, PE, CLERK_ID));

            assertThat(rejected.codes()).containsExactly(NOT_A_TEACHER);
            assertThat(concerns(rejected)).containsExactly("AssignTeacher.teacher");
            assertThat(school.state().teachingAssignments(C5A, PE)).isEmpty();
        }

        @Test
        void an_unknown_staff_member_cannot_be_assigned() {
            Outcome.Rejected rejected = school.reject(ADMIN, AssignTeacher.of(C5A, PE, StaffId.of("t-ghost")));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("AssignTeacher.teacher");
        }

        @Test
        void an_assignment_to_an_unknown_class_or_subject_is_rejected() {
            Outcome.Rejected unknownClass = school.reject(ADMIN, AssignTeacher.of(C5V, MATH, MATH_TEACHER_ID));
            Outcome.Rejected unknownSubject = school.reject(ADMIN, AssignTeacher.of(C5A, HISTORY, MATH_TEACHER_ID));

            assertThat(unknownClass.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(unknownClass)).containsExactly("AssignTeacher.schoolClass");
            assertThat(unknownSubject.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(unknownSubject)).containsExactly("AssignTeacher.subject");
        }

        @Test
        void an_assignment_to_an_unknown_group_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new AssignTeacher(C5A, RUSSIAN, DIRECTOR_ID, GroupId.of("5a-g9")));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("AssignTeacher.group");
        }

        @Test
        void an_assignment_to_a_group_of_another_class_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new AssignTeacher(C5B, RUSSIAN, DIRECTOR_ID, G5A_1));

            assertThat(rejected.codes()).containsExactly(GROUP_MISMATCH);
            assertThat(concerns(rejected)).containsExactly("AssignTeacher.group");
            assertThat(rejected.violations().get(0).messageRu()).contains("5Б");
            assertThat(school.state().assignmentsOf(DIRECTOR_ID)).isEmpty();
        }
    }

    @Nested
    class ThematicPlans {

        private final EntryRef mathPlan = EntryRef.thematicPlan(C5A, MATH);
        private final List<PlannedTopic> twoTopics = List.of(
                PlannedTopic.of(1, "Натуральные числа", new BigDecimal("2")),
                PlannedTopic.of(2, "Обыкновенные дроби", new BigDecimal("1.5")));

        @Test
        void a_recorded_plan_is_kept_with_its_history() {
            assertThat(school.journal.history(DIRECTOR, mathPlan).isGranted()).isFalse();

            school.accept(MATH_TEACHER, new RecordThematicPlan(C5A, MATH, twoTopics));

            EntryHistory history = school.journal.history(DIRECTOR, mathPlan).orElseThrow();
            assertThat(history.revisions()).singleElement().satisfies(r -> {
                assertThat(r.actor()).isEqualTo(MATH_TEACHER);
                assertThat(r.action()).isEqualTo("RecordThematicPlan");
                assertThat(r.before()).isEmpty();
            });
            assertThat(history.current()).contains("2 topics, 3.5 h");
            assertThat(school.state().thematicPlan(C5A, MATH).orElseThrow().topics()).isEqualTo(twoTopics);
            assertThat(school.state().thematicPlan(C5B, MATH)).isEmpty();
        }

        @Test
        void a_later_plan_replaces_the_earlier_and_the_history_keeps_both() {
            school.accept(MATH_TEACHER, new RecordThematicPlan(C5A, MATH, twoTopics));
            List<PlannedTopic> threeTopics = List.of(twoTopics.get(0), twoTopics.get(1),
                    PlannedTopic.of(3, "Десятичные дроби", new BigDecimal("4")));

            school.accept(MATH_TEACHER, new RecordThematicPlan(C5A, MATH, threeTopics));

            EntryHistory history = school.journal.history(DIRECTOR, mathPlan).orElseThrow();
            assertThat(history.revisions()).extracting(Revision::before, Revision::after).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Optional.empty(), Optional.of("2 topics, 3.5 h")),
                    org.assertj.core.groups.Tuple.tuple(Optional.of("2 topics, 3.5 h"), Optional.of("3 topics, 7.5 h")));
            assertThat(school.state().thematicPlan(C5A, MATH).orElseThrow().topics()).isEqualTo(threeTopics);
        }

        @Test
        void a_plan_with_a_repeated_topic_number_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, new RecordThematicPlan(C5A, MATH, List.of(
                    twoTopics.get(0), PlannedTopic.of(1, "Обыкновенные дроби", BigDecimal.ONE))));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(concerns(rejected)).containsExactly("RecordThematicPlan.topics");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.4a");
            assertThat(school.state().thematicPlan(C5A, MATH)).isEmpty();
        }

        @Test
        void a_plan_for_an_unknown_class_or_subject_is_rejected() {
            Outcome.Rejected unknownClass = school.reject(MATH_TEACHER, new RecordThematicPlan(C5V, MATH, twoTopics));
            Outcome.Rejected unknownSubject = school.reject(MATH_TEACHER,
                    new RecordThematicPlan(C5A, HISTORY, twoTopics));

            assertThat(unknownClass.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(unknownClass)).containsExactly("RecordThematicPlan.schoolClass");
            assertThat(unknownSubject.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(unknownSubject)).containsExactly("RecordThematicPlan.subject");
        }
    }
}
