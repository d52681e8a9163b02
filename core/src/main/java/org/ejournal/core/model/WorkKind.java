package org.ejournal.core.model;

/** What kind of work a lesson was (POL-4.4b): recorded with the lesson on its day. */
public enum WorkKind {
    /** An ordinary lesson. */
    ORDINARY,
    /** Практическая работа. */
    PRACTICAL,
    /** Лабораторная работа. */
    LABORATORY,
    /** Контрольная работа. */
    TEST
}
