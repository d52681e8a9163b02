package org.ejournal.core.retention;

/**
 * What an entry of the audit log is part of, for retention: each kind has its term and the clause it
 * comes from. {@link Retention} sorts every entry into one of them by its action and the journal's
 * state; see the package documentation for the table.
 */
public enum RecordKind {

    /**
     * The class journal of a school year — lessons, topics, homework, tasks, marks, attendance,
     * groups, teaching assignments, weekly load, thematic plans, paper reports, outages: kept
     * {@link RetentionPolicy#journalYears()} (REC-7.2, POL-7.1).
     */
    JOURNAL("REC-7.2"),

    /**
     * The summary sheet of progress of a school year and what it is made of — the year and its closing,
     * its study periods and their closing, its classes, the pupils' movements and the orders that move
     * classes into and out of them, period marks and exam results: kept
     * {@link RetentionPolicy#summarySheetYears()} (REC-7.3, POL-7.2).
     */
    SUMMARY_SHEET("REC-7.3"),

    /**
     * A pupil's or guardian's registration and the link between them: personal data kept no longer
     * than the records that need them (REC-1.8, the personal-data law), and never before the journal
     * term of the year they were recorded in has passed.
     */
    PERSONAL_DATA("REC-1.8"),

    /**
     * The school's standing registers, staff and subjects: not records of any school year, never due.
     * A staff list's term follows the rules for personnel records, which the regulation does not set,
     * and the journal cannot tell who still works at the school.
     */
    SCHOOL_REGISTER("REC-7.2");

    private final String clause;

    RecordKind(String clause) {
        this.clause = clause;
    }

    /** @return the clause the kind's term comes from, e.g. {@code REC-7.2} */
    public String clause() {
        return clause;
    }
}
