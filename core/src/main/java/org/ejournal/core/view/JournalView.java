package org.ejournal.core.view;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ejournal.core.model.AttendanceCode;
import org.ejournal.core.model.ClassGroup;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.CurriculumLoad;
import org.ejournal.core.model.ExamResult;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.Guardian;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.GuardianLink;
import org.ejournal.core.model.Homework;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.Movement;
import org.ejournal.core.model.Outage;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffMember;
import org.ejournal.core.model.Student;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.Subject;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.Task;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TeachingAssignment;
import org.ejournal.core.model.ThematicPlan;

/**
 * The journal's state as rules and access policies read it: every lookup is indexed, costing O(1)
 * or O(size of the answer), never a scan of the year. Unknown identifiers give empty answers.
 * A view is read under the journal's lock; do not keep it beyond the call that received it.
 */
public interface JournalView {

    /** @return the school */
    School school();

    /** @return how many events the state holds */
    long size();

    /**
     * @param id a school year
     * @return the year, if opened
     */
    Optional<SchoolYear> schoolYear(SchoolYearId id);

    /**
     * @param date a day
     * @return the school year that contains it, if any
     */
    Optional<SchoolYear> schoolYearOn(LocalDate date);

    /**
     * @param id a study period
     * @return the period, if defined
     */
    Optional<StudyPeriod> studyPeriod(StudyPeriodId id);

    /**
     * @param year a school year
     * @return its study periods in start order
     */
    List<StudyPeriod> studyPeriods(SchoolYearId year);

    /**
     * @param id a class
     * @return the class, if created
     */
    Optional<SchoolClass> schoolClass(ClassId id);

    /**
     * @param year a school year
     * @return its classes in creation order
     */
    List<SchoolClass> classes(SchoolYearId year);

    /**
     * @param id a group
     * @return the group, if created
     */
    Optional<ClassGroup> group(GroupId id);

    /**
     * @param id a pupil
     * @return the pupil, if registered
     */
    Optional<Student> student(StudentId id);

    /**
     * @param id a guardian
     * @return the guardian, if registered
     */
    Optional<Guardian> guardian(GuardianId id);

    /**
     * @param guardian a guardian
     * @return the pupils linked to the guardian
     */
    Set<StudentId> childrenOf(GuardianId guardian);

    /**
     * @param student a pupil
     * @return the pupil's guardians
     */
    List<GuardianLink> guardiansOf(StudentId student);

    /**
     * @param id a staff member
     * @return the staff member, if registered
     */
    Optional<StaffMember> staffMember(StaffId id);

    /**
     * @param id a subject
     * @return the subject, if defined
     */
    Optional<Subject> subject(SubjectId id);

    /**
     * @param schoolClass a class
     * @param subject a subject
     * @return the weekly hours, if set
     */
    Optional<CurriculumLoad> curriculumLoad(ClassId schoolClass, SubjectId subject);

    /**
     * @param schoolClass a class
     * @return the class's curriculum, by subject
     */
    Collection<CurriculumLoad> curriculum(ClassId schoolClass);

    /**
     * @param schoolClass a class
     * @param subject a subject
     * @return who teaches the subject in the class
     */
    List<TeachingAssignment> teachingAssignments(ClassId schoolClass, SubjectId subject);

    /**
     * @param teacher a teacher
     * @return what the teacher is assigned to teach
     */
    List<TeachingAssignment> assignmentsOf(StaffId teacher);

    /**
     * @param schoolClass a class
     * @return its class teacher, if assigned
     */
    Optional<StaffId> classTeacher(ClassId schoolClass);

    /**
     * @param schoolClass a class
     * @param subject a subject
     * @return the current thematic plan, if recorded
     */
    Optional<ThematicPlan> thematicPlan(ClassId schoolClass, SubjectId subject);

    /**
     * @param id a lesson
     * @return the lesson, if recorded
     */
    Optional<Lesson> lesson(LessonId id);

    /**
     * @param schoolClass a class
     * @param subject a subject
     * @param first the first day
     * @param last the last day
     * @return the lessons of the subject in the class in the range, by day and number
     */
    List<Lesson> lessons(ClassId schoolClass, SubjectId subject, LocalDate first, LocalDate last);

    /**
     * @param schoolClass a class
     * @param date a day
     * @return the class's lessons that day (all subjects and groups), by number
     */
    List<Lesson> lessonsOn(ClassId schoolClass, LocalDate date);

    /**
     * @param lesson a lesson
     * @return the homework set at it
     */
    List<Homework> homework(LessonId lesson);

    /**
     * @param id a homework
     * @return it, if recorded
     */
    Optional<Homework> homeworkById(HomeworkId id);

    /**
     * @param id a task
     * @return the task, if recorded
     */
    Optional<Task> task(TaskId id);

    /**
     * @param lesson a lesson
     * @return its tasks in the order given
     */
    List<Task> tasks(LessonId lesson);

    /**
     * @param task a task
     * @param student a pupil
     * @return the pupil's current mark for the task, if any
     */
    Optional<MarkValue> mark(TaskId task, StudentId student);

    /**
     * @param lesson a lesson
     * @param student a pupil
     * @return the pupil's absence or lateness, if recorded
     */
    Optional<AttendanceCode> attendance(LessonId lesson, StudentId student);

    /**
     * @param student a pupil
     * @param subject a subject
     * @param period a study period
     * @return the period mark, if set
     */
    Optional<MarkValue> periodMark(StudentId student, SubjectId subject, StudyPeriodId period);

    /**
     * @param id an exam result
     * @return it, if recorded
     */
    Optional<ExamResult> examResult(ExamResultId id);

    /**
     * @param student a pupil
     * @return the pupil's movements in date order
     */
    List<Movement> movements(StudentId student);

    /**
     * @param student a pupil
     * @return the pupil's placements in classes, in date order
     */
    List<Placement> placements(StudentId student);

    /**
     * @param student a pupil
     * @param date a day
     * @return the class the pupil was in that day, if any
     */
    Optional<ClassId> classOf(StudentId student, LocalDate date);

    /**
     * @param schoolClass a class
     * @param first the first day
     * @param last the last day
     * @return the pupils in the class on any day of the range
     */
    Set<StudentId> studentsOf(ClassId schoolClass, LocalDate first, LocalDate last);

    /**
     * @param period a study period
     * @return whether it is closed (REC-6.4)
     */
    boolean isClosed(StudyPeriodId period);

    /**
     * @param year a school year
     * @return whether it is closed (POL-4.6): nothing of it is recorded or corrected until the
     *     school's leadership reopens it
     */
    boolean isClosed(SchoolYearId year);

    /**
     * @param guardian a guardian
     * @return the paper reports handed to the guardian, in the order recorded
     */
    List<org.ejournal.core.model.PaperReport> paperReports(GuardianId guardian);

    /** @return the declared outage windows, in the order declared */
    List<Outage> outages();

    /**
     * @param entry an entry
     * @return its revisions, oldest first; empty if never recorded
     */
    List<Revision> history(EntryRef entry);

    /**
     * Every school year the journal holds, so that what is outstanding can be judged after a year
     * has ended (an audit on 30 June of a year that ended on 31 May).
     *
     * @return every school year, in the order opened
     */
    Collection<SchoolYear> schoolYears();
}
