package org.ejournal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.retention.RetentionPolicy;
import org.immutables.value.Value;

/**
 * A school's local act as numbers (локальный акт): every value the regulation leaves to the school —
 * hours, days, weights, thresholds, which rules block and which only warn — with the defaults of
 * {@code REQUIREMENTS.md}. Build one in code with {@link #builder()} or read it from a file with
 * {@link ProfileFile}; {@link #defaults()} is the regulation's defaults. Invalid values are refused
 * with a {@link ProfileException} naming the field. Immutable and thread-safe.
 *
 * <p>Each accessor's documentation names its key in a profile file.
 */
@Value.Immutable
public abstract class Profile {

    private static final Profile DEFAULTS = ImmutableProfile.builder().build();

    Profile() {
    }

    /** @return a builder starting from the defaults */
    public static ImmutableProfile.Builder builder() {
        return ImmutableProfile.builder();
    }

    /** @return the regulation's defaults */
    public static Profile defaults() {
        return DEFAULTS;
    }

    /** @return a name for this version of the local act, e.g. «приказ № 45 от 28.08.2026»; key {@code policyVersion} */
    @Value.Default
    public String policyVersion() {
        return "ejournal-defaults-1";
    }

    /** @return how deadlines in days are counted; key {@code days.counting}, default calendar days */
    @Value.Default
    public DayCounting dayCounting() {
        return DayCounting.CALENDAR_DAYS;
    }

    /**
     * @return when each lesson of the day ends (the bell schedule), by lesson number; key
     *     {@code timetable.lessonEnds}; default 0: 08:25, 1: 09:15, 2: 10:10, 3: 11:15, 4: 12:20,
     *     5: 13:15, 6: 14:10, 7: 15:05, 8: 16:00, 9: 16:55, 10: 17:50, 11: 18:45, 12: 19:40
     */
    @Value.Default
    public Map<Integer, LocalTime> lessonEnds() {
        Map<Integer, LocalTime> m = new TreeMap<>();
        String[] ends = {"08:25", "09:15", "10:10", "11:15", "12:20", "13:15", "14:10", "15:05", "16:00", "16:55",
            "17:50", "18:45", "19:40"};
        for (int i = 0; i < ends.length; i++) {
            m.put(i, LocalTime.parse(ends[i]));
        }
        return m;
    }

    /**
     * @return REG-6: homework is entered at the latest this many hours after the class's last lesson
     *     of the day; key {@code deadlines.homework.hoursAfterLessons}, default 2
     */
    @Value.Default
    public int homeworkHoursAfterLessons() {
        return 2;
    }

    /** @return REG-7: marks are entered within this many days of the work; key {@code deadlines.marks.days}, default 3 */
    @Value.Default
    public int markDays() {
        return 3;
    }

    /**
     * @return REG-7 per task type code; key {@code deadlines.marks.daysByTaskType}; default test papers
     *     and essays 7 days
     */
    @Value.Default
    public Map<String, Integer> markDaysByTaskType() {
        return Map.of("test-paper", 7, "essay", 7);
    }

    /**
     * @return POL-4.4e: period marks are set at the latest this many days after the period's last day,
     *     unless the order fixes a date; key {@code deadlines.periodMarks.daysAfterPeriod}, default 0
     */
    @Value.Default
    public int periodMarkDaysAfterPeriod() {
        return 0;
    }

    /**
     * @return POL-4.4e: the dates fixed by the school's order for a study period's marks, which take
     *     precedence; key {@code deadlines.periodMarks.byOrder}, default none
     */
    public abstract Map<StudyPeriodId, LocalDate> periodMarkDeadlines();

    /**
     * @return POL-8.4: period marks and exam results reach pupils and guardians within this many hours;
     *     key {@code deadlines.publication.hours}, default 24
     */
    @Value.Default
    public int publicationHours() {
        return 24;
    }

