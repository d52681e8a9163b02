package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ejournal.core.model.GradeRange;
import org.ejournal.core.model.Outage;
import org.ejournal.core.model.OutageId;
import org.ejournal.core.model.SchoolCalendar;
import org.ejournal.core.model.Vacation;
import org.ejournal.rules.DayCounting;
import org.ejournal.rules.internal.SchoolTime;
import org.junit.jupiter.api.Test;

/** The school-time helpers the deadline rules count with. */
class SchoolTimeTest {

    private static final ZoneId KAMCHATKA = ZoneId.of("Asia/Kamchatka");
    private static final SchoolCalendar CALENDAR = SchoolCalendar.ofWeek(5).withVacation(
            Vacation.of("осенние", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 3), GradeRange.ALL));

    @Test
    void REG_4_the_day_ends_at_midnight_in_the_school_s_zone() {
        assertThat(SchoolTime.endOf(LocalDate.of(2026, 10, 5), KAMCHATKA))
                .isEqualTo(Instant.parse("2026-10-05T12:00:00Z"));
        assertThat(SchoolTime.dayOf(Instant.parse("2026-10-05T12:30:00Z"), KAMCHATKA))
                .isEqualTo(LocalDate.of(2026, 10, 6));
    }

    @Test
    void REG_7_school_days_skip_weekends_and_vacations_and_calendar_days_do_not() {
        LocalDate friday = LocalDate.of(2026, 10, 23);
        assertThat(SchoolTime.addDays(friday, 3, DayCounting.SCHOOL_DAYS, CALENDAR, 5))
                .isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(SchoolTime.addDays(friday, 3, DayCounting.CALENDAR_DAYS, CALENDAR, 5))
                .isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(SchoolTime.addDays(friday, 0, DayCounting.SCHOOL_DAYS, CALENDAR, 5)).isEqualTo(friday);
    }

    @Test
    void how_late_is_said_in_days_hours_and_minutes_rounded_up_to_the_minute() {
        assertThat(SchoolTime.describe(Duration.ofHours(26))).containsExactly("1 дн 2 ч", "1 d 2 h");
        assertThat(SchoolTime.describe(Duration.ofMinutes(125))).containsExactly("2 ч 5 мин", "2 h 5 min");
        assertThat(SchoolTime.describe(Duration.ofSeconds(1))).containsExactly("1 мин", "1 min");
        assertThat(SchoolTime.describe(Duration.ZERO)).containsExactly("1 мин", "1 min");
        assertThat(SchoolTime.describe(Duration.ofDays(2).plusSeconds(61))).containsExactly("2 дн 2 мин", "2 d 2 min");
    }

    @Test
    void russian_numbers_take_the_right_form() {
        assertThat(List.of(1, 2, 5, 11, 21, 24, 0)).extracting(n -> SchoolTime.ru(n, "день", "дня", "дней"))
                .containsExactly("1 день", "2 дня", "5 дней", "11 дней", "21 день", "24 дня", "0 дней");
    }

    @Test
    void REC_5_3_an_outage_excuses_only_if_it_overlapped_the_due_time_and_the_entry_came_within_the_grace() {
        Instant from = Instant.parse("2026-10-05T00:00:00Z");
        Instant deadline = Instant.parse("2026-10-06T00:00:00Z");
        Outage o = new Outage(OutageId.of("o"), Instant.parse("2026-10-05T20:00:00Z"),
                Instant.parse("2026-10-06T02:00:00Z"), "сбой");
        assertThat(SchoolTime.excusingOutage(from, deadline, Instant.parse("2026-10-07T02:00:00Z"), List.of(o), 24))
                .contains(o);
        assertThat(SchoolTime.excusingOutage(from, deadline, Instant.parse("2026-10-07T02:01:00Z"), List.of(o), 24))
                .isEmpty();
        Outage after = new Outage(OutageId.of("a"), Instant.parse("2026-10-06T01:00:00Z"),
                Instant.parse("2026-10-06T03:00:00Z"), "сбой");
        assertThat(SchoolTime.excusingOutage(from, deadline, Instant.parse("2026-10-06T04:00:00Z"), List.of(after),
                24)).isEmpty();
    }

    @Test
    void REC_5_3_an_outage_earlier_in_the_due_time_extends_the_deadline_by_the_time_lost() {
        Instant from = Instant.parse("2026-10-05T00:00:00Z");
        Instant deadline = Instant.parse("2026-10-06T00:00:00Z");
        Outage o = new Outage(OutageId.of("o"), Instant.parse("2026-10-05T10:00:00Z"),
                Instant.parse("2026-10-05T12:00:00Z"), "сбой");

        assertThat(SchoolTime.excusingOutage(from, deadline, Instant.parse("2026-10-06T02:00:00Z"), List.of(o), 24))
                .contains(o);
        assertThat(SchoolTime.excusingOutage(from, deadline, Instant.parse("2026-10-06T02:01:00Z"), List.of(o), 24))
                .isEmpty();
    }
}
