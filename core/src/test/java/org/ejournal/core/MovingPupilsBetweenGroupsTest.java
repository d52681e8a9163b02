package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.JournalPage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who is in a group (подгруппа) changes during the year, recorded by the journal administrator
 * (POL-4.6): a pupil enrolled in the class later joins its English group, a pupil leaves a group or
 * moves to the other one. A mark or an absence at a group lesson needs the pupil in the group on the
 * lesson's day, and a pupil's diary shows the group's lessons of the days they were in it.
 */
class MovingPupilsBetweenGroupsTest {

    static final StudentId NOVIKOVA = StudentId.of("s-novikova");
    static final GroupId G5A_2 = GroupId.of("5a-g2");
    /** The Monday after the fixture's: the day of most changes. */
    static final LocalDate NEXT_MONDAY = MONDAY.plusDays(7);
    static final LocalDate WEDNESDAY = NEXT_MONDAY.plusDays(2);

    private final SchoolFixture school = SchoolFixture.create();

    /** A lesson of the group on the day, with a class-work task; returns the task. */
    private TaskId groupLesson(GroupId group, LocalDate day, int number) {
        LessonId lesson = LessonId.of("l-" + group.value() + "-" + day + "-" + number);
        school.accept(RUS_TEACHER, RecordLesson.of(lesson, C5A, RUSSIAN, day, number, RUS_TEACHER_ID, "Диктант")
                .withGroup(group));
        TaskId task = TaskId.of("t-" + group.value() + "-" + day + "-" + number);
        school.accept(RUS_TEACHER, AssignTask.of(task, lesson, TaskType.CLASS_WORK));
        return task;
    }

    private LessonId lessonOf(TaskId task) {
        return school.state().task(task).orElseThrow().lesson();
    }

    /** Novikova, enrolled in 5А on the next Monday. */
    private void enrolNovikova() {
        school.accept(ADMIN, new RegisterStudent(NOVIKOVA, PersonName.of("Новикова", "Анна", null),
                LocalDate.of(2015, 2, 1)));
        school.accept(ADMIN, RecordMovement.enrolment(NOVIKOVA, C5A, order("7-у"), NEXT_MONDAY));
    }

    private ClassGroup group(GroupId id) {
        return school.state().group(id).orElseThrow();
    }

    private List<LessonId> diaryLessons(StudentId pupil, LocalDate day) {
        Diary diary = school.journal.diary(DIRECTOR, pupil, day, day).orElseThrow();
        return diary.days().stream().flatMap(d -> d.lessons().stream()).map(l -> l.lesson().id()).toList();
    }

    private static List<String> concerns(Outcome.Rejected rejected) {
        return rejected.violations().stream().map(Violation::concerns).toList();
    }

    @Nested
    class JoiningAGroup {

        @Test
        void a_pupil_enrolled_during_the_year_joins_a_group_and_is_marked_at_its_lessons_from_that_day() {
            enrolNovikova();
            TaskId before = groupLesson(G5A_1, NEXT_MONDAY, 3);
            TaskId after = groupLesson(G5A_1, WEDNESDAY, 3);

            school.accept(ADMIN, new JoinGroup(G5A_1, NOVIKOVA, WEDNESDAY));

            Outcome.Rejected early = school.reject(RUS_TEACHER, RecordMark.of(before, NOVIKOVA, FivePoint.of(5)));
            assertThat(early.codes()).containsExactly(NOT_IN_CLASS);
            assertThat(early.violations().get(0).messageEn()).contains("group", NEXT_MONDAY.toString());
            school.reject(RUS_TEACHER, RecordAttendance.of(lessonOf(before), NOVIKOVA, "н"));
            school.accept(RUS_TEACHER, RecordMark.of(after, NOVIKOVA, FivePoint.of(5)));
            school.accept(RUS_TEACHER, RecordAttendance.of(lessonOf(after), NOVIKOVA, "у"));
            assertThat(school.state().mark(after, NOVIKOVA)).contains(FivePoint.of(5));
            assertThat(diaryLessons(NOVIKOVA, NEXT_MONDAY)).doesNotContain(lessonOf(before));
            assertThat(diaryLessons(NOVIKOVA, WEDNESDAY)).contains(lessonOf(after));
        }