    /**
     * @return POL-8.3: a guardian who declined electronic access gets a paper report at least every this
     *     many days; key {@code deadlines.paperReports.days}, default 7
     */
    @Value.Default
    public int paperReportDays() {
        return 7;
    }

    /**
     * @return REC-5.3: an entry whose deadline fell in a declared outage is excused if made within this
     *     many hours after the outage ended; key {@code outages.graceHours}, default 24
     */
    @Value.Default
    public int outageGraceHours() {
        return 24;
    }

    /**
     * @return POL-4.4c: the accumulation table, rows by ascending weekly hours, the last without a
     *     bound; key {@code accumulation.minimumMarks}; default up to 2 h: 3 a quarter or trimester,
     *     5 a half-year; more: 5, 5, 5
     */
    @Value.Default
    public List<MinimumMarks> minimumMarks() {
        return List.of(new MinimumMarks(new BigDecimal("2"), 3, 3, 5), new MinimumMarks(null, 5, 5, 5));
    }

    /**
     * @return POL-4.4c: a pupil who missed more than this share of a period's lessons and has too few
     *     marks is not attested («н/а»); key {@code accumulation.notAttestedAbsenceShare}, default 0.5
     */
    @Value.Default
    public BigDecimal notAttestedAbsenceShare() {
        return new BigDecimal("0.5");
    }

    /** @return §5a: how the suggested period mark is computed; key {@code averaging} */
    @Value.Default
    public AveragingPolicy averaging() {
        return AveragingPolicy.defaults();
    }

    /** @return §5a: whether pupils of the first grade get marks; key {@code marks.firstGrade}, default {@code false} */
    @Value.Default
    public boolean firstGradeMarks() {
        return false;
    }

    /**
     * @return REC-7.2, POL-7.1: the class journal of a school year is kept this many years after the
     *     year ends, at least the regulation's 5; key {@code retention.journals.years}, default 5
     */
    @Value.Default
    public int journalRetentionYears() {
        return RetentionPolicy.DEFAULT_JOURNAL_YEARS;
    }

    /**
     * @return REC-7.3, POL-7.2: the summary sheet of progress of a school year is kept this many years
     *     after the year ends, at least the regulation's 25 and not less than the journals; key
     *     {@code retention.summarySheets.years}, default 25
     */
    @Value.Default
    public int summarySheetRetentionYears() {
        return RetentionPolicy.DEFAULT_SUMMARY_SHEET_YEARS;
    }

    /**
     * @return REC-7.2: where the retention terms start: empty for the day after the school year's last
     *     day, or a month and day (not 29 February) for the first such day after it, e.g. 1 January as in
     *     archival practice; key {@code retention.countFrom}, {@code "YEAR_END"} or {@code "MM-DD"},
     *     default {@code "YEAR_END"}
     */
    public abstract Optional<MonthDay> retentionCountFrom();

    /**
     * @return overrides of the rules' default severities, by rule name (e.g.
     *     {@code MarksAreEnteredWithinTheDeadline → BLOCKING}); key {@code severities}
     */
    public abstract Map<String, RuleSeverity> severities();

    /**
     * @param rule a rule's name
     * @param byDefault the rule's own default
     * @return the severity this profile gives the rule
     */
    public RuleSeverity severityOf(String rule, RuleSeverity byDefault) {
        return severities().getOrDefault(rule, byDefault);
    }

    /**
     * @param taskType a task type code
     * @return the days within which marks for such work are due (REG-7)
     */
    public int markDaysFor(String taskType) {
        return markDaysByTaskType().getOrDefault(taskType, markDays());
    }

    /**
     * @param hoursPerWeek a subject's weekly hours
     * @return the row of the accumulation table that applies
     */
    public MinimumMarks minimumMarksFor(BigDecimal hoursPerWeek) {
        for (MinimumMarks row : minimumMarks()) {
            if (row.upToHoursPerWeek() == null || hoursPerWeek.compareTo(row.upToHoursPerWeek()) <= 0) {
                return row;
            }
        }
        return minimumMarks().get(minimumMarks().size() - 1);
    }

