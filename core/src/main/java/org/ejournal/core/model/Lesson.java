package org.ejournal.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lesson as the journal records it (POL-4.4b, ORD-5): class (or one group of it), subject, day and
 * number in the day's timetable, kind, kind of work, topic, the teacher it belongs to and, if another
 * teacher gave it, the substitute — set when the lesson is entered and never edited afterwards
 * (REG-5). Immutable and thread-safe.
 */
@Value.Immutable
public interface Lesson {

    /** @return the identifier */
    LessonId id();

    /** @return the class */
    ClassId schoolClass();

    /** @return the group, if the lesson was for one group of the class only */
    Optional<GroupId> group();

    /** @return the subject */
    SubjectId subject();

    /** @return the day of the lesson, in the school's time zone */
    LocalDate date();

    /** @return the lesson's number in the day's timetable, 0 to 12 */
    int number();

    /** @return lesson, elective, club or extended-day group */
    LessonKind kind();

    /** @return ordinary, practical, laboratory or test work */
    WorkKind workKind();

    /** @return the topic, if entered */
    Optional<String> topic();

    /** @return the teacher the lesson belongs to */
    StaffId teacher();

    /** @return the teacher who actually gave it, if it was a substitution */
    Optional<StaffId> substitute();

    /** @return the teacher who gave the lesson: the substitute if any, else the teacher */
    default StaffId givenBy() {
        return substitute().orElse(teacher());
    }

    /** @return a builder */
    static ImmutableLesson.Builder builder() {
        return ImmutableLesson.builder();
    }
}
