package org.ejournal.core.model;

/** The kind of teaching a lesson records (ORD-5): all of them are kept in the journal. */
public enum LessonKind {
    /** Урок. */
    LESSON,
    /** Факультатив. */
    ELECTIVE,
    /** Кружок. */
    CLUB,
    /** Группа продлённого дня. */
    EXTENDED_DAY_GROUP
}
