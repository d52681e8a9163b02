package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.LESSON;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER;
import static org.ejournal.core.SchoolFixture.MONDAY;
import static org.ejournal.core.SchoolFixture.PETROV;
import static org.ejournal.rules.deadlines.Deadlines.acceptAt;
import static org.ejournal.rules.deadlines.Deadlines.at;
import static org.ejournal.rules.deadlines.Deadlines.codes;
import static org.ejournal.rules.deadlines.Deadlines.only;
import static org.ejournal.rules.deadlines.Deadlines.rejectAt;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.AbsencesAreEnteredOnTheLessonDay;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbsencesAreEnteredOnTheLessonDayTest {

    private static final RecordAttendance ABSENT = RecordAttendance.of(LESSON, PETROV, "н");

    private TimeZone jvmZone;

    @BeforeEach
    void rememberTheJvmZone() {
        jvmZone = TimeZone.getDefault();
    }

    @AfterEach
    void restoreTheJvmZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void REG_4_an_absence_entered_on_the_lesson_day_is_on_time() {
        SchoolFixture school = Deadlines.school();
        assertThat(acceptAt(school, at(MONDAY, 16, 0), MATH_TEACHER, ABSENT).warnings()).isEmpty();
    }

    @Test
    void REG_4_an_absence_entered_the_next_day_is_a_warning_saying_how_late_and_by_when() {
        SchoolFixture school = Deadlines.school();
        Violation v = only(acceptAt(school, at(MONDAY.plusDays(1), 7, 45), MATH_TEACHER, ABSENT));
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_ATTENDANCE_LATE);
        assertThat(v.clause()).isEqualTo("REG-4");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.concerns()).isEqualTo("attendance " + LESSON + "/" + PETROV);
        assertThat(v.messageRu()).contains("на 7 ч 45 мин").contains("до конца дня 05.10.2026 по времени школы")
                .contains("«н»");
        assertThat(v.messageEn()).contains("7 h 45 min late").contains("by the end of 2026-10-05 school time");
    }

    @Test
    void REG_4_a_correction_of_attendance_made_later_is_not_a_late_entry() {
        SchoolFixture school = Deadlines.school();
        acceptAt(school, at(MONDAY, 12, 0), MATH_TEACHER, ABSENT);
        Outcome.Accepted corrected = acceptAt(school, at(MONDAY.plusDays(2), 9, 0), MATH_TEACHER,
                new CorrectAttendance(LESSON, PETROV, "б", "справка от врача"));
        assertThat(corrected.warnings()).isEmpty();
    }

    @Test
    void REG_4_a_school_whose_act_makes_it_blocking_rejects_a_late_absence() {
        SchoolFixture school = Deadlines.school(Deadlines.blocking(AbsencesAreEnteredOnTheLessonDay.NAME));
        assertThat(rejectAt(school, at(MONDAY.plusDays(1), 8, 0), MATH_TEACHER, ABSENT).codes())
                .containsExactly(DeadlineRules.CODE_ATTENDANCE_LATE);
        assertThat(acceptAt(school, at(MONDAY, 23, 0), MATH_TEACHER, ABSENT).warnings()).isEmpty();
    }

    @Test
    void REG_4_a_school_whose_act_turns_it_off_finds_nothing() {
        Profile off = Profile.builder().putSeverities(AbsencesAreEnteredOnTheLessonDay.NAME,
                org.ejournal.rules.RuleSeverity.OFF).build();
        SchoolFixture school = Deadlines.school(off);
        assertThat(acceptAt(school, at(MONDAY.plusDays(5), 8, 0), MATH_TEACHER, ABSENT).warnings()).isEmpty();
    }

    // --------------------------------------------------------------- the school's zone, not the JVM's

    @ParameterizedTest(name = "JVM in {0}")
    @ValueSource(strings = {"UTC", "Europe/Moscow", "Pacific/Kiritimati"})
    void REG_4_an_absence_at_23_30_local_time_on_the_lesson_day_is_on_time_whatever_the_JVM_zone(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        SchoolFixture school = Deadlines.school();
        assertThat(acceptAt(school, at(MONDAY, 23, 30), MATH_TEACHER, ABSENT).warnings()).isEmpty();
    }

    @ParameterizedTest(name = "JVM in {0}")
    @ValueSource(strings = {"UTC", "Europe/Moscow", "Pacific/Kiritimati"})
    void REG_4_an_absence_at_00_30_local_time_the_next_day_is_late_whatever_the_JVM_zone(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        SchoolFixture school = Deadlines.school();
        // 00:30 in Kamchatka on Tuesday is still Monday 12:30 in UTC and 15:30 in Moscow
        Outcome.Accepted accepted = acceptAt(school, at(MONDAY.plusDays(1), 0, 30), MATH_TEACHER, ABSENT);
        assertThat(codes(accepted)).containsExactly(DeadlineRules.CODE_ATTENDANCE_LATE);
        assertThat(accepted.warnings().get(0).messageRu()).contains("на 30 мин");
    }

    @Test
    void REG_4_property_an_absence_is_late_exactly_when_entered_after_the_lesson_day_ends_in_the_school_zone() {
        List<String> zones = List.of("UTC", "Europe/Moscow", "Asia/Kamchatka", "America/Los_Angeles",
                "Pacific/Kiritimati", "Pacific/Pago_Pago");
        Instant dayStart = at(MONDAY, 0, 0);
        qt().withFixedSeed(20261005L).withExamples(40)
                .forAll(integers().between(0, 3 * 24 * 60 - 1), integers().between(0, zones.size() - 1))
                .checkAssert((minute, zone) -> {
                    TimeZone.setDefault(TimeZone.getTimeZone(zones.get(zone)));
                    try {
                        SchoolFixture school = Deadlines.school();
                        Instant when = dayStart.plus(Duration.ofMinutes(minute));
                        Outcome.Accepted accepted = acceptAt(school, when, MATH_TEACHER, ABSENT);
                        boolean late = minute >= 24 * 60;
                        assertThat(codes(accepted)).as("%d min after the day began, JVM in %s", minute,
                                zones.get(zone)).isEqualTo(late ? List.of(DeadlineRules.CODE_ATTENDANCE_LATE)
                                        : List.of());
                    } finally {
                        TimeZone.setDefault(jvmZone);
                    }
                });
    }
}
