package org.ejournal.core.command;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Records a lesson on its day (POL-4.4b, REG-4): class or group, subject, day, number, kind (ORD-5), kind of work, topic, the teacher it belongs to and the substitute who gave it, if any — the substitution is recorded with the entry (REG-5) and is never edited afterwards.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the lesson's identifier
 * @param schoolClass the class
 * @param group the group, or {@code null} for the whole class
 * @param subject the subject
 * @param date the day of the lesson, in the school's zone, within the class's school year
 * @param number the lesson's number in the day's timetable, 0 to 12
 * @param kind lesson, elective, club or extended-day group
 * @param workKind ordinary, practical, laboratory or test work
 * @param topic the topic, or {@code null} if not yet entered
 * @param teacher the teacher the lesson belongs to
 * @param substitute the teacher who gave it instead, or {@code null}
 */
public record RecordLesson(
        @NotNull LessonId id,
        @NotNull ClassId schoolClass,
        GroupId group,
        @NotNull SubjectId subject,
        @NotNull LocalDate date,
        @Min(0) @Max(12) int number,
        @NotNull LessonKind kind,
        @NotNull WorkKind workKind,
        @Size(max = 500) String topic,
        @NotNull StaffId teacher,
        StaffId substitute) implements Command {

    /**
     * An ordinary lesson of the whole class given by its own teacher.
     *
     * @param id the identifier
     * @param schoolClass the class
     * @param subject the subject
     * @param date the day
     * @param number the number in the day's timetable
     * @param teacher the teacher
     * @param topic the topic
     * @return the command
     */
    public static RecordLesson of(LessonId id, ClassId schoolClass, SubjectId subject, LocalDate date, int number,
            StaffId teacher, String topic) {
        return new RecordLesson(id, schoolClass, null, subject, date, number, LessonKind.LESSON, WorkKind.ORDINARY,
                topic, teacher, null);
    }

    /**
     * @param group the group, or {@code null}
     * @return a copy for that group
     */
    public RecordLesson withGroup(GroupId group) {
        return new RecordLesson(id, schoolClass, group, subject, date, number, kind, workKind, topic, teacher, substitute);
    }

    /**
     * @param workKind the kind of work
     * @return a copy with that kind of work
     */
    public RecordLesson withWorkKind(WorkKind workKind) {
        return new RecordLesson(id, schoolClass, group, subject, date, number, kind, workKind, topic, teacher, substitute);
    }

    /**
     * @param kind the kind of lesson
     * @return a copy of that kind
     */
    public RecordLesson withKind(LessonKind kind) {
        return new RecordLesson(id, schoolClass, group, subject, date, number, kind, workKind, topic, teacher, substitute);
    }

    /**
     * @param substitute the teacher who gave the lesson instead
     * @return a copy with the substitution
     */
    public RecordLesson withSubstitute(StaffId substitute) {
        return new RecordLesson(id, schoolClass, group, subject, date, number, kind, workKind, topic, teacher, substitute);
    }

    /** @return whether the substitute differs from the teacher (a Bean Validation property) */
    @AssertTrue(message = "the substitute must be another teacher")
    public boolean isSubstituteDistinct() {
        return substitute == null || !substitute.equals(teacher);
    }

    @Override
    public String clause() {
        return "POL-4.4b";
    }
}
