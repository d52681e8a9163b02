package org.ejournal.core.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ejournal.core.model.AttendanceCode;
import org.ejournal.core.model.Homework;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.Subject;
import org.ejournal.core.model.Task;
import org.ejournal.core.model.TaskId;

/**
 * A page of the class journal: one class, one subject, one study period. Columns are the lessons in
 * date order with their tasks and homework; rows are the pupils who were in the class during the
 * period (alphabetically), with their marks, absences and period mark. Rows the reader may not see
 * are left out. Immutable and thread-safe.
 *
 * @param schoolClass the class
 * @param subject the subject
 * @param period the study period
 * @param columns the lessons, in date and number order
 * @param rows the pupils the reader may see
 */
public record JournalPage(SchoolClass schoolClass, Subject subject, StudyPeriod period, List<Column> columns,
        List<Row> rows) {

    /** Copies the lists. */
    public JournalPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param student a pupil
     * @return the pupil's row, if on this page and visible
     */
    public Optional<Row> row(StudentId student) {
        return rows.stream().filter(r -> r.student().equals(student)).findFirst();
    }

    /**
     * One lesson of the page.
     *
     * @param lesson the lesson
     * @param tasks its tasks, in the order given
     * @param homework the homework set at it
     */
    public record Column(Lesson lesson, List<Task> tasks, List<Homework> homework) {
        /** Copies the lists. */
        public Column {
            tasks = List.copyOf(tasks);
            homework = List.copyOf(homework);
        }
    }

    /**
     * One pupil of the page.
     *
     * @param student the pupil
     * @param name the pupil's name
     * @param marks the pupil's marks by task
     * @param attendance the pupil's absences and lateness by lesson
     * @param periodMark the period mark, if set
     */
    public record Row(StudentId student, PersonName name, Map<TaskId, MarkValue> marks,
            Map<LessonId, AttendanceCode> attendance, Optional<MarkValue> periodMark) {
        /** Copies the maps. */
        public Row {
            marks = Map.copyOf(marks);
            attendance = Map.copyOf(attendance);
        }
    }
}