    /** Refuses values out of range, naming the field. */
    @Value.Check
    protected void check() {
        if (policyVersion().isBlank() || policyVersion().length() > 200) {
            throw new ProfileException("policyVersion", "must have 1 to 200 characters");
        }
        range("deadlines.homework.hoursAfterLessons", homeworkHoursAfterLessons(), 0, 48);
        range("deadlines.marks.days", markDays(), 0, 60);
        markDaysByTaskType().forEach((type, days) -> range("deadlines.marks.daysByTaskType." + type, days, 0, 60));
        range("deadlines.periodMarks.daysAfterPeriod", periodMarkDaysAfterPeriod(), 0, 60);
        range("deadlines.publication.hours", publicationHours(), 1, 24 * 14);
        range("deadlines.paperReports.days", paperReportDays(), 1, 31);
        range("outages.graceHours", outageGraceHours(), 0, 24 * 14);
        lessonEnds().keySet().forEach(n -> range("timetable.lessonEnds." + n, n, 0, 12));
        if (lessonEnds().isEmpty()) {
            throw new ProfileException("timetable.lessonEnds", "give at least one lesson's end");
        }
        if (minimumMarks().isEmpty()) {
            throw new ProfileException("accumulation.minimumMarks", "give at least one row");
        }
        for (int i = 0; i < minimumMarks().size(); i++) {
            BigDecimal bound = minimumMarks().get(i).upToHoursPerWeek();
            boolean last = i == minimumMarks().size() - 1;
            if (bound == null && !last) {
                throw new ProfileException("accumulation.minimumMarks", "only the last row may have no bound");
            }
            if (i > 0 && bound != null && bound.compareTo(minimumMarks().get(i - 1).upToHoursPerWeek()) <= 0) {
                throw new ProfileException("accumulation.minimumMarks", "rows must be in ascending order of hours");
            }
        }
        if (notAttestedAbsenceShare().signum() <= 0 || notAttestedAbsenceShare().compareTo(BigDecimal.ONE) > 0) {
            throw new ProfileException("accumulation.notAttestedAbsenceShare", "must be above 0 and at most 1");
        }
        if (journalRetentionYears() < RetentionPolicy.DEFAULT_JOURNAL_YEARS
                || journalRetentionYears() > RetentionPolicy.MAX_YEARS) {
            throw new ProfileException("retention.journals.years", "must be " + RetentionPolicy.DEFAULT_JOURNAL_YEARS
                    + " to " + RetentionPolicy.MAX_YEARS + ", got " + journalRetentionYears()
                    + ": the regulation keeps journals at least 5 years (REC-7.2, POL-7.1)");
        }
        if (summarySheetRetentionYears() < RetentionPolicy.DEFAULT_SUMMARY_SHEET_YEARS
                || summarySheetRetentionYears() > RetentionPolicy.MAX_YEARS) {
            throw new ProfileException("retention.summarySheets.years", "must be "
                    + RetentionPolicy.DEFAULT_SUMMARY_SHEET_YEARS + " to " + RetentionPolicy.MAX_YEARS + ", got "
                    + summarySheetRetentionYears() + ": the regulation keeps summary sheets at least 25 years"
                    + " (REC-7.3, POL-7.2)");
        }
        if (summarySheetRetentionYears() < journalRetentionYears()) {
            throw new ProfileException("retention.summarySheets.years", "must not be less than"
                    + " retention.journals.years (" + journalRetentionYears() + "), got " + summarySheetRetentionYears());
        }
        if (retentionCountFrom().isPresent() && retentionCountFrom().get().equals(MonthDay.of(2, 29))) {
            throw new ProfileException("retention.countFrom", "cannot be 29 February, which most years lack");
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ProfileException(field, "must be " + min + " to " + max + ", got " + value);
        }
    }
}
