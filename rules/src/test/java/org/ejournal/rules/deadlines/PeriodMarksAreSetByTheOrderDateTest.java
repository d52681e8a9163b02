package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.ALEKSEEVA;
import static org.ejournal.core.SchoolFixture.IVANOVA;
import static org.ejournal.core.SchoolFixture.KUZNETSOV;
import static org.ejournal.core.SchoolFixture.MATH;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER;
import static org.ejournal.core.SchoolFixture.PETROV;
import static org.ejournal.core.SchoolFixture.Q1;
import static org.ejournal.core.SchoolFixture.RUSSIAN;
import static org.ejournal.core.SchoolFixture.SIDOROV;
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
import org.ejournal.core.command.CreateClass;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.command.SetCurriculumLoad;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StudentId;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.PeriodMarksAreSetByTheOrderDate;
import org.junit.jupiter.api.Test;

/** The fixture's first quarter ends on Sunday 2026-10-25; by default its marks are due by the end of that day. */
class PeriodMarksAreSetByTheOrderDateTest {

    private static final LocalDate Q1_LAST = LocalDate.of(2026, 10, 25);
    private static final ClassId C1A = ClassId.of("1a");
    private static final StudentId FIRST_GRADER = StudentId.of("s-malysheva");
    private static final RecordPeriodMark IVANOVA_MATH = new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5));

    @Test
    void POL_4_4e_a_period_mark_set_on_the_period_s_last_day_is_on_time() {
        SchoolFixture school = Deadlines.school();
        assertThat(acceptAt(school, at(Q1_LAST, 22, 0), MATH_TEACHER, IVANOVA_MATH).warnings()).isEmpty();
    }

    @Test
    void POL_4_4e_a_period_mark_set_the_next_day_is_a_warning_saying_the_deadline() {
        SchoolFixture school = Deadlines.school();
        Violation v = only(acceptAt(school, at(Q1_LAST.plusDays(1), 9, 0), MATH_TEACHER, IVANOVA_MATH));
        assertThat(v.code()).isEqualTo(DeadlineRules.CODE_PERIOD_MARK_LATE);
        assertThat(v.clause()).isEqualTo("POL-4.4e");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.concerns()).isEqualTo("period mark " + IVANOVA + "/" + MATH + "/" + Q1);
        assertThat(v.messageRu()).contains("на 9 ч").contains("до конца дня 25.10.2026")
                .contains("0 календарных дней после последнего дня периода").contains("1 четверть");
        assertThat(v.messageEn()).contains("9 h late").contains("quarter 1");
    }

    @Test
    void POL_4_4e_the_date_fixed_by_the_order_takes_precedence() {
        Profile profile = Profile.builder().putPeriodMarkDeadlines(Q1, LocalDate.of(2026, 10, 28)).build();
        SchoolFixture school = Deadlines.school(profile);
        assertThat(acceptAt(school, at(LocalDate.of(2026, 10, 28), 20, 0), MATH_TEACHER, IVANOVA_MATH).warnings())
                .isEmpty();
        Violation v = only(acceptAt(school, at(LocalDate.of(2026, 10, 29), 1, 0), MATH_TEACHER,
                new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(4))));
        assertThat(v.messageRu()).contains("на 1 ч").contains("приказом школы: 28.10.2026");
        assertThat(v.messageEn()).contains("the school's order: 2026-10-28");
    }

    @Test
    void POL_4_4e_the_profile_can_allow_days_after_the_period() {
        SchoolFixture school = Deadlines.school(Profile.builder().periodMarkDaysAfterPeriod(2).build());
        assertThat(acceptAt(school, at(Q1_LAST.plusDays(2), 18, 0), MATH_TEACHER, IVANOVA_MATH).warnings())
                .isEmpty();
        assertThat(codes(acceptAt(school, at(Q1_LAST.plusDays(3), 0, 0), MATH_TEACHER,
                new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(4)))))
                .containsExactly(DeadlineRules.CODE_PERIOD_MARK_LATE);
    }

    @Test
    void POL_4_4e_a_school_whose_act_makes_it_blocking_rejects_a_late_period_mark() {
        SchoolFixture school = Deadlines.school(Deadlines.blocking(PeriodMarksAreSetByTheOrderDate.NAME));
        assertThat(rejectAt(school, at(Q1_LAST.plusDays(1), 9, 0), MATH_TEACHER, IVANOVA_MATH).codes())
                .containsExactly(DeadlineRules.CODE_PERIOD_MARK_LATE);
        assertThat(acceptAt(school, at(Q1_LAST, 9, 0), MATH_TEACHER, IVANOVA_MATH).warnings()).isEmpty();
    }

    @Test
    void POL_4_4e_an_audit_after_the_deadline_lists_each_pupil_and_subject_of_the_curriculum_without_a_period_mark() {
        Profile profile = Profile.defaults();
        SchoolFixture school = Deadlines.school(profile);
        acceptAt(school, at(Q1_LAST, 12, 0), MATH_TEACHER, IVANOVA_MATH);

        assertThat(outstanding(Deadlines.audit(school, profile, at(Q1_LAST, 23, 59)),
                DeadlineRules.CODE_PERIOD_MARK_MISSING)).isEmpty();

        List<Violation> missing = outstanding(Deadlines.audit(school, profile, at(Q1_LAST.plusDays(1), 0, 0)),
                DeadlineRules.CODE_PERIOD_MARK_MISSING);
        // five pupils, three subjects of the curriculum (mathematics, Russian, PE), one mark set; only Q1 is due
        assertThat(missing).hasSize(5 * 3 - 1);
        assertThat(missing).extracting(Violation::concerns)
                .doesNotContain("period mark " + IVANOVA + "/" + MATH + "/" + Q1)
                .contains("period mark " + IVANOVA + "/" + RUSSIAN + "/" + Q1,
                        "period mark " + KUZNETSOV + "/" + MATH + "/" + Q1,
                        "period mark " + SIDOROV + "/" + MATH + "/" + Q1,
                        "period mark " + ALEKSEEVA + "/" + RUSSIAN + "/" + Q1)
                .allMatch(c -> c.endsWith("/" + Q1));
        assertThat(missing.get(0).messageRu()).contains("не выставлена").contains("до конца дня 25.10.2026");
    }

    @Test
    void POL_4_4e_an_audit_respects_the_order_s_date() {
        Profile profile = Profile.builder().putPeriodMarkDeadlines(Q1, LocalDate.of(2026, 10, 30)).build();
        SchoolFixture school = Deadlines.school(profile);
        assertThat(outstanding(Deadlines.audit(school, profile, at(LocalDate.of(2026, 10, 30), 12, 0)),
                DeadlineRules.CODE_PERIOD_MARK_MISSING)).isEmpty();
        assertThat(outstanding(Deadlines.audit(school, profile, at(LocalDate.of(2026, 10, 31), 12, 0)),
                DeadlineRules.CODE_PERIOD_MARK_MISSING)).hasSize(15);
    }
    @Test
    void POL_4_4e_a_pupil_who_left_the_school_before_the_period_ended_is_not_owed_a_period_mark() {
        Profile profile = Profile.defaults();
        SchoolFixture school = Deadlines.school(profile);
        acceptAt(school, at(LocalDate.of(2026, 10, 12), 9, 0), SchoolFixture.ADMIN,
                RecordMovement.withdrawal(PETROV, SchoolFixture.order("12-у"), LocalDate.of(2026, 10, 12)));

        List<Violation> missing = outstanding(Deadlines.audit(school, profile, at(Q1_LAST.plusDays(1), 0, 0)),
                DeadlineRules.CODE_PERIOD_MARK_MISSING);

        assertThat(missing).hasSize(4 * 3).extracting(Violation::concerns)
                .noneMatch(c -> c.startsWith("period mark " + PETROV + "/"));
    }

    @Test
    void POL_4_4e_a_pupil_moved_to_another_class_is_owed_the_marks_of_the_class_they_end_the_period_in() {
        Profile profile = Profile.defaults();
        SchoolFixture school = Deadlines.school(profile);
        acceptAt(school, at(LocalDate.of(2026, 10, 12), 9, 0), SchoolFixture.ADMIN,
                RecordMovement.transfer(IVANOVA, SchoolFixture.C5B, SchoolFixture.order("13-у"),
                        LocalDate.of(2026, 10, 12)));

        List<Violation> missing = outstanding(Deadlines.audit(school, profile, at(Q1_LAST.plusDays(1), 0, 0)),
                DeadlineRules.CODE_PERIOD_MARK_MISSING);

        List<String> ivanovas = missing.stream().map(Violation::concerns)
                .filter(c -> c.startsWith("period mark " + IVANOVA + "/")).toList();
        assertThat(ivanovas).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                school.journal.inspect(v -> v.curriculum(SchoolFixture.C5B)).stream()
                        .filter(l -> l.hoursPerWeek().signum() > 0)
                        .map(l -> "period mark " + IVANOVA + "/" + l.subject() + "/" + Q1).toList());
    }

    @Test
    void POL_4_4e_a_first_grader_is_owed_no_period_mark_unless_the_local_act_gives_the_first_grade_marks() {
        for (boolean firstGradeMarks : new boolean[] {false, true}) {
            Profile profile = Profile.builder().firstGradeMarks(firstGradeMarks).build();
            SchoolFixture school = Deadlines.school(profile);
            school.clock.set(at(LocalDate.of(2026, 9, 1), 8, 0));
            school.accept(SchoolFixture.ADMIN, new CreateClass(C1A, SchoolFixture.YEAR, 1, "А"));
            school.accept(SchoolFixture.ADMIN, new RegisterStudent(FIRST_GRADER,
                    PersonName.of("Малышева", "Ева", null), LocalDate.of(2019, 5, 1)));
            school.accept(SchoolFixture.ADMIN, RecordMovement.enrolment(FIRST_GRADER, C1A, SchoolFixture.order("5-у"),
                    SchoolFixture.YEAR_FIRST));
            school.accept(SchoolFixture.ADMIN, SetCurriculumLoad.of(C1A, MATH, 4));

            List<Violation> missing = outstanding(Deadlines.audit(school, profile, at(Q1_LAST.plusDays(1), 0, 0)),
                    DeadlineRules.CODE_PERIOD_MARK_MISSING);

            List<String> firstGraders = missing.stream().map(Violation::concerns)
                    .filter(c -> c.startsWith("period mark " + FIRST_GRADER + "/")).toList();
            if (firstGradeMarks) {
                assertThat(firstGraders).containsExactly("period mark " + FIRST_GRADER + "/" + MATH + "/" + Q1);
            } else {
                assertThat(firstGraders).isEmpty();
            }
            assertThat(missing).as("the fifth grade's are still owed").hasSize(5 * 3 + firstGraders.size());
        }
    }
}
