package org.ejournal.core.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ejournal.core.model.AttendanceCode;
import org.ejournal.core.model.Homework;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.Task;

/**
 * A pupil's electronic diary for a range of days (POL-3.6): each school day's lessons with topic,
 * homework, the pupil's marks and absences. Immutable and thread-safe.
 *
 * @param student the pupil
 * @param first the first day asked for
 * @param last the last day asked for
 * @param days the days that had lessons for the pupil, in order
 */
public record Diary(StudentId student, LocalDate first, LocalDate last, List<Day> days) {

    /** Copies the days. */
    public Diary {
        days = List.copyOf(days);
    }

    /** @return every mark in the diary, in day and lesson order */
    public List<DiaryMark> marks() {
        return days.stream().flatMap(d -> d.lessons().stream()).flatMap(l -> l.marks().stream()).toList();
    }

    /**
     * One day.
     *
     * @param date the day
     * @param lessons the pupil's lessons that day, by number
     */
    public record Day(LocalDate date, List<DiaryLesson> lessons) {
        /** Copies the lessons. */
        public Day {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * One lesson in the diary.
     *
     * @param lesson the lesson
     * @param subjectName the subject's name
     * @param homework homework set at it
     * @param marks the pupil's marks at it
     * @param attendance the pupil's absence or lateness, if any
     */
    public record DiaryLesson(Lesson lesson, String subjectName, List<Homework> homework, List<DiaryMark> marks,
            Optional<AttendanceCode> attendance) {
        /** Copies the lists. */
        public DiaryLesson {
            homework = List.copyOf(homework);
            marks = List.copyOf(marks);
        }
    }

    /**
     * One mark in the diary.
     *
     * @param task the task it was for
     * @param value the mark
     */
    public record DiaryMark(Task task, MarkValue value) {
    }
}
