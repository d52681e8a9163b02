/**
 * Retention of a school's journal (REC-7.2, POL-7.1; REC-7.3, POL-7.2; REG-8): which entries of the
 * audit log have passed their term on a given day, legal holds that keep them, and the plan that
 * {@code Journal.purge} carries out — deleting exactly the due payloads, keeping their tombstones, so
 * that the log still verifies with the same Merkle root (DESIGN.md §6).
 *
 * <p><b>Terms.</b> The class journal of a school year is kept {@link
 * org.ejournal.core.retention.RetentionPolicy#journalYears() 5 years} and its summary sheet of progress
 * {@link org.ejournal.core.retention.RetentionPolicy#summarySheetYears() 25 years}, counted from the day
 * after the year's last day (or the first given month-day after it, a profile choice); an entry is due
 * from the day its term ends. A journal of 2026/2027 (last day 31 May 2027) is kept until 31 May 2032
 * and due on 1 June 2032; its summary sheet is due on 1 June 2052.
 *
 * <p><b>Classification.</b> Each entry that still has its payload is classified from its header — the
 * action (the command's name) and the identifiers it names — and the journal's state, never from the
 * payload:
 *
 * <table>
 * <caption>What each entry belongs to</caption>
 * <tr><th>actions</th><th>kind</th><th>school year</th></tr>
 * <tr><td>{@code RecordLesson}, {@code CorrectLesson}, {@code AssignHomework}, {@code AssignTask},
 * {@code RecordMark}, {@code CorrectMark}, {@code CancelMark}, {@code RecordAttendance},
 * {@code CorrectAttendance}</td><td>journal (REC-7.2)</td><td>of the lesson's class (a mark: its task's
 * lesson), whatever day the entry was made: a correction goes with what it corrects</td></tr>
 * <tr><td>{@code CreateGroup}, {@code AssignClassTeacher}, {@code SetCurriculumLoad},
 * {@code AssignTeacher}, {@code RecordThematicPlan}</td><td>journal</td><td>of the class</td></tr>
 * <tr><td>{@code JoinGroup}, {@code LeaveGroup}</td><td>journal</td><td>of the group's class</td></tr>
 * <tr><td>{@code RecordPaperReport}</td><td>journal</td><td>of the first day the report covers</td></tr>
 * <tr><td>{@code DeclareOutage}</td><td>journal</td><td>of the outage's start</td></tr>
 * <tr><td>{@code RecordPeriodMark}, {@code CorrectPeriodMark}</td><td>summary sheet (REC-7.3)</td><td>of
 * the study period</td></tr>
 * <tr><td>{@code RecordExamResult}</td><td>summary sheet</td><td>of the exam's day (a state exam in June:
 * the year just ended)</td></tr>
 * <tr><td>{@code OpenSchoolYear}, {@code DefineStudyPeriod}, {@code ClosePeriod}, {@code ReopenPeriod},
 * {@code CloseSchoolYear}, {@code ReopenSchoolYear}, {@code CreateClass}</td><td>summary sheet: the sheet
 * needs its year, periods and classes, and a period or year whose closing was purged would look open to
 * corrections (REC-6.4, POL-4.6)</td><td>their own</td></tr>
 * <tr><td>{@code RecordMovement}</td><td>summary sheet: which pupils the class's sheet lists</td><td>of the
 * class joined; for a withdrawal or graduation, of the latest class the pupil has left (the header does
 * not say which stay it ended, so never earlier than its own, later if the pupil came back and left
 * again)</td></tr>
 * <tr><td>{@code PromoteClass}</td><td>summary sheet: it places the class's pupils in the next year's
 * classes</td><td>of the latest class it names (the class promoted into; the class itself when it
 * graduates)</td></tr>
 * <tr><td>{@code RegisterStudent}, {@code RegisterGuardian}</td><td>personal data (REC-1.8)</td><td>kept
 * while any kept entry names the pupil or guardian (a pupil: while any summary sheet lists them), and at
 * least for the journal term of the year they were registered in</td></tr>
 * <tr><td>{@code LinkGuardian}</td><td>personal data</td><td>kept while the ward's journals are (the
 * journal entries about the ward), and at least for the journal term of the year it was made in</td></tr>
 * <tr><td>{@code RegisterStaffMember}, {@code DefineSubject}</td><td>school register</td><td>never due:
 * not records of a year, and the journal cannot tell who still works at the school</td></tr>
 * <tr><td>any other action</td><td>unclassified</td><td>kept, and listed in the plan</td></tr>
 * </table>
 *
 * <p>A day outside every school year belongs to the year that began last before it (the summer after
 * a year belongs to that year), or to the first year if it is before them all.
 *
 * <p><b>What is needed stays.</b> An entry that creates something — a year, period, class, group,
 * lesson, task, homework, exam result, outage, pupil, guardian, or a mark, attendance or period mark
 * that later entries correct — is due no earlier than every entry that names it, and every entry that
 * names it in turn, and never while one of them is kept for good (an unclassified entry, a legal hold).
 * A class's order ({@code PromoteClass}) moves whoever is in the class when it is replayed, without
 * naming them, so the movements and orders that placed its pupils in the class are kept as long as the
 * order: a pupil promoted by order every year keeps the places of earlier years until the sheet of
 * their last order is due.
 * So a purge never leaves a kept entry pointing at a purged one, and the journal reopened over the
 * purged log replays without a gap in what it needs; {@code Journal.purge} checks that too before it
 * deletes anything ({@value org.ejournal.core.retention.Retention#WOULD_NOT_REPLAY}).
 *
 * <p><b>Legal holds</b> ({@link org.ejournal.core.retention.LegalHold}) are supplied by the host with
 * each plan; see that class for what a hold on a year, or on one pupil in a year, keeps.
 *
 * <p><b>Codes</b> EJ1920–EJ1925: see {@link org.ejournal.core.retention.RetentionException}.
 */
package org.ejournal.core.retention;
