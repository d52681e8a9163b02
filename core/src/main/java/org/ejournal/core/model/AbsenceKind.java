package org.ejournal.core.model;

/** What an attendance code means, whatever letter the school uses for it. */
public enum AbsenceKind {
    /** Absent without a valid reason. */
    ABSENT_UNEXCUSED,
    /** Absent because of illness. */
    ABSENT_ILL,
    /** Absent with a valid reason. */
    ABSENT_EXCUSED,
    /** Late for the lesson. */
    LATE
}
