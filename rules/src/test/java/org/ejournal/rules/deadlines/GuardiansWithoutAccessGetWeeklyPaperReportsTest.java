package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.ADMIN;
import static org.ejournal.core.SchoolFixture.C5B;
import static org.ejournal.core.SchoolFixture.IVANOVA;
import static org.ejournal.core.SchoolFixture.IVANOVA_MOTHER;
import static org.ejournal.core.SchoolFixture.MONDAY;
import static org.ejournal.core.SchoolFixture.PETROV;
import static org.ejournal.core.SchoolFixture.RUS_TEACHER;
import static org.ejournal.rules.deadlines.Deadlines.acceptAt;
import static org.ejournal.rules.deadlines.Deadlines.at;
import static org.ejournal.rules.deadlines.Deadlines.codes;
import static org.ejournal.rules.deadlines.Deadlines.only;
import static org.ejournal.rules.deadlines.Deadlines.outstanding;
import static org.ejournal.rules.deadlines.Deadlines.rejectAt;

import java.time.LocalDate;
import java.util.List;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.LinkGuardian;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPaperReport;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.model.Contact;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.Kinship;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StudentId;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.GuardiansWithoutAccessGetWeeklyPaperReports;
import org.junit.jupiter.api.Test;

/**
 * Petrov's father declined electronic access on the fixture's Monday 2026-10-05; Petrov has been in 5А
 * since 1 September. Ivanova's mother uses the electronic diary and is owed nothing on paper.
 */
class GuardiansWithoutAccessGetWeeklyPaperReportsTest {

    private static final GuardianId PETROV_FATHER = GuardianId.of("g-petrov");
    private static final String PETROV_REPORTS = "paper reports " + PETROV_FATHER + "/" + PETROV;

    private static SchoolFixture school(Profile profile) {
        SchoolFixture school = Deadlines.school(profile);
        acceptAt(school, at(MONDAY, 10, 1), ADMIN, new RegisterGuardian(PETROV_FATHER,
                PersonName.of("Петров", "Сергей", "Иванович"), Contact.of("+74152000002", null, null), false));
        acceptAt(school, at(MONDAY, 10, 2), ADMIN, new LinkGuardian(PETROV_FATHER, PETROV, Kinship.FATHER));
        return school;
    }

    private static RecordPaperReport report(LocalDate day) {
        return new RecordPaperReport(PETROV_FATHER, PETROV, day.minusDays(6), day);
    }

