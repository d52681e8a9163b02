package org.ejournal.rules.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.Violation;
import org.ejournal.core.model.Outage;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.DayCounting;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.internal.SchoolTime;

/**
 * The rules that guard deadlines in the school's zone (REG-4, REG-6, REG-7, POL-4.4e, POL-8.4, POL-8.3)
 * and excuse what an outage made late (REC-5.3).
 *
 * <p>Every deadline is counted in the school's own time zone ({@code School.zone()}), from the instant
 * the entry was recorded ({@code JournalEvent.recordedAt()}), never from a clock of the rule's own or
 * the JVM's default zone: a server in UTC or Moscow does not shift "the day of the lesson" of a school
 * in Kamchatka. All these rules only warn by default, because a late entry must still be recorded —
 * the journal must not lose data; a school's profile may make any of them blocking
 * ({@code severities}).
 *
 * <p>When an entry is late but a declared outage ({@code DeclareOutage}) overlapped the time it was due
 * in and the entry came within {@code outages.graceHours} after the outage ended, the rule does not
 * report a violation: it records a note (severity {@code INFO}) with its own code, saying how late the
 * entry was and which outage excuses it (REC-5.3).
 */
public final class DeadlineRules {

    /** REG-4: a lesson (or its topic) was entered after the end of the lesson's day. */
    public static final String CODE_LESSON_LATE = "EJ2200";
    /** REG-4, REC-5.3: a lesson entered late, excused by a declared outage (a note). */
    public static final String CODE_LESSON_LATE_EXCUSED = "EJ2201";
    /** REG-4, POL-1.5: the lesson's day has ended and the lesson has no topic (audit, outstanding). */
    public static final String CODE_LESSON_WITHOUT_TOPIC = "EJ2202";

    /** REG-4: an absence or lateness was entered after the end of the lesson's day. */
    public static final String CODE_ATTENDANCE_LATE = "EJ2205";
    /** REG-4, REC-5.3: an absence entered late, excused by a declared outage (a note). */
    public static final String CODE_ATTENDANCE_LATE_EXCUSED = "EJ2206";

    /** REG-6: homework was entered more than the allowed hours after the class's last lesson of the day. */
    public static final String CODE_HOMEWORK_LATE = "EJ2210";
    /** REG-6, REC-5.3: homework entered late, excused by a declared outage (a note). */
    public static final String CODE_HOMEWORK_LATE_EXCUSED = "EJ2211";

    /** REG-7: a mark was entered after the days the local act allows for the task's type. */
    public static final String CODE_MARK_LATE = "EJ2215";
    /** REG-7, REC-5.3: a mark entered late, excused by a declared outage (a note). */
    public static final String CODE_MARK_LATE_EXCUSED = "EJ2216";

    /** POL-4.4e: a period mark was set after the deadline (the order's date, or the period's end plus the allowed days). */
    public static final String CODE_PERIOD_MARK_LATE = "EJ2220";
    /** POL-4.4e, REC-5.3: a period mark set late, excused by a declared outage (a note). */
    public static final String CODE_PERIOD_MARK_LATE_EXCUSED = "EJ2221";
    /** POL-4.4e: the deadline for a period's marks has passed and a pupil has none in a subject (audit, outstanding). */
    public static final String CODE_PERIOD_MARK_MISSING = "EJ2222";

    /** POL-8.4: an exam result was entered (and so published) later than the allowed hours after the exam day. */
    public static final String CODE_EXAM_RESULT_LATE = "EJ2225";
    /** POL-8.4, REC-5.3: an exam result entered late, excused by a declared outage (a note). */
    public static final String CODE_EXAM_RESULT_LATE_EXCUSED = "EJ2226";

    /** POL-8.3: a guardian without electronic access has had no paper report about a child for too long (audit, outstanding). */
    public static final String CODE_PAPER_REPORT_OVERDUE = "EJ2230";
    /** POL-8.3: a paper report was handed over more than the allowed days after the previous one. */
    public static final String CODE_PAPER_REPORT_LATE = "EJ2231";
    /** POL-8.3, REC-5.3: a paper report handed over late, excused by a declared outage (a note). */
    public static final String CODE_PAPER_REPORT_LATE_EXCUSED = "EJ2232";