        @Test
        void the_group_knows_from_which_day_the_pupil_is_a_member() {
            enrolNovikova();

            school.accept(ADMIN, new JoinGroup(G5A_1, NOVIKOVA, WEDNESDAY));

            ClassGroup g = group(G5A_1);
            assertThat(g.members()).containsExactlyInAnyOrder(IVANOVA, PETROV, NOVIKOVA);
            assertThat(g.membershipsOf(NOVIKOVA)).containsExactly(new GroupMembership(NOVIKOVA, WEDNESDAY, null));
            assertThat(g.isMemberOn(NOVIKOVA, WEDNESDAY.minusDays(1))).isFalse();
            assertThat(g.isMemberOn(NOVIKOVA, WEDNESDAY)).isTrue();
            assertThat(g.isMemberOn(NOVIKOVA, YEAR_LAST)).isTrue();
            assertThat(g.membersOn(NEXT_MONDAY)).containsExactlyInAnyOrder(IVANOVA, PETROV);
            // the members named at creation are members from the first day of the year
            assertThat(g.membershipsOf(IVANOVA)).containsExactly(new GroupMembership(IVANOVA, YEAR_FIRST, null));
        }

        @Test
        void a_pupil_who_left_a_group_may_join_it_again_later() {
            TaskId between = groupLesson(G5A_1, WEDNESDAY, 3);
            TaskId back = groupLesson(G5A_1, WEDNESDAY.plusDays(7), 3);
            school.accept(ADMIN, new LeaveGroup(G5A_1, PETROV, NEXT_MONDAY));

            school.accept(ADMIN, new JoinGroup(G5A_1, PETROV, WEDNESDAY.plusDays(1)));

            school.reject(RUS_TEACHER, RecordMark.of(between, PETROV, FivePoint.of(4)));
            school.accept(RUS_TEACHER, RecordMark.of(back, PETROV, FivePoint.of(4)));
            assertThat(group(G5A_1).membershipsOf(PETROV)).containsExactly(
                    new GroupMembership(PETROV, YEAR_FIRST, NEXT_MONDAY.minusDays(1)),
                    new GroupMembership(PETROV, WEDNESDAY.plusDays(1), null));
        }
    }

    @Nested
    class LeavingAGroup {

        @Test
        void a_pupil_who_left_a_group_is_not_marked_at_its_lessons_from_that_day_and_keeps_the_earlier_marks() {
            TaskId earlier = groupLesson(G5A_1, MONDAY, 3);
            school.accept(RUS_TEACHER, RecordMark.of(earlier, PETROV, FivePoint.of(4)));
            TaskId later = groupLesson(G5A_1, NEXT_MONDAY, 3);

            school.accept(ADMIN, new LeaveGroup(G5A_1, PETROV, NEXT_MONDAY));

            assertThat(school.reject(RUS_TEACHER, RecordMark.of(later, PETROV, FivePoint.of(5))).codes())
                    .containsExactly(NOT_IN_CLASS);
            assertThat(school.reject(RUS_TEACHER, RecordAttendance.of(lessonOf(later), PETROV, "н")).codes())
                    .containsExactly(NOT_IN_CLASS);
            school.accept(RUS_TEACHER, RecordMark.of(later, IVANOVA, FivePoint.of(5)));
            // what was recorded while a member stays, and may still be corrected
            assertThat(school.state().mark(earlier, PETROV)).contains(FivePoint.of(4));
            school.accept(RUS_TEACHER, new CorrectMark(earlier, PETROV, FivePoint.of(3), "ошибка при вводе"));
            JournalPage page = school.journal.page(DIRECTOR, C5A, RUSSIAN, Q1).orElseThrow();
            JournalPage.Row petrov = page.rows().stream().filter(r -> r.student().equals(PETROV)).findFirst()
                    .orElseThrow();
            assertThat(petrov.marks()).containsEntry(earlier, FivePoint.of(3)).doesNotContainKey(later);
            assertThat(diaryLessons(PETROV, MONDAY)).contains(lessonOf(earlier));
            assertThat(diaryLessons(PETROV, NEXT_MONDAY)).doesNotContain(lessonOf(later));
            assertThat(diaryLessons(IVANOVA, NEXT_MONDAY)).contains(lessonOf(later));
        }