    @Test
    void POL_8_3_a_guardian_without_access_who_never_had_a_report_about_a_child_in_class_for_weeks_is_owed_one() {
        Profile profile = Profile.defaults();
        SchoolFixture school = school(profile);
        List<Violation> owed = outstanding(Deadlines.audit(school, profile, at(MONDAY, 12, 0)),
                DeadlineRules.CODE_PAPER_REPORT_OVERDUE);
        assertThat(owed).extracting(Violation::concerns).containsExactly(PETROV_REPORTS);
        Violation v = owed.get(0);
        assertThat(v.clause()).isEqualTo("POL-8.3");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.messageRu()).contains("с 01.09.2026 00:00").contains("7 дней").contains("5А")
                .contains("до 08.09.2026 00:00 по времени школы");
        assertThat(v.messageEn()).contains("at least every 7 days");
    }

    @Test
    void POL_8_3_a_guardian_with_electronic_access_is_owed_no_paper_report() {
        Profile profile = Profile.defaults();
        SchoolFixture school = school(profile);
        assertThat(outstanding(Deadlines.audit(school, profile, at(MONDAY, 12, 0)),
                DeadlineRules.CODE_PAPER_REPORT_OVERDUE)).extracting(Violation::concerns)
                .noneMatch(c -> c.contains(IVANOVA_MOTHER.value()) || c.contains(IVANOVA.value()));
    }

    @Test
    void POL_8_3_a_report_within_the_last_seven_days_is_enough_and_an_older_one_is_not() {
        Profile profile = Profile.defaults();
        SchoolFixture school = school(profile);
        acceptAt(school, at(MONDAY, 11, 0), RUS_TEACHER, report(MONDAY));
        assertThat(outstanding(Deadlines.audit(school, profile, at(MONDAY.plusDays(7), 11, 0)),
                DeadlineRules.CODE_PAPER_REPORT_OVERDUE)).isEmpty();
        List<Violation> owed = outstanding(Deadlines.audit(school, profile, at(MONDAY.plusDays(7), 11, 1)),
                DeadlineRules.CODE_PAPER_REPORT_OVERDUE);
        assertThat(owed).extracting(Violation::concerns).containsExactly(PETROV_REPORTS);
        assertThat(owed.get(0).messageRu()).contains("с 05.10.2026 11:00").contains("на 1 мин");
    }

    @Test
    void POL_8_3_the_profile_sets_the_days() {
        Profile profile = Profile.builder().paperReportDays(14).build();
        SchoolFixture school = school(profile);
        acceptAt(school, at(MONDAY, 11, 0), RUS_TEACHER, report(MONDAY));
        assertThat(outstanding(Deadlines.audit(school, profile, at(MONDAY.plusDays(10), 11, 0)),
                DeadlineRules.CODE_PAPER_REPORT_OVERDUE)).isEmpty();
    }

    @Test
    void POL_8_3_a_child_who_came_to_class_less_than_seven_days_ago_is_not_yet_owed_a_report() {
        Profile profile = Profile.defaults();
        SchoolFixture school = Deadlines.school(profile);
        StudentId newcomer = StudentId.of("s-novikov");
        GuardianId mother = GuardianId.of("g-novikova");
        acceptAt(school, at(MONDAY, 10, 1), ADMIN,
                new RegisterStudent(newcomer, PersonName.of("Новиков", "Олег", null), LocalDate.of(2015, 5, 5)));
        acceptAt(school, at(MONDAY, 10, 2), ADMIN,
                RecordMovement.enrolment(newcomer, C5B, SchoolFixture.order("77-у"), MONDAY));
        acceptAt(school, at(MONDAY, 10, 3), ADMIN, new RegisterGuardian(mother,
                PersonName.of("Новикова", "Анна", null), Contact.of(null, null, "Петропавловск-Камчатский"), false));
        acceptAt(school, at(MONDAY, 10, 4), ADMIN, new LinkGuardian(mother, newcomer, Kinship.MOTHER));

        assertThat(outstanding(Deadlines.audit(school, profile, at(MONDAY.plusDays(7), 0, 0)),
                DeadlineRules.CODE_PAPER_REPORT_OVERDUE)).extracting(Violation::concerns)
                .doesNotContain("paper reports " + mother + "/" + newcomer);
        assertThat(outstanding(Deadlines.audit(school, profile, at(MONDAY.plusDays(7), 0, 1)),
                DeadlineRules.CODE_PAPER_REPORT_OVERDUE)).extracting(Violation::concerns)
                .contains("paper reports " + mother + "/" + newcomer);
    }

    @Test
    void POL_8_3_nothing_is_owed_outside_the_school_year() {
        Profile profile = Profile.defaults();
        SchoolFixture school = school(profile);
        assertThat(outstanding(Deadlines.audit(school, profile, at(LocalDate.of(2027, 7, 15), 12, 0)),
                DeadlineRules.CODE_PAPER_REPORT_OVERDUE)).isEmpty();
    }

    @Test
    void POL_8_3_a_report_handed_over_more_than_seven_days_after_the_previous_one_is_late() {
        SchoolFixture school = school(Profile.defaults());
        // the first report is not judged at entry: the journal does not know since when the guardian is linked
        assertThat(acceptAt(school, at(MONDAY, 11, 0), RUS_TEACHER, report(MONDAY)).warnings()).isEmpty();
        assertThat(acceptAt(school, at(MONDAY.plusDays(7), 11, 0), RUS_TEACHER, report(MONDAY.plusDays(7)))
                .warnings()).isEmpty();
        Violation v = only(acceptAt(school, at(MONDAY.plusDays(16), 15, 0), RUS_TEACHER, report(MONDAY.plusDays(16))));
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_PAPER_REPORT_LATE);
        assertThat(v.concerns()).isEqualTo(PETROV_REPORTS);
        assertThat(v.messageRu()).contains("на 2 дн 4 ч").contains("до 19.10.2026 11:00").contains("7 дней");
    }

    @Test
    void POL_8_3_a_school_whose_act_makes_it_blocking_rejects_a_late_report() {
        SchoolFixture school = school(Deadlines.blocking(GuardiansWithoutAccessGetWeeklyPaperReports.NAME));
        acceptAt(school, at(MONDAY, 11, 0), RUS_TEACHER, report(MONDAY));
        assertThat(rejectAt(school, at(MONDAY.plusDays(9), 11, 0), RUS_TEACHER, report(MONDAY.plusDays(9))).codes())
                .containsExactly(DeadlineRules.CODE_PAPER_REPORT_LATE);
        assertThat(codes(acceptAt(school, at(MONDAY.plusDays(6), 11, 0), RUS_TEACHER, report(MONDAY.plusDays(6)))))
                .isEmpty();
    }
}