    private DeadlineRules() {
    }

    /**
     * @param profile the school's profile, not {@code null}
     * @return the rules of this part of the catalogue, configured by the profile: the lesson and its
     *     topic on its day, absences on the lesson day, homework in time, marks within the deadline,
     *     period marks by the order's date, exam results published in time, weekly paper reports
     */
    public static List<Rule> all(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        return List.of(new LessonsAreEnteredOnTheirDay(profile), new AbsencesAreEnteredOnTheLessonDay(profile),
                new HomeworkIsEnteredInTime(profile), new MarksAreEnteredWithinTheDeadline(profile),
                new PeriodMarksAreSetByTheOrderDate(profile), new ExamResultsArePublishedInTime(profile),
                new GuardiansWithoutAccessGetWeeklyPaperReports(profile));
    }

    /** A text in Russian and in English. */
    record Text(String ru, String en) {

        static Text of(String[] pair) {
            return new Text(pair[0], pair[1]);
        }
    }

    /**
     * The entry a deadline rule judges.
     *
     * @param concerns what it concerns
     * @param entry what was entered, e.g. «отметка … выставлена»
     * @param dueFrom when it could first be made: the start of the time it was due in
     * @param deadline when it was due
     * @param exclusive whether the deadline is the first instant that is late (the end of a day: midnight
     *     already belongs to the next day) rather than the last instant that is on time (a number of hours)
     * @param due the deadline as text, in the school's local time
     * @param allowed what the local act allows, as text
     */
    record Late(String concerns, Text entry, Instant dueFrom, Instant deadline, boolean exclusive, Text due,
            Text allowed) {
    }

    /**
     * The base of the deadline rules: warns by default, and judges a late entry the same way in every
     * rule — how late, by what deadline, by which value of the local act, and whether a declared
     * outage excuses it (REC-5.3).
     */
    abstract static class DeadlineRule extends RegulationRule {

        private final String lateCode;
        private final String excusedCode;

        DeadlineRule(String name, String clause, String lateCode, String excusedCode, Profile profile,
                String... moreCodes) {
            super(name, clause, RuleSeverity.WARNING, profile, lateCode, withFirst(excusedCode, moreCodes));
            this.lateCode = lateCode;
            this.excusedCode = excusedCode;
        }

        private static String[] withFirst(String first, String... rest) {
            String[] all = new String[rest.length + 1];
            all[0] = first;
            System.arraycopy(rest, 0, all, 1, rest.length);
            return all;
        }

        /**
         * @param recordedAt when the entry was made
         * @param late the entry and its deadline
         * @param view the journal
         * @return nothing if on time; a note if an outage excuses it; else a violation
         */
        final Stream<Violation> lateness(Instant recordedAt, Late late, JournalView view) {
            if (onTime(recordedAt, late.deadline(), late.exclusive())) {
                return Stream.empty();
            }
            ZoneId zone = view.school().zone();
            Text by = Text.of(SchoolTime.describe(Duration.between(late.deadline(), recordedAt)));
            Instant dueFrom = late.dueFrom().isAfter(late.deadline()) ? late.deadline() : late.dueFrom();
            Optional<Outage> outage = SchoolTime.excusingOutage(dueFrom, late.deadline(), recordedAt,
                    view.outages(), profile.outageGraceHours());
            String ru = late.entry().ru() + " позже срока на " + by.ru() + " (срок — " + late.due().ru() + "; "
                    + late.allowed().ru() + ")";
            String en = late.entry().en() + " " + by.en() + " late (due " + late.due().en() + "; "
                    + late.allowed().en() + ")";
            if (outage.isEmpty()) {
                return Stream.of(violation(lateCode, late.concerns(), ru, en));
            }
            Outage o = outage.get();
            Text start = Text.of(SchoolTime.local(o.start(), zone));
            Text end = Text.of(SchoolTime.local(o.end(), zone));
            int grace = profile.outageGraceHours();
            return Stream.of(note(excusedCode, late.concerns(),
                    ru + ": опоздание оправдано техническим сбоем «" + o.id() + "» с " + start.ru() + " до " + end.ru()
                            + " — «" + o.reason() + "» (REC-5.3: запись принимается в течение "
                            + SchoolTime.ru(grace, "часа", "часов", "часов") + " после сбоя по локальному акту)",
                    en + ": excused by the outage '" + o.id() + "' from " + start.en() + " to " + end.en() + " — '"
                            + o.reason() + "' (REC-5.3: the local act accepts entries within " + grace
                            + " h after an outage)"));
        }