        @Test
        void the_membership_ends_the_day_before_the_pupil_leaves() {
            school.accept(ADMIN, new LeaveGroup(G5A_1, PETROV, NEXT_MONDAY));

            ClassGroup g = group(G5A_1);
            assertThat(g.members()).as("everyone ever a member").containsExactlyInAnyOrder(IVANOVA, PETROV);
            assertThat(g.membershipsOf(PETROV))
                    .containsExactly(new GroupMembership(PETROV, YEAR_FIRST, NEXT_MONDAY.minusDays(1)));
            assertThat(g.isMemberOn(PETROV, NEXT_MONDAY.minusDays(1))).isTrue();
            assertThat(g.isMemberOn(PETROV, NEXT_MONDAY)).isFalse();
            assertThat(g.isMemberDuring(PETROV, NEXT_MONDAY, YEAR_LAST)).isFalse();
            assertThat(g.isMemberDuring(PETROV, MONDAY, YEAR_LAST)).isTrue();
            assertThat(g.membersOn(NEXT_MONDAY)).containsExactly(IVANOVA);
        }
    }

    @Nested
    class MovingBetweenGroups {

        @Test
        void a_pupil_moved_to_the_other_group_is_marked_at_its_lessons_and_no_longer_at_the_first_groups() {
            school.accept(ADMIN, new CreateGroup(G5A_2, C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)));
            TaskId firstBefore = groupLesson(G5A_1, MONDAY, 3);
            TaskId secondBefore = groupLesson(G5A_2, MONDAY, 3);
            TaskId firstAfter = groupLesson(G5A_1, NEXT_MONDAY, 3);
            TaskId secondAfter = groupLesson(G5A_2, NEXT_MONDAY, 3);

            school.accept(ADMIN, new LeaveGroup(G5A_1, PETROV, NEXT_MONDAY));
            school.accept(ADMIN, new JoinGroup(G5A_2, PETROV, NEXT_MONDAY));

