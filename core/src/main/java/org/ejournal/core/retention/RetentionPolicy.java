package org.ejournal.core.retention;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.ejournal.core.model.SchoolYear;

/**
 * How long a school keeps the records of a school year (REC-7.2, POL-7.1; REC-7.3, POL-7.2): the class
 * journals so many years, the summary sheets of progress (сводные ведомости) so many years, both
 * counted from the end of the school year they cover. Where the counting starts is the local act's
 * choice too: the day after the year's last day (the default), or the first given day of the year
 * after it — e.g. 1 January, as the archival rule of counting from 1 January of the year after the
 * file was closed would have it.
 *
 * <p>A record is kept for the whole of its term and is <i>due</i> for purging from the day the term
 * ends: a journal of a year whose last day is 31 May 2027 is kept, by default, from 1 June 2027 for
 * 5 years, so until 31 May 2032, and due on 1 June 2032. The rules module reads these numbers from
 * the school's profile ({@code Regulation.retention(profile)}); this class knows no regulation
 * minimum, only that summary sheets are not kept shorter than the journals they are made from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param journalYears how many years the class journal of a school year is kept, 1 to
 *     {@value #MAX_YEARS}; by default 5
 * @param summarySheetYears how many years the summary sheet of a school year is kept, from
 *     {@code journalYears} to {@value #MAX_YEARS}; by default 25
 * @param countFrom where counting starts: empty for the day after the school year's last day, or a
 *     month and day (not 29 February) for the first such day after it
 */
public record RetentionPolicy(int journalYears, int summarySheetYears, Optional<MonthDay> countFrom) {

    /** The longest term this class accepts, in years. */
    public static final int MAX_YEARS = 100;

    /** REC-7.2, POL-7.1: journals are kept 5 years. */
    public static final int DEFAULT_JOURNAL_YEARS = 5;

    /** REC-7.3, POL-7.2: summary sheets are kept 25 years. */
    public static final int DEFAULT_SUMMARY_SHEET_YEARS = 25;

    private static final RetentionPolicy DEFAULTS = new RetentionPolicy(DEFAULT_JOURNAL_YEARS,
            DEFAULT_SUMMARY_SHEET_YEARS, Optional.empty());

    /**
     * Checks the numbers.
     *
     * @throws NullPointerException if {@code countFrom} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1001}) if a number of years is out of range,
     *     summary sheets would be kept shorter than journals, or counting would start on 29 February
     */
    public RetentionPolicy {
        Objects.requireNonNull(countFrom, "countFrom");
        if (journalYears < 1 || journalYears > MAX_YEARS) {
            throw new IllegalArgumentException("EJ1001 journals are kept 1 to " + MAX_YEARS + " years, got "
                    + journalYears);
        }
        if (summarySheetYears < journalYears || summarySheetYears > MAX_YEARS) {
            throw new IllegalArgumentException("EJ1001 summary sheets are kept " + journalYears + " to " + MAX_YEARS
                    + " years, not shorter than the journals, got " + summarySheetYears
                    + ": a journal needs the year, classes and periods it shares with the summary sheet");
        }
        if (countFrom.isPresent() && countFrom.get().equals(MonthDay.of(Month.FEBRUARY, 29))) {
            throw new IllegalArgumentException("EJ1001 counting cannot start on 29 February, which most years lack");
        }
    }

    /** @return the regulation's defaults: journals 5 years, summary sheets 25, from the day after the year's end */
    public static RetentionPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * @param journalYears how many years journals are kept
     * @param summarySheetYears how many years summary sheets are kept
     * @return a policy counting from the day after the school year's last day
     * @throws IllegalArgumentException (code {@code EJ1001}) if a number is out of range
     */
    public static RetentionPolicy of(int journalYears, int summarySheetYears) {
        return new RetentionPolicy(journalYears, summarySheetYears, Optional.empty());
    }

    /**
     * @param day the month and day counting starts on, the first such day after the year's last day,
     *     not {@code null}, not 29 February
     * @return a copy counting from that day
     * @throws IllegalArgumentException (code {@code EJ1001}) if the day is 29 February
     */
    public RetentionPolicy withCountFrom(MonthDay day) {
        return new RetentionPolicy(journalYears, summarySheetYears, Optional.of(Objects.requireNonNull(day, "day")));
    }

    /** @return a copy counting from the day after the school year's last day */
    public RetentionPolicy countingFromTheYearsEnd() {
        return new RetentionPolicy(journalYears, summarySheetYears, Optional.empty());
    }

    /**
     * @param year a school year, not {@code null}
     * @return the first day of its records' terms: the day after its last day, or the first
     *     {@link #countFrom()} day after its last day
     */
    public LocalDate countingStart(SchoolYear year) {
        LocalDate next = Objects.requireNonNull(year, "year").lastDay().plusDays(1);
        if (countFrom.isEmpty()) {
            return next;
        }
        LocalDate candidate = countFrom.get().atYear(next.getYear());
        return candidate.isBefore(next) ? countFrom.get().atYear(next.getYear() + 1) : candidate;
    }

    /**
     * @param year a school year, not {@code null}
     * @return the day its class journals become due: the counting start plus {@link #journalYears()}
     */
    public LocalDate journalsDueOn(SchoolYear year) {
        return countingStart(year).plusYears(journalYears);
    }

    /**
     * @param year a school year, not {@code null}
     * @return the day its summary sheet becomes due: the counting start plus {@link #summarySheetYears()}
     */
    public LocalDate summarySheetsDueOn(SchoolYear year) {
        return countingStart(year).plusYears(summarySheetYears);
    }

    /**
     * @param kind a kind of record with a term of its own ({@link RecordKind#JOURNAL} or
     *     {@link RecordKind#SUMMARY_SHEET}), not {@code null}
     * @param year a school year, not {@code null}
     * @return the day records of that kind and year become due
     * @throws IllegalArgumentException (code {@code EJ1001}) for a kind whose term is not counted
     *     from a year
     */
    public LocalDate dueOn(RecordKind kind, SchoolYear year) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case JOURNAL -> journalsDueOn(year);
            case SUMMARY_SHEET -> summarySheetsDueOn(year);
            default -> throw new IllegalArgumentException("EJ1001 " + kind + " has no term of its own");
        };
    }

    /**
     * @param kind a kind of record with a term of its own, not {@code null}
     * @return its term in years
     * @throws IllegalArgumentException (code {@code EJ1001}) for a kind whose term is not counted in years
     */
    public int years(RecordKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case JOURNAL -> journalYears;
            case SUMMARY_SHEET -> summarySheetYears;
            default -> throw new IllegalArgumentException("EJ1001 " + kind + " has no term of its own");
        };
    }
}
