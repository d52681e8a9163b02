package org.ejournal.rules.marks;

import static org.ejournal.core.SchoolFixture.*;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejournal.core.Actor;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CreateClass;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.command.SetCurriculumLoad;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.MarkRules;

/**
 * The core's {@link SchoolFixture} with the mark rules of a profile (or none, to record what an audit
 * then judges), and short ways to record lessons, tasks, marks and absences for its pupils.
 */
final class MarkingSchool {

    static final ClassId C1A = ClassId.of("1a");
    static final StudentId FIRST_GRADER = StudentId.of("s-malysheva");
    static final ClassId C10A = ClassId.of("10a");
    static final StudentId SENIOR = StudentId.of("s-starshinova");

    final SchoolFixture school;
    private final Map<String, Integer> numbers = new HashMap<>();
    private int tasks;

    private MarkingSchool(SchoolFixture school) {
        this.school = school;
    }

    /** @return the fixture's school with the mark rules of the profile */
    static MarkingSchool with(Profile profile) {
        return new MarkingSchool(SchoolFixture.create(b -> b.rules(MarkRules.all(profile))));
    }

    /** @return the fixture's school with the regulation's default mark rules */
    static MarkingSchool withDefaults() {
        return with(Profile.defaults());
    }

    /** @return the fixture's school with no rules at all: it records what the rules would refuse */
    static MarkingSchool withoutRules() {
        return new MarkingSchool(SchoolFixture.create());
    }

    /** Adds class 1А with one pupil, mathematics 4 h and physical education 2 h a week. */
    MarkingSchool withFirstGrade() {
        school.accept(ADMIN, new CreateClass(C1A, YEAR, 1, "А"));
        school.accept(ADMIN, new RegisterStudent(FIRST_GRADER, PersonName.of("Малышева", "Ева", null),
                LocalDate.of(2019, 5, 1)));
        school.accept(ADMIN, RecordMovement.enrolment(FIRST_GRADER, C1A, order("5-у"), YEAR_FIRST));
        school.accept(ADMIN, SetCurriculumLoad.of(C1A, MATH, 4));
        school.accept(ADMIN, SetCurriculumLoad.of(C1A, PE, 2));
        return this;
    }

    /** Adds class 10А (half-years) with one pupil and mathematics 5 h a week. */
    MarkingSchool withTenthGrade() {
        school.accept(ADMIN, new CreateClass(C10A, YEAR, 10, "А"));
        school.accept(ADMIN, new RegisterStudent(SENIOR, PersonName.of("Старшинова", "Ксения", null),
                LocalDate.of(2010, 4, 2)));
        school.accept(ADMIN, RecordMovement.enrolment(SENIOR, C10A, order("3-у"), YEAR_FIRST));
        school.accept(ADMIN, SetCurriculumLoad.of(C10A, MATH, 5));
        return this;
    }

    /** Records a regular lesson of the subject in the class on the day, at the next free number from 3. */
    LessonId lesson(ClassId schoolClass, SubjectId subject, LocalDate day) {
        int number = numbers.merge(schoolClass.value() + day, 1, Integer::sum) + 2;
        LessonId id = LessonId.of("l-" + schoolClass.value() + "-" + subject.value() + "-" + day + "-" + number);
        StaffId teacher = subject.equals(MATH) ? MATH_TEACHER_ID : RUS_TEACHER_ID;
        school.accept(Actor.staff(teacher), RecordLesson.of(id, schoolClass, subject, day, number, teacher, "Тема"));
        return id;
    }

    /** Records a mathematics lesson of 5А on the day. */
    LessonId mathLesson(LocalDate day) {
        return lesson(C5A, MATH, day);
    }

    /** Gives a task of the type, weighing 1, at the lesson. */
    TaskId task(LessonId lesson, TaskType type) {
        return task(lesson, type, 1);
    }

    /** Gives a task of the type and weight at the lesson. */
    TaskId task(LessonId lesson, TaskType type, int weight) {
        TaskId id = TaskId.of("t-" + (++tasks));
        school.accept(MATH_TEACHER, new AssignTask(id, lesson, type, weight, null));
        return id;
    }

    /** Records a five-point mark. */
    void mark(TaskId task, StudentId student, int mark) {
        mark(task, student, FivePoint.of(mark));
    }

    /** Records a mark. */
    void mark(TaskId task, StudentId student, MarkValue mark) {
        school.accept(MATH_TEACHER, RecordMark.of(task, student, mark));
    }

    /** A new mathematics lesson of 5А on the day with a class-work task and the pupil's mark for it. */
    TaskId markedMathLesson(LocalDate day, StudentId student, int mark) {
        TaskId task = task(mathLesson(day), TaskType.CLASS_WORK);
        mark(task, student, mark);
        return task;
    }

    /** Records an attendance code. */
    void attendance(LessonId lesson, StudentId student, String code) {
        school.accept(MATH_TEACHER, RecordAttendance.of(lesson, student, code));
    }

    /** Executes without asserting the outcome. */
    Outcome execute(Actor actor, Command command) {
        return school.journal.execute(actor, command);
    }

    /** @return the recorded log */
    List<JournalEvent> log() {
        return school.store.events(SCHOOL_ID).toList();
    }

    /** Runs the mark rules of the profile over the recorded log, in audit mode. */
    AuditReport audit(Profile profile, Instant asOf) {
        return Audit.run(SchoolFixture.school(), MarkRules.all(profile), school.store.events(SCHOOL_ID), asOf);
    }

    /** @return the journal as the rules see it */
    JournalView view() {
        return school.state();
    }

    /** @return the codes of an outcome's violations, notes included */
    static List<String> codes(Outcome outcome) {
        return outcome.violations().stream().map(Violation::code).toList();
    }

    /** @return the codes of an audit's findings */
    static List<String> codes(AuditReport report) {
        return report.findings().stream().map(f -> f.violation().code()).toList();
    }

    /** @return {@code n} weekdays from {@code first} on (itself included if a weekday), outside the autumn vacation */
    static List<LocalDate> weekdays(LocalDate first, int n) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; out.size() < n; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean vacation = !d.isBefore(LocalDate.of(2026, 10, 26)) && !d.isAfter(LocalDate.of(2026, 11, 3));
            if (!weekend && !vacation) {
                out.add(d);
            }
        }
        return out;
    }
}