            school.accept(RUS_TEACHER, RecordMark.of(firstBefore, PETROV, FivePoint.of(4)));
            school.reject(RUS_TEACHER, RecordMark.of(secondBefore, PETROV, FivePoint.of(4)));
            school.reject(RUS_TEACHER, RecordMark.of(firstAfter, PETROV, FivePoint.of(5)));
            school.accept(RUS_TEACHER, RecordMark.of(secondAfter, PETROV, FivePoint.of(5)));
            assertThat(diaryLessons(PETROV, MONDAY)).contains(lessonOf(firstBefore))
                    .doesNotContain(lessonOf(secondBefore));
            assertThat(diaryLessons(PETROV, NEXT_MONDAY)).contains(lessonOf(secondAfter))
                    .doesNotContain(lessonOf(firstAfter));
            assertThat(group(G5A_1).membersOn(NEXT_MONDAY)).containsExactly(IVANOVA);
            assertThat(group(G5A_2).membersOn(NEXT_MONDAY)).containsExactlyInAnyOrder(SIDOROV, ALEKSEEVA, PETROV);
        }
    }

    @Nested
    class Refusals {

        private Outcome.Rejected refused(Command c, String code, String concerns) {
            Outcome.Rejected rejected = school.reject(ADMIN, c);
            assertThat(rejected.codes()).containsExactly(code);
            assertThat(concerns(rejected)).containsExactly(c.commandName() + "." + concerns);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.6");
            // the journal's state is still the replay of its unchanged log
            Journal replayed = Journal.builder().school(school()).store(school.store).build();
            assertThat(school.state().differences(replayed.state())).isEmpty();
            return rejected;
        }

        @Test
        void an_unknown_group_is_refused() {
            refused(new JoinGroup(GroupId.of("5a-g9"), SIDOROV, NEXT_MONDAY), UNKNOWN_REFERENCE, "group");
            refused(new LeaveGroup(GroupId.of("5a-g9"), PETROV, NEXT_MONDAY), UNKNOWN_REFERENCE, "group");
        }

        @Test
        void an_unknown_pupil_is_refused() {
            refused(new JoinGroup(G5A_1, StudentId.of("nobody"), NEXT_MONDAY), UNKNOWN_REFERENCE, "student");
            refused(new LeaveGroup(G5A_1, StudentId.of("nobody"), NEXT_MONDAY), UNKNOWN_REFERENCE, "student");
        }

        @Test
        void a_pupil_of_another_class_is_refused() {
            Outcome.Rejected r = refused(new JoinGroup(G5A_1, KUZNETSOV, NEXT_MONDAY), NOT_IN_CLASS, "student");
            assertThat(r.violations().get(0).messageEn()).contains("s-kuznetsov", "5А", NEXT_MONDAY.toString());
        }

        @Test
        void a_pupil_not_yet_in_the_class_that_day_is_refused() {
            enrolNovikova();

            refused(new JoinGroup(G5A_1, NOVIKOVA, MONDAY), NOT_IN_CLASS, "student");
        }

        @Test
        void a_pupil_who_has_left_the_class_is_refused() {
            school.accept(ADMIN, RecordMovement.transfer(SIDOROV, C5B, order("8-у"), NEXT_MONDAY));

            refused(new JoinGroup(G5A_1, SIDOROV, WEDNESDAY), NOT_IN_CLASS, "student");
        }

        @Test
        void joining_a_group_the_pupil_is_already_in_is_refused() {
            refused(new JoinGroup(G5A_1, IVANOVA, NEXT_MONDAY), ALREADY_RECORDED, "student");
        }

        @Test
        void joining_before_the_pupils_last_membership_of_the_group_ends_is_refused() {
            school.accept(ADMIN, new JoinGroup(G5A_1, SIDOROV, WEDNESDAY));
            refused(new JoinGroup(G5A_1, SIDOROV, NEXT_MONDAY), INVALID_MOVEMENT, "effective");
            school.accept(ADMIN, new LeaveGroup(G5A_1, PETROV, WEDNESDAY));
            refused(new JoinGroup(G5A_1, PETROV, WEDNESDAY.minusDays(1)), ALREADY_RECORDED, "student");
        }

        @Test
        void leaving_a_group_the_pupil_is_not_in_is_refused() {
            refused(new LeaveGroup(G5A_1, SIDOROV, NEXT_MONDAY), NOT_IN_CLASS, "student");
        }

        @Test
        void leaving_on_the_day_the_pupil_joined_is_refused() {
            enrolNovikova();
            school.accept(ADMIN, new JoinGroup(G5A_1, NOVIKOVA, WEDNESDAY));

            refused(new LeaveGroup(G5A_1, NOVIKOVA, WEDNESDAY), NOT_IN_CLASS, "student");
        }

        @Test
        void leaving_a_group_twice_is_refused() {
            school.accept(ADMIN, new LeaveGroup(G5A_1, PETROV, WEDNESDAY));

            refused(new LeaveGroup(G5A_1, PETROV, WEDNESDAY.plusDays(7)), NOT_IN_CLASS, "student");
            refused(new LeaveGroup(G5A_1, PETROV, NEXT_MONDAY), INVALID_MOVEMENT, "effective");
        }

        @Test
        void a_day_outside_the_school_year_is_refused() {
            refused(new JoinGroup(G5A_1, SIDOROV, YEAR_LAST.plusDays(1)), OUTSIDE_SCHOOL_YEAR, "effective");
            refused(new LeaveGroup(G5A_1, PETROV, YEAR_FIRST.minusDays(1)), OUTSIDE_SCHOOL_YEAR, "effective");
        }

        @Test
        void leaving_on_the_first_day_of_the_year_is_refused_since_no_one_was_a_member_before() {
            refused(new LeaveGroup(G5A_1, PETROV, YEAR_FIRST), NOT_IN_CLASS, "student");
        }
    }

    @Nested
    class ReplayAndAudit {

        private void changeTheGroups() {
            enrolNovikova();
            school.accept(ADMIN, new CreateGroup(G5A_2, C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)));
            school.accept(ADMIN, new JoinGroup(G5A_1, NOVIKOVA, WEDNESDAY));
            school.accept(ADMIN, new LeaveGroup(G5A_1, PETROV, NEXT_MONDAY));
            school.accept(ADMIN, new JoinGroup(G5A_2, PETROV, NEXT_MONDAY));
        }

        @Test
        void a_journal_reopened_from_its_store_has_the_same_memberships() {
            changeTheGroups();

            Journal reopened = Journal.builder().school(school()).store(school.store).build();

            assertThat(reopened.state()).isEqualTo(school.state());
            for (GroupId g : List.of(G5A_1, G5A_2)) {
                assertThat(reopened.state().group(g)).isEqualTo(school.state().group(g));
            }
            assertThat(reopened.state().group(G5A_2).orElseThrow().membershipsOf(PETROV))
                    .containsExactly(new GroupMembership(PETROV, NEXT_MONDAY, null));
        }

        @Test
        void an_audit_refuses_exactly_what_the_gate_refuses() {
            changeTheGroups();
            List<JournalEvent> events = new ArrayList<>();
            try (Stream<JournalEvent> stored = school.store.events(SCHOOL_ID)) {
                stored.forEach(events::add);
            }
            Instant t = at(NEXT_MONDAY, 9, 0);
            List<Command> refusedAtTheGate = List.of(new JoinGroup(G5A_1, KUZNETSOV, NEXT_MONDAY),
                    new JoinGroup(G5A_1, NOVIKOVA, WEDNESDAY), new LeaveGroup(G5A_1, PETROV, WEDNESDAY),
                    new LeaveGroup(G5A_2, IVANOVA, WEDNESDAY), new JoinGroup(G5A_2, SIDOROV, YEAR_LAST.plusDays(1)));
            List<String> gate = new ArrayList<>();
            for (Command c : refusedAtTheGate) {
                gate.add(school.reject(ADMIN, c).codes().get(0));
                events.add(new JournalEvent(events.size() + 1, t, ADMIN, c, List.of()));
            }

            AuditReport report = Audit.run(school(), List.of(), events.stream(), at(YEAR_LAST, 9, 0));

            assertThat(gate).containsExactly(NOT_IN_CLASS, ALREADY_RECORDED, NOT_IN_CLASS, NOT_IN_CLASS,
                    OUTSIDE_SCHOOL_YEAR);
            assertThat(report.applied()).isEqualTo(school.journal.size());
            assertThat(report.findings()).extracting(f -> f.violation().code()).containsExactlyElementsOf(gate);
            assertThat(report.findings()).extracting(AuditReport.Finding::sequence)
                    .containsExactly(school.journal.size() + 1, school.journal.size() + 2, school.journal.size() + 3,
                            school.journal.size() + 4, school.journal.size() + 5);
        }
    }
}