        /**
         * The quick test every rule makes before it builds any text: most entries are on time.
         *
         * @param recordedAt when the entry was made
         * @param deadline when it was due
         * @param exclusive whether the deadline is the first late instant (the end of a day)
         * @return whether the entry is on time
         */
        static boolean onTime(Instant recordedAt, Instant deadline, boolean exclusive) {
            return exclusive ? recordedAt.isBefore(deadline) : !recordedAt.isAfter(deadline);
        }

        /** @return «до конца дня 05.10.2026 по времени школы, Asia/Kamchatka» and its English */
        static Text endOfDay(java.time.LocalDate day, ZoneId zone) {
            Text d = Text.of(SchoolTime.day(day));
            return new Text("до конца дня " + d.ru() + " по времени школы, " + zone.getId(),
                    "by the end of " + d.en() + " school time, " + zone.getId());
        }

        /** @return «до 05.10.2026 12:10 по времени школы, Asia/Kamchatka» and its English */
        static Text until(Instant deadline, ZoneId zone) {
            Text t = Text.of(SchoolTime.local(deadline, zone));
            return new Text("до " + t.ru() + " по времени школы, " + zone.getId(),
                    "by " + t.en() + " school time, " + zone.getId());
        }

        /** @return «3 календарных дня» / "3 calendar days", or school days, as the profile counts */
        final Text days(int n) {
            boolean school = profile.dayCounting() == DayCounting.SCHOOL_DAYS;
            String ru = school ? SchoolTime.ru(n, "учебный день", "учебных дня", "учебных дней")
                    : SchoolTime.ru(n, "календарный день", "календарных дня", "календарных дней");
            return new Text(ru, n + (school ? " school" : " calendar") + (n == 1 ? " day" : " days"));
        }

        /** @return the class's name, e.g. «5А», or its identifier if unknown */
        static String className(JournalView view, org.ejournal.core.model.ClassId id) {
            return view.schoolClass(id).map(SchoolClass::name).orElse(id.value());
        }

        /** @return e.g. «„Математика“ 5А 05.10.2026 (2-й урок)» and its English */
        static Text lessonText(JournalView view, org.ejournal.core.model.ClassId schoolClass,
                org.ejournal.core.model.SubjectId subject, java.time.LocalDate date, int number) {
            String subjectName = view.subject(subject).map(org.ejournal.core.model.Subject::name)
                    .orElse(subject.value());
            Text day = Text.of(SchoolTime.day(date));
            String cls = className(view, schoolClass);
            return new Text("«" + subjectName + "» " + cls + " " + day.ru() + " (" + number + "-й урок)",
                    "'" + subjectName + "' " + cls + " " + day.en() + " (number " + number + ")");
        }

        /** @return the lesson as text, see {@link #lessonText(JournalView, org.ejournal.core.model.ClassId, org.ejournal.core.model.SubjectId, java.time.LocalDate, int)} */
        static Text lessonText(JournalView view, org.ejournal.core.model.Lesson lesson) {
            return lessonText(view, lesson.schoolClass(), lesson.subject(), lesson.date(), lesson.number());
        }

        /** @return the school year of a class, if known */
        static Optional<SchoolYear> yearOf(JournalView view, org.ejournal.core.model.ClassId id) {
            return view.schoolClass(id).flatMap(c -> view.schoolYear(c.year()));
        }
    }
}
