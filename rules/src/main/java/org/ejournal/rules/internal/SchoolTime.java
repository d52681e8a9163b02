package org.ejournal.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ejournal.core.model.Outage;
import org.ejournal.core.model.SchoolCalendar;
import org.ejournal.rules.DayCounting;
import org.ejournal.rules.Profile;

/**
 * Days and deadlines in the school's own time zone: a server in UTC or Moscow must never shift "the
 * day of the lesson" of a school in Kamchatka. Not an API.
 */
public final class SchoolTime {

    private SchoolTime() {
    }

    /**
     * @param instant an instant
     * @param zone the school's zone
     * @return the school's calendar day at that instant
     */
    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * @param day a day
     * @param zone the school's zone
     * @return the first instant after the day ends (midnight that starts the next day), exclusive
     */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Counts days forward from a day, as the profile counts them.
     *
     * @param from the day of the work
     * @param days how many days
     * @param counting calendar days or school days
     * @param calendar the school calendar of the year, or {@code null} if unknown (then calendar days)
     * @param grade the grade whose school days count
     * @return the last day of the term
     */
    public static LocalDate addDays(LocalDate from, int days, DayCounting counting, SchoolCalendar calendar,
            int grade) {
        if (counting == DayCounting.CALENDAR_DAYS || calendar == null) {
            return from.plusDays(days);
        }
        LocalDate d = from;
        int left = days;
        int guard = 0;
        while (left > 0 && guard++ < 400) {
            d = d.plusDays(1);
            if (calendar.isSchoolDay(d, grade)) {
                left--;
            }
        }
        return d;
    }

    /**
     * @param date the day
     * @param number the lesson's number
     * @param profile the bell schedule
     * @param zone the school's zone
     * @return when the lesson ends; for a number the schedule lacks, the end of the last one listed
     */
    public static Instant lessonEnd(LocalDate date, int number, Profile profile, ZoneId zone) {
        Map<Integer, LocalTime> ends = profile.lessonEnds();
        LocalTime end = ends.get(number);
        if (end == null) {
            end = ends.values().stream().max(LocalTime::compareTo).orElse(LocalTime.of(20, 0));
        }
        return date.atTime(end).atZone(zone).toInstant();
    }

    /**
     * Whether a late entry is excused by an outage (REC-5.3: "entries whose deadline fell inside a
     * declared outage window are late with a reason, not violations"). Two cases:
     * <ul>
     * <li>the outage covered the deadline: the entry is excused if made at the latest
     * {@code graceHours} after the outage ended;</li>
     * <li>the outage fell earlier in the time the entry was due in, {@code [windowStart, deadline)}:
     * the time lost extends the deadline — the entry is excused if made within the deadline plus the
     * overlap (no grace: the school still had time after the outage).</li>
     * </ul>
     *
     * @param windowStart when the entry could first be made
     * @param deadline when it was due
     * @param recordedAt when it was made, after the deadline
     * @param outages the declared outages
     * @param graceHours the profile's grace after an outage that covered the deadline
     * @return the excusing outage, if any
     */
    public static Optional<Outage> excusingOutage(Instant windowStart, Instant deadline, Instant recordedAt,
            List<Outage> outages, int graceHours) {
        for (Outage o : outages) {
            boolean coversDeadline = o.start().isBefore(deadline) && !o.end().isBefore(deadline);
            if (coversDeadline && !recordedAt.isAfter(o.end().plus(Duration.ofHours(graceHours)))) {
                return Optional.of(o);
            }
            boolean inWindow = o.start().isBefore(deadline) && o.end().isAfter(windowStart);
            if (inWindow && !coversDeadline) {
                Instant from = o.start().isAfter(windowStart) ? o.start() : windowStart;
                Duration lost = Duration.between(from, o.end());
                if (!recordedAt.isAfter(deadline.plus(lost))) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param late how late, not negative
     * @return e.g. «1 дн 2 ч» / "1 d 2 h", or «2 ч 5 мин» / "2 h 5 min": whole minutes rounded up, zero
     *     units left out, at least «1 мин»
     */
    public static String[] describe(Duration late) {
        long totalMinutes = late.toMinutes() + (late.minusMinutes(late.toMinutes()).isZero() ? 0 : 1);
        totalMinutes = Math.max(1, totalMinutes);
        long days = totalMinutes / (24 * 60);
        long hours = totalMinutes / 60 % 24;
        long minutes = totalMinutes % 60;
        StringBuilder ru = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (days > 0) {
            ru.append(days).append(" дн");
            en.append(days).append(" d");
        }
        if (hours > 0) {
            ru.append(ru.length() > 0 ? " " : "").append(hours).append(" ч");
            en.append(en.length() > 0 ? " " : "").append(hours).append(" h");
        }
        if (minutes > 0) {
            ru.append(ru.length() > 0 ? " " : "").append(minutes).append(" мин");
            en.append(en.length() > 0 ? " " : "").append(minutes).append(" min");
        }
        return new String[] {ru.toString(), en.toString()};
    }

    /**
     * @param day a day
     * @param zone the school's zone
     * @return the first instant of the day in the school's zone
     */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * @param instant an instant
     * @param days how many calendar days
     * @param zone the school's zone
     * @return the same local time that many days later, in the school's zone
     */
    public static Instant plusDays(Instant instant, int days, ZoneId zone) {
        return instant.atZone(zone).plusDays(days).toInstant();
    }

    /**
     * @param instant an instant
     * @param zone the school's zone
     * @return the school's local time, e.g. «05.10.2026 23:30» and "2026-10-05 23:30"
     */
    public static String[] local(Instant instant, ZoneId zone) {
        java.time.LocalDateTime t = instant.atZone(zone).toLocalDateTime();
        return new String[] {RU_DATE_TIME.format(t), EN_DATE_TIME.format(t)};
    }

    /**
     * @param day a day
     * @return e.g. «05.10.2026» and "2026-10-05"
     */
    public static String[] day(LocalDate day) {
        return new String[] {RU_DATE.format(day), day.toString()};
    }

    /**
     * The Russian form of a noun after a number: 1 день, 2 дня, 5 дней.
     *
     * @param n the number
     * @param one the form after 1 (день)
     * @param few the form after 2–4 (дня)
     * @param many the form after 5–20 and 0 (дней)
     * @return the number and the form
     */
    public static String ru(long n, String one, String few, String many) {
        long a = Math.abs(n) % 100;
        long b = a % 10;
        String form = a >= 11 && a <= 14 ? many : b == 1 ? one : b >= 2 && b <= 4 ? few : many;
        return n + " " + form;
    }

    private static final java.time.format.DateTimeFormatter RU_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final java.time.format.DateTimeFormatter RU_DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");
    private static final java.time.format.DateTimeFormatter EN_DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
}
