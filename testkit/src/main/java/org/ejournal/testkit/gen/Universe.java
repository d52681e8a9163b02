package org.ejournal.testkit.gen;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.ejournal.core.Actor;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;

/**
 * What {@link Commands#over(Universe)} knows about a school before the first command: the
 * identifiers that exist, the school year's bounds, a school week where lessons compete for slots,
 * the school's time zone, and the actors who plausibly send commands. Lists are copied. Immutable.
 *
 * @param year the open school year
 * @param firstDay its first day
 * @param lastDay its last day
 * @param monday the Monday of a school week inside the year
 * @param zone the school's time zone
 * @param students pupils, not empty
 * @param classes classes, not empty
 * @param groups groups, not empty
 * @param subjects subjects, not empty
 * @param teachers staff who teach, not empty
 * @param otherStaff staff who do not teach, not empty
 * @param periods study periods, not empty
 * @param guardians guardians, not empty
 * @param lessons recorded lessons, not empty
 * @param tasks assigned tasks, not empty
 * @param actors who plausibly sends commands, not empty
 */
public record Universe(
        SchoolYearId year, LocalDate firstDay, LocalDate lastDay, LocalDate monday, ZoneId zone,
        List<StudentId> students, List<ClassId> classes, List<GroupId> groups, List<SubjectId> subjects,
        List<StaffId> teachers, List<StaffId> otherStaff, List<StudyPeriodId> periods,
        List<GuardianId> guardians, List<LessonId> lessons, List<TaskId> tasks, List<Actor> actors) {

    /** @throws NullPointerException if anything is null; IllegalArgumentException if a list is empty */
    public Universe {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(monday, "monday");
        Objects.requireNonNull(zone, "zone");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay " + lastDay + " is before firstDay " + firstDay);
        }
        students = nonEmpty(students, "students");
        classes = nonEmpty(classes, "classes");
        groups = nonEmpty(groups, "groups");
        subjects = nonEmpty(subjects, "subjects");
        teachers = nonEmpty(teachers, "teachers");
        otherStaff = nonEmpty(otherStaff, "otherStaff");
        periods = nonEmpty(periods, "periods");
        guardians = nonEmpty(guardians, "guardians");
        lessons = nonEmpty(lessons, "lessons");
        tasks = nonEmpty(tasks, "tasks");
        actors = nonEmpty(actors, "actors");
    }

    /**
     * The same as the constructor; reads better at the call site.
     *
     * @return the universe
     * @see Universe
     */
    public static Universe of(
            SchoolYearId year, LocalDate firstDay, LocalDate lastDay, LocalDate monday, ZoneId zone,
            List<StudentId> students, List<ClassId> classes, List<GroupId> groups, List<SubjectId> subjects,
            List<StaffId> teachers, List<StaffId> otherStaff, List<StudyPeriodId> periods,
            List<GuardianId> guardians, List<LessonId> lessons, List<TaskId> tasks, List<Actor> actors) {
        return new Universe(year, firstDay, lastDay, monday, zone, students, classes, groups, subjects, teachers,
                otherStaff, periods, guardians, lessons, tasks, actors);
    }

    private static <T> List<T> nonEmpty(List<T> list, String name) {
        List<T> copy = List.copyOf(Objects.requireNonNull(list, name));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return copy;
    }
}
