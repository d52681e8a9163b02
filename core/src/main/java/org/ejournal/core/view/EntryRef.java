package org.ejournal.core.view;

import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;

/**
 * Names one entry of the journal whose history can be asked for (REC-1.7): a lesson, a task, a mark,
 * an attendance entry, homework, a period mark, an exam result or a thematic plan. Immutable and
 * thread-safe.
 */
public sealed interface EntryRef {

    /** @return a short text, e.g. {@code mark task-1/student-7} */
    String describe();

    /**
     * @param lesson the lesson
     * @return the lesson's entry
     */
    static EntryRef lesson(LessonId lesson) {
        return new LessonEntry(lesson);
    }

    /**
     * @param task the task
     * @return the task's entry
     */
    static EntryRef task(TaskId task) {
        return new TaskEntry(task);
    }

    /**
     * @param task the task
     * @param student the pupil
     * @return the mark's entry
     */
    static EntryRef mark(TaskId task, StudentId student) {
        return new MarkEntry(task, student);
    }

    /**
     * @param lesson the lesson
     * @param student the pupil
     * @return the attendance entry
     */
    static EntryRef attendance(LessonId lesson, StudentId student) {
        return new AttendanceEntry(lesson, student);
    }

    /**
     * @param homework the homework
     * @return the homework's entry
     */
    static EntryRef homework(HomeworkId homework) {
        return new HomeworkEntry(homework);
    }

    /**
     * @param student the pupil
     * @param subject the subject
     * @param period the study period
     * @return the period mark's entry
     */
    static EntryRef periodMark(StudentId student, SubjectId subject, StudyPeriodId period) {
        return new PeriodMarkEntry(student, subject, period);
    }

    /**
     * @param result the exam result
     * @return its entry
     */
    static EntryRef examResult(ExamResultId result) {
        return new ExamResultEntry(result);
    }

    /**
     * @param schoolClass the class
     * @param subject the subject
     * @return the thematic plan's entry
     */
    static EntryRef thematicPlan(ClassId schoolClass, SubjectId subject) {
        return new ThematicPlanEntry(schoolClass, subject);
    }

    /** @param lesson the lesson */
    record LessonEntry(LessonId lesson) implements EntryRef {
        @Override
        public String describe() {
            return "lesson " + lesson;
        }
    }

    /** @param task the task */
    record TaskEntry(TaskId task) implements EntryRef {
        @Override
        public String describe() {
            return "task " + task;
        }
    }

    /**
     * @param task the task
     * @param student the pupil
     */
    record MarkEntry(TaskId task, StudentId student) implements EntryRef {
        @Override
        public boolean equals(Object o) {
            return o instanceof MarkEntry other && task.equals(other.task) && student.equals(other.student);
        }

        @Override
        public int hashCode() {
            return 31 * task.hashCode() + student.hashCode();
        }

        @Override
        public String describe() {
            return "mark " + task + "/" + student;
        }
    }

    /**
     * @param lesson the lesson
     * @param student the pupil
     */
    record AttendanceEntry(LessonId lesson, StudentId student) implements EntryRef {
        @Override
        public boolean equals(Object o) {
            return o instanceof AttendanceEntry other && lesson.equals(other.lesson) && student.equals(other.student);
        }

        @Override
        public int hashCode() {
            return 31 * lesson.hashCode() + student.hashCode();
        }

        @Override
        public String describe() {
            return "attendance " + lesson + "/" + student;
        }
    }

    /** @param homework the homework */
    record HomeworkEntry(HomeworkId homework) implements EntryRef {
        @Override
        public String describe() {
            return "homework " + homework;
        }
    }

    /**
     * @param student the pupil
     * @param subject the subject
     * @param period the study period
     */
    record PeriodMarkEntry(StudentId student, SubjectId subject, StudyPeriodId period) implements EntryRef {
        @Override
        public String describe() {
            return "period mark " + student + "/" + subject + "/" + period;
        }
    }

    /** @param result the exam result */
    record ExamResultEntry(ExamResultId result) implements EntryRef {
        @Override
        public String describe() {
            return "exam result " + result;
        }
    }

    /**
     * @param schoolClass the class
     * @param subject the subject
     */
    record ThematicPlanEntry(ClassId schoolClass, SubjectId subject) implements EntryRef {
        @Override
        public String describe() {
            return "thematic plan " + schoolClass + "/" + subject;
        }
    }
}
