package org.ejournal.core.model;

/**
 * The roles a member of staff can hold (POL-1.6, POL-4.6, POL-4.7). The class teacher is not a
 * role but an assignment to a class ({@code AssignClassTeacher}).
 */
public enum StaffRole {
    /** Директор. */
    DIRECTOR,
    /** Заместитель директора. */
    DEPUTY_DIRECTOR,
    /** Учитель. */
    TEACHER,
    /** Администратор электронного журнала. */
    JOURNAL_ADMINISTRATOR,
    /** Документовед. */
    RECORDS_CLERK
}
