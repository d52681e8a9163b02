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
     * Whether a late entry is excused by an outage (REC-5.3): an outage overlapped the time the entry
     * was due in, {@code [windowStart, deadline)}, and the entry came within the grace after it ended.
     *
     * @param windowStart when the entry could first be made
     * @param deadline when it was due
     * @param recordedAt when it was made, after the deadline
     * @param outages the declared outages
     * @param graceHours the profile's grace after an outage
     * @return the excusing outage, if any
     */
    public static Optional<Outage> excusingOutage(Instant windowStart, Instant deadline, Instant recordedAt,
            List<Outage> outages, int graceHours) {
        for (Outage o : outages) {
            boolean overlaps = o.start().isBefore(deadline) && o.end().isAfter(windowStart);
            Instant latest = (o.end().isAfter(deadline) ? o.end() : deadline).plus(Duration.ofHours(graceHours));
            if (overlaps && !recordedAt.isAfter(latest)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * @param late how late
     * @return e.g. «2 ч 5 мин» / "2 h 5 min"
     */
    public static String[] describe(Duration late) {
        long days = late.toDays();
        long hours = late.minusDays(days).toHours();
        long minutes = late.minusDays(days).minusHours(hours).toMinutes();
        StringBuilder ru = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (days > 0) {
            ru.append(days).append(" дн ");
            en.append(days).append(" d ");
        }
        if (hours > 0 || days > 0) {
            ru.append(hours).append(" ч ");
            en.append(hours).append(" h ");
        }
        ru.append(minutes).append(" мин");
        en.append(minutes).append(" min");
        return new String[] {ru.toString(), en.toString()};
    }
}
