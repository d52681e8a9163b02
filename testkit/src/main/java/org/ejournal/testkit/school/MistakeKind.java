package org.ejournal.testkit.school;

import org.ejournal.rules.catalogue.AbsencesAreEnteredOnTheLessonDay;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.ClosedPeriodsDoNotChange;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.HomeworkIsEnteredInTime;
import org.ejournal.rules.catalogue.LessonsAreEnteredOnTheirDay;
import org.ejournal.rules.catalogue.MarkRules;
import org.ejournal.rules.catalogue.MarksAccumulateByWeeklyLoad;
import org.ejournal.rules.catalogue.MarksAreEnteredWithinTheDeadline;
import org.ejournal.rules.catalogue.TeachersWriteOnlyForTheirLessons;

/**
 * A realistic mistake a generated school's staff can make, with the rule of the catalogue it should
 * trip: its name, its clause and the code of the violation, and where the regulation finds it. How
 * often each is made is {@link Mistakes}: a share, in thousandths, of the kind's <em>occasions</em>
 * named below. Immutable and thread-safe.
 */
public enum MistakeKind {

    /**
     * A lesson entered a day late, with all its entries (its absences, tasks, marks and homework come
     * with it). Occasion: each lesson. Found at entry: a warning on the {@code RecordLesson}.
     */
    LATE_LESSON(LessonsAreEnteredOnTheirDay.NAME, "REG-4", DeadlineRules.CODE_LESSON_LATE, Detection.WARNED_AT_ENTRY),
    /**
     * An absence entered the day after the lesson. Occasion: each absence or lateness. Found at entry:
     * a warning on the {@code RecordAttendance}.
     */
    LATE_ABSENCE(AbsencesAreEnteredOnTheLessonDay.NAME, "REG-4", DeadlineRules.CODE_ATTENDANCE_LATE,
            Detection.WARNED_AT_ENTRY),
    /**
     * Homework entered in the evening, more than the local act's hours after the class's last lesson.
     * Occasion: each homework. Found at entry: a warning on the {@code AssignHomework}.
     */
    LATE_HOMEWORK(HomeworkIsEnteredInTime.NAME, "REG-6", DeadlineRules.CODE_HOMEWORK_LATE, Detection.WARNED_AT_ENTRY),
    /**
     * A mark entered a day or two after the local act's days for its task type. Occasion: each mark.
     * Found at entry: a warning on the {@code RecordMark}.
     */
    LATE_MARK(MarksAreEnteredWithinTheDeadline.NAME, "REG-7", DeadlineRules.CODE_MARK_LATE, Detection.WARNED_AT_ENTRY),
    /**
     * A lesson entered without its topic, never completed. Occasion: each lesson. Found by the audit:
     * outstanding once the lesson's day has ended.
     */
    MISSING_TOPIC(LessonsAreEnteredOnTheirDay.NAME, "REG-4", DeadlineRules.CODE_LESSON_WITHOUT_TOPIC,
            Detection.OUTSTANDING_IN_AUDIT),
    /**
     * A teacher who forgets to enter a pupil's marks in a subject, so that the pupil ends a study
     * period with fewer marks than the local act's accumulation table asks (накопляемость). Occasion:
     * each pupil and subject of a study period that ends within the generated weeks (grades 2–11).
     * Found by the audit: outstanding once the period has ended; the period mark itself is warned at
     * entry as well ({@code EJ2310}).
     */
    TOO_FEW_MARKS(MarksAccumulateByWeeklyLoad.NAME, "POL-4.4c", MarkRules.CODE_TOO_FEW_MARKS_OUTSTANDING,
            Detection.OUTSTANDING_IN_AUDIT),
    /**
     * A teacher who, after the administrator closed a study period, tries to add a forgotten mark to a
     * lesson of that period. Occasion: each class and subject of a period closed within the generated
     * weeks. Found at entry: rejected.
     */
    MARK_IN_CLOSED_PERIOD(ClosedPeriodsDoNotChange.NAME, "REC-6.4", MarkRules.CODE_CLOSED_PERIOD,
            Detection.REJECTED_AT_ENTRY),
    /**
     * A teacher who opens another class's page and enters a mark for a lesson they neither teach nor
     * substitute. Occasion: each lesson with a task. Found at entry: rejected.
     */
    TEACHER_OUTSIDE_THEIR_CLASS(TeachersWriteOnlyForTheirLessons.NAME, TeachersWriteOnlyForTheirLessons.CLAUSE,
            AccessRules.CODE_NOT_THE_LESSONS_TEACHER, Detection.REJECTED_AT_ENTRY);

    /** Where the regulation finds a mistake. */
    public enum Detection {
        /** The journal (gate mode) rejects the command: nothing is recorded. */
        REJECTED_AT_ENTRY,
        /** The journal accepts the command with a warning, which the audit finds again on its event. */
        WARNED_AT_ENTRY,
        /** Nothing is wrong with any one command: the audit finds the gap as outstanding at the end. */
        OUTSTANDING_IN_AUDIT
    }

    private final String rule;
    private final String clause;
    private final String code;
    private final Detection detection;

    MistakeKind(String rule, String clause, String code, Detection detection) {
        this.rule = rule;
        this.clause = clause;
        this.code = code;
        this.detection = detection;
    }

    /** @return the name of the catalogue's rule that finds it, e.g. {@code MarksAreEnteredWithinTheDeadline} */
    public String rule() {
        return rule;
    }

    /** @return the clause of {@code REQUIREMENTS.md} the rule carries, e.g. {@code REG-7} */
    public String clause() {
        return clause;
    }

    /** @return the code of the violation the rule reports, e.g. {@code EJ2215} */
    public String code() {
        return code;
    }

    /** @return where it is found: rejected or warned at entry, or outstanding in the audit */
    public Detection detection() {
        return detection;
    }
}
