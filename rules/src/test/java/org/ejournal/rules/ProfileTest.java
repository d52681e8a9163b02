package org.ejournal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.ejournal.core.model.PeriodKind;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void the_defaults_are_those_of_the_requirements() {
        Profile p = Profile.defaults();

        assertThat(p.markDays()).isEqualTo(3);
        assertThat(p.markDaysFor("test-paper")).isEqualTo(7);
        assertThat(p.markDaysFor("class-work")).isEqualTo(3);
        assertThat(p.homeworkHoursAfterLessons()).isEqualTo(2);
        assertThat(p.publicationHours()).isEqualTo(24);
        assertThat(p.paperReportDays()).isEqualTo(7);
        assertThat(p.dayCounting()).isEqualTo(DayCounting.CALENDAR_DAYS);
        assertThat(p.minimumMarksFor(new BigDecimal("2")).forKind(PeriodKind.QUARTER)).isEqualTo(3);
        assertThat(p.minimumMarksFor(new BigDecimal("5")).forKind(PeriodKind.QUARTER)).isEqualTo(5);
        assertThat(p.minimumMarksFor(BigDecimal.ONE).forKind(PeriodKind.HALF_YEAR)).isEqualTo(5);
        assertThat(p.averaging().thresholds()).containsExactly(new BigDecimal("4.65"), new BigDecimal("3.65"),
                new BigDecimal("2.65"));
        assertThat(p.firstGradeMarks()).isFalse();
        assertThat(p.journalRetentionYears()).isEqualTo(5);
        assertThat(p.summarySheetRetentionYears()).isEqualTo(25);
        assertThat(p.retentionCountFrom()).isEmpty();
        assertThat(Regulation.retention(p)).isEqualTo(org.ejournal.core.retention.RetentionPolicy.defaults());
    }

    @Test
    void retention_shorter_than_the_regulation_s_or_summary_sheets_shorter_than_journals_are_refused() {
        assertThatThrownBy(() -> Profile.builder().journalRetentionYears(4).build())
                .isInstanceOf(ProfileException.class).hasMessageStartingWith("EJ2001 retention.journals.years: must be 5 to 100")
                .hasMessageContaining("REC-7.2");
        assertThatThrownBy(() -> Profile.builder().summarySheetRetentionYears(24).build())
                .isInstanceOf(ProfileException.class).hasMessageStartingWith("EJ2001 retention.summarySheets.years")
                .hasMessageContaining("REC-7.3");
        assertThatThrownBy(() -> Profile.builder().journalRetentionYears(40).summarySheetRetentionYears(30).build())
                .isInstanceOf(ProfileException.class).hasMessageStartingWith("EJ2001 retention.summarySheets.years");
        assertThatThrownBy(() -> Profile.builder().retentionCountFrom(java.time.MonthDay.of(2, 29)).build())
                .isInstanceOf(ProfileException.class).hasMessageStartingWith("EJ2001 retention.countFrom");
        Profile longer = Profile.builder().journalRetentionYears(10).summarySheetRetentionYears(75)
                .retentionCountFrom(java.time.MonthDay.of(1, 1)).build();
        assertThat(Regulation.retention(longer)).isEqualTo(
                org.ejournal.core.retention.RetentionPolicy.of(10, 75).withCountFrom(java.time.MonthDay.of(1, 1)));
    }

    @Test
    void a_value_out_of_range_is_refused_naming_the_field() {
        assertThatThrownBy(() -> Profile.builder().markDays(-1).build()).isInstanceOf(ProfileException.class)
                .hasMessage("EJ2001 deadlines.marks.days: must be 0 to 60, got -1")
                .satisfies(e -> {
                    assertThat(((ProfileException) e).field()).isEqualTo("deadlines.marks.days");
                    assertThat(((ProfileException) e).code()).isEqualTo("EJ2001");
                });
    }

    @Test
    void an_accumulation_table_out_of_order_is_refused() {
        assertThatThrownBy(() -> Profile.builder().addMinimumMarks(new MinimumMarks(new BigDecimal("3"), 4, 4, 5),
                new MinimumMarks(new BigDecimal("2"), 3, 3, 5), new MinimumMarks(null, 5, 5, 5)).build())
                .isInstanceOf(ProfileException.class).hasMessageContaining("accumulation.minimumMarks");
    }
}
