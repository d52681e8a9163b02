package org.ejournal.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.rules.AveragingPolicy;
import org.ejournal.rules.DayCounting;
import org.ejournal.rules.MinimumMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.ProfileFile;
import org.ejournal.rules.RuleSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingAProfileFileTest {

    /** Every key of the format, each with a value other than its default. */
    static final String EVERY_KEY = """
            {
              "policyVersion": "приказ № 45 от 28.08.2026",
              "days": {"counting": "SCHOOL_DAYS"},
              "timetable": {"lessonEnds": {"1": "09:00", "2": "09:55", "3": "10:50:30"}},
              "deadlines": {
                "homework": {"hoursAfterLessons": 4},
                "marks": {"days": 5, "daysByTaskType": {"dictation": 6, "essay": 10}},
                "periodMarks": {"daysAfterPeriod": 2, "byOrder": {"2026-q1": "2026-10-30", "q2": "2026-12-27"}},
                "publication": {"hours": 12},
                "paperReports": {"days": 14}
              },
              "outages": {"graceHours": 48},
              "accumulation": {
                "minimumMarks": [
                  {"upToHoursPerWeek": 1, "perQuarter": 2, "perTrimester": 2, "perHalfYear": 3},
                  {"upToHoursPerWeek": 2.5, "perQuarter": 3, "perTrimester": 4, "perHalfYear": 5},
                  {"perQuarter": 6, "perTrimester": 6, "perHalfYear": 8}
                ],
                "notAttestedAbsenceShare": 0.75
              },
              "averaging": {
                "method": "PLAIN",
                "weights": {"test-paper": 4, "homework": 1},
                "rounding": "HALF_UP",
                "thresholds": [4.5, 3.5, 2.5]
              },
              "marks": {"firstGrade": true},
              "retention": {"journals": {"years": 10}, "summarySheets": {"years": 50}, "countFrom": "01-01"},
              "severities": {"MarksAreEnteredWithinTheDeadline": "BLOCKING", "HomeworkIsEnteredInTime": "OFF"}
            }
            """;

    @Test
    void every_key_of_the_format_is_read_into_its_profile_value() {
        Profile p = ProfileFile.parse(EVERY_KEY);

        assertThat(p.policyVersion()).isEqualTo("приказ № 45 от 28.08.2026");
        assertThat(p.dayCounting()).isEqualTo(DayCounting.SCHOOL_DAYS);
        assertThat(p.lessonEnds()).containsExactlyInAnyOrderEntriesOf(Map.of(1, LocalTime.of(9, 0), 2,
                LocalTime.of(9, 55), 3, LocalTime.of(10, 50, 30)));
        assertThat(p.homeworkHoursAfterLessons()).isEqualTo(4);
        assertThat(p.markDays()).isEqualTo(5);
        assertThat(p.markDaysByTaskType()).containsExactlyInAnyOrderEntriesOf(Map.of("dictation", 6, "essay", 10));
        assertThat(p.periodMarkDaysAfterPeriod()).isEqualTo(2);
        assertThat(p.periodMarkDeadlines()).containsExactlyInAnyOrderEntriesOf(Map.of(
                StudyPeriodId.of("2026-q1"), LocalDate.of(2026, 10, 30), StudyPeriodId.of("q2"),
                LocalDate.of(2026, 12, 27)));
        assertThat(p.publicationHours()).isEqualTo(12);
        assertThat(p.paperReportDays()).isEqualTo(14);
        assertThat(p.outageGraceHours()).isEqualTo(48);
        assertThat(p.minimumMarks()).containsExactly(new MinimumMarks(new BigDecimal("1"), 2, 2, 3),
                new MinimumMarks(new BigDecimal("2.5"), 3, 4, 5), new MinimumMarks(null, 6, 6, 8));
        assertThat(p.notAttestedAbsenceShare()).isEqualTo(new BigDecimal("0.75"));
        assertThat(p.averaging()).isEqualTo(new AveragingPolicy(AveragingPolicy.Method.PLAIN,
                Map.of("test-paper", 4, "homework", 1), AveragingPolicy.Rounding.HALF_UP,
                List.of(new BigDecimal("4.5"), new BigDecimal("3.5"), new BigDecimal("2.5"))));
        assertThat(p.firstGradeMarks()).isTrue();
        assertThat(p.journalRetentionYears()).isEqualTo(10);
        assertThat(p.summarySheetRetentionYears()).isEqualTo(50);
        assertThat(p.retentionCountFrom()).contains(java.time.MonthDay.of(1, 1));
        assertThat(org.ejournal.rules.Regulation.retention(p)).isEqualTo(
                org.ejournal.core.retention.RetentionPolicy.of(10, 50).withCountFrom(java.time.MonthDay.of(1, 1)));
        assertThat(p.severities()).containsExactlyInAnyOrderEntriesOf(Map.of("MarksAreEnteredWithinTheDeadline",
                RuleSeverity.BLOCKING, "HomeworkIsEnteredInTime", RuleSeverity.OFF));
        assertThat(p.severityOf("MarksAreEnteredWithinTheDeadline", RuleSeverity.WARNING))
                .isEqualTo(RuleSeverity.BLOCKING);
    }

    @Test
    void the_retention_terms_count_from_the_year_s_end_unless_a_month_and_day_is_given() {
        assertThat(ProfileFile.parse("{\"retention\": {\"countFrom\": \"YEAR_END\"}}").retentionCountFrom()).isEmpty();
        assertThat(ProfileFile.parse("{\"retention\": {\"countFrom\": \"09-01\"}}").retentionCountFrom())
                .contains(java.time.MonthDay.of(9, 1));
        assertThat(ProfileFile.parse("{\"retention\": {\"journals\": {\"years\": 6}}}").summarySheetRetentionYears())
                .isEqualTo(25);
    }

    @Test
    void an_empty_object_is_the_default_profile() {
        assertThat(ProfileFile.parse("{}")).isEqualTo(Profile.defaults());
        assertThat(ProfileFile.parse(" \n\t{ }\r\n")).isEqualTo(Profile.defaults());
    }

    @Test
    void an_absent_key_keeps_its_default_and_nested_objects_may_be_partial() {
        Profile p = ProfileFile.parse("{\"deadlines\": {\"marks\": {\"days\": 7}}, \"averaging\": {\"rounding\": \"HALF_UP\"}}");

        assertThat(p).isEqualTo(Profile.builder().markDays(7).averaging(new AveragingPolicy(
                AveragingPolicy.defaults().method(), AveragingPolicy.defaults().weights(),
                AveragingPolicy.Rounding.HALF_UP, AveragingPolicy.defaults().thresholds())).build());
        assertThat(p.markDaysFor("test-paper")).as("the default per-type days stay").isEqualTo(7);
        assertThat(p.markDaysFor("class-work")).isEqualTo(7);
        assertThat(p.publicationHours()).isEqualTo(24);
    }

    @Test
    void a_map_given_in_the_file_replaces_the_default_map_entirely() {
        Profile p = ProfileFile.parse("{\"deadlines\": {\"marks\": {\"daysByTaskType\": {\"dictation\": 5}}}}");

        assertThat(p.markDaysByTaskType()).containsExactlyEntriesOf(Map.of("dictation", 5));
        assertThat(p.markDaysFor("test-paper")).as("no longer 7 days").isEqualTo(3);
        assertThat(ProfileFile.parse("{\"deadlines\": {\"marks\": {\"daysByTaskType\": {}}}}").markDaysByTaskType())
                .isEmpty();
    }

    @Test
    void whole_numbers_may_be_written_with_a_zero_fraction_or_an_exponent() {
        assertThat(ProfileFile.parse("{\"deadlines\": {\"marks\": {\"days\": 5.0}}}").markDays()).isEqualTo(5);
        assertThat(ProfileFile.parse("{\"deadlines\": {\"publication\": {\"hours\": 1.2e1}}}").publicationHours())
                .isEqualTo(12);
    }

    @Test
    void decimals_keep_the_scale_they_are_written_with() {
        Profile p = ProfileFile.parse("{\"accumulation\": {\"notAttestedAbsenceShare\": 0.50}}");

        assertThat(p.notAttestedAbsenceShare()).isEqualByComparingTo("0.5");
        assertThat(p.notAttestedAbsenceShare().scale()).isEqualTo(2);
    }

    @Test
    void escapes_in_strings_are_resolved_and_russian_text_is_read_as_it_is() {
        Profile p = ProfileFile.parse("{\"policyVersion\": \"\\u00abприказ\\u00bb \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ "
                + "\\b\\f\\n\\r\\t end\"}");

        assertThat(p.policyVersion()).isEqualTo("«приказ» \uD83D\uDE00 \"q\" \\ / \b\f\n\r\t end");
    }

    @Test
    void a_byte_order_mark_at_the_start_is_tolerated() {
        assertThat(ProfileFile.parse("\uFEFF{\"deadlines\": {\"marks\": {\"days\": 4}}}").markDays()).isEqualTo(4);
    }

    @Test
    void a_file_and_a_reader_are_read_as_utf_8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("local-act.json");
        Files.write(file, EVERY_KEY.getBytes(StandardCharsets.UTF_8));

        assertThat(ProfileFile.read(file)).isEqualTo(ProfileFile.parse(EVERY_KEY));
        assertThat(ProfileFile.read(new StringReader(EVERY_KEY))).isEqualTo(ProfileFile.parse(EVERY_KEY));
    }

    @Test
    void a_profile_written_to_a_file_is_read_back_equal(@TempDir Path dir) {
        Profile p = ProfileFile.parse(EVERY_KEY);
        Path file = dir.resolve("out.json");

        ProfileFile.write(p, file);

        assertThat(ProfileFile.read(file)).isEqualTo(p);
    }
}
