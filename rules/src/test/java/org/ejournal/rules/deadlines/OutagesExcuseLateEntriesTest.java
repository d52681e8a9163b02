package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.ADMIN;
import static org.ejournal.core.SchoolFixture.C5A;
import static org.ejournal.core.SchoolFixture.IVANOVA;
import static org.ejournal.core.SchoolFixture.LESSON;
import static org.ejournal.core.SchoolFixture.MATH;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER;
import static org.ejournal.core.SchoolFixture.MATH_TEACHER_ID;
import static org.ejournal.core.SchoolFixture.MONDAY;
import static org.ejournal.core.SchoolFixture.PETROV;
import static org.ejournal.core.SchoolFixture.Q1;
import static org.ejournal.core.SchoolFixture.RUS_TEACHER;
import static org.ejournal.core.SchoolFixture.TASK;
import static org.ejournal.rules.deadlines.Deadlines.acceptAt;
import static org.ejournal.rules.deadlines.Deadlines.at;
import static org.ejournal.rules.deadlines.Deadlines.codes;
import static org.ejournal.rules.deadlines.Deadlines.only;
import static org.ejournal.rules.deadlines.Deadlines.outage;
import static org.ejournal.rules.deadlines.Deadlines.rejectAt;

import java.time.LocalDate;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.LinkGuardian;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordPaperReport;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.model.Contact;
import org.ejournal.core.model.ExamKind;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.Kinship;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.PersonName;
import org.ejournal.rules.Profile;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.MarksAreEnteredWithinTheDeadline;
import org.junit.jupiter.api.Test;

/**
 * REC-5.3: an entry late because a declared outage covered its deadline is accepted with a note saying
 * how late it was and which outage excuses it, not with a violation. The fixture's class-work mark is
 * due by the end of Thursday 2026-10-08; the server was down from Thursday 18:00 to Friday 06:00.
 */
class OutagesExcuseLateEntriesTest {

    private static final LocalDate THURSDAY = MONDAY.plusDays(3);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);
    private static final RecordMark MARK = RecordMark.of(TASK, PETROV, FivePoint.of(4));
    private static final String REASON = "отказ сервера электронного журнала";

    private static void thursdayNightOutage(SchoolFixture school) {
        outage(school, "outage-1", at(THURSDAY, 18, 0), at(FRIDAY, 6, 0), REASON);
    }

    @Test
    void REC_5_3_a_mark_late_because_an_outage_covered_its_deadline_is_accepted_with_a_note_and_no_warning() {
        SchoolFixture school = Deadlines.school();
        thursdayNightOutage(school);
        Violation note = only(acceptAt(school, at(FRIDAY, 12, 0), MATH_TEACHER, MARK));
        assertThat(note.code()).isEqualTo(DeadlineRules.CODE_MARK_LATE_EXCUSED);
        assertThat(note.severity()).isEqualTo(Severity.INFO);
        assertThat(note.clause()).isEqualTo("REG-7");
        assertThat(note.concerns()).isEqualTo("mark " + TASK + "/" + PETROV);
        assertThat(note.messageRu()).contains("на 12 ч").contains("оправдано техническим сбоем «outage-1»")
                .contains("с 08.10.2026 18:00 до 09.10.2026 06:00").contains(REASON).contains("REC-5.3")
                .contains("24 часов");
        assertThat(note.messageEn()).contains("12 h late").contains("excused by the outage 'outage-1'")
                .contains(REASON);
    }

    @Test
    void REC_5_3_the_same_mark_without_an_outage_gets_the_warning() {
        SchoolFixture school = Deadlines.school();
        assertThat(codes(acceptAt(school, at(FRIDAY, 12, 0), MATH_TEACHER, MARK)))
                .containsExactly(DeadlineRules.CODE_MARK_LATE);
    }

    @Test
    void REC_5_3_an_entry_made_long_after_the_grace_is_still_late() {
        SchoolFixture school = Deadlines.school();
        thursdayNightOutage(school);
        // the outage ended Friday 06:00; 24 hours of grace end Saturday 06:00
        assertThat(codes(acceptAt(school, at(FRIDAY.plusDays(1), 6, 0), MATH_TEACHER,
                RecordMark.of(TASK, IVANOVA, FivePoint.of(5))))).containsExactly(DeadlineRules.CODE_MARK_LATE_EXCUSED);
        assertThat(codes(acceptAt(school, at(FRIDAY.plusDays(1), 6, 1), MATH_TEACHER, MARK)))
                .containsExactly(DeadlineRules.CODE_MARK_LATE);
    }

    @Test
    void REC_5_3_the_profile_sets_the_grace() {
        SchoolFixture school = Deadlines.school(Profile.builder().outageGraceHours(2).build());
        thursdayNightOutage(school);
        assertThat(codes(acceptAt(school, at(FRIDAY, 7, 59), MATH_TEACHER, RecordMark.of(TASK, IVANOVA,
                FivePoint.of(5))))).containsExactly(DeadlineRules.CODE_MARK_LATE_EXCUSED);
        assertThat(codes(acceptAt(school, at(FRIDAY, 8, 1), MATH_TEACHER, MARK)))
                .containsExactly(DeadlineRules.CODE_MARK_LATE);
    }

    @Test
    void REC_5_3_an_outage_after_the_deadline_excuses_nothing() {
        SchoolFixture school = Deadlines.school();
        outage(school, "outage-2", at(FRIDAY, 1, 0), at(FRIDAY, 3, 0), REASON);
        assertThat(codes(acceptAt(school, at(FRIDAY, 4, 0), MATH_TEACHER, MARK)))
                .containsExactly(DeadlineRules.CODE_MARK_LATE);
    }

    @Test
    void REC_5_3_a_blocking_rule_accepts_an_excused_entry_with_the_note_and_rejects_an_unexcused_one() {
        SchoolFixture school = Deadlines.school(Deadlines.blocking(MarksAreEnteredWithinTheDeadline.NAME));
        thursdayNightOutage(school);
        Outcome.Accepted excused = acceptAt(school, at(FRIDAY, 12, 0), MATH_TEACHER, MARK);
        assertThat(codes(excused)).containsExactly(DeadlineRules.CODE_MARK_LATE_EXCUSED);
        assertThat(rejectAt(school, at(FRIDAY.plusDays(2), 12, 0), MATH_TEACHER,
                RecordMark.of(TASK, IVANOVA, FivePoint.of(5))).codes()).containsExactly(DeadlineRules.CODE_MARK_LATE);
    }

    @Test
    void REC_5_3_an_audit_finds_the_same_note_and_counts_it_as_no_violation() {
        Profile profile = Profile.defaults();
        SchoolFixture school = Deadlines.school(profile);
        thursdayNightOutage(school);
        Outcome.Accepted accepted = acceptAt(school, at(FRIDAY, 12, 0), MATH_TEACHER, MARK);
        // judged by its own recorded instant, not by the audit's: audit long afterwards
        AuditReport report = Deadlines.audit(school, profile, at(LocalDate.of(2027, 6, 30), 12, 0));
        long sequence = accepted.events().get(0).sequence();
        assertThat(report.findings().stream().filter(f -> f.sequence() == sequence).map(AuditReport.Finding::violation))
                .containsExactlyElementsOf(accepted.warnings());
        assertThat(report.violations()).noneMatch(f -> f.sequence() == sequence);
    }

    // ------------------------------------------------------------- every deadline rule excuses the same way

    @Test
    void REC_5_3_REG_4_a_lesson_and_an_absence_entered_after_an_outage_on_the_lesson_evening_are_excused() {
        SchoolFixture school = Deadlines.school();
        LocalDate tuesday = MONDAY.plusDays(1);
        outage(school, "outage-3", at(MONDAY, 20, 0), at(tuesday, 2, 0), REASON);
        assertThat(codes(acceptAt(school, at(tuesday, 8, 0), MATH_TEACHER, RecordAttendance.of(LESSON, PETROV, "н"))))
                .containsExactly(DeadlineRules.CODE_ATTENDANCE_LATE_EXCUSED);
        assertThat(codes(acceptAt(school, at(tuesday, 8, 5), MATH_TEACHER, RecordLesson.of(LessonId.of("l-math-1005-5"),
                C5A, MATH, MONDAY, 5, MATH_TEACHER_ID, "Дроби")))).containsExactly(DeadlineRules.CODE_LESSON_LATE_EXCUSED);
    }

    @Test
    void REC_5_3_REG_6_homework_entered_after_an_outage_over_its_deadline_is_excused() {
        SchoolFixture school = Deadlines.school();
        // lesson 2 ends 10:10, so the homework is due by 12:10
        outage(school, "outage-4", at(MONDAY, 11, 0), at(MONDAY, 15, 0), REASON);
        assertThat(codes(acceptAt(school, at(MONDAY, 16, 0), MATH_TEACHER,
                new AssignHomework(HomeworkId.of("hw-1"), LESSON, "№ 12", MONDAY.plusDays(1)))))
                .containsExactly(DeadlineRules.CODE_HOMEWORK_LATE_EXCUSED);
    }

    @Test
    void REC_5_3_POL_4_4e_a_period_mark_set_after_an_outage_on_the_period_s_last_day_is_excused() {
        SchoolFixture school = Deadlines.school();
        LocalDate last = LocalDate.of(2026, 10, 25);
        outage(school, "outage-5", at(last, 8, 0), at(last.plusDays(1), 9, 0), REASON);
        assertThat(codes(acceptAt(school, at(last.plusDays(1), 10, 0), MATH_TEACHER,
                new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(4)))))
                .containsExactly(DeadlineRules.CODE_PERIOD_MARK_LATE_EXCUSED);
    }

    @Test
    void REC_5_3_POL_8_4_an_exam_result_published_after_an_outage_is_excused() {
        SchoolFixture school = Deadlines.school();
        outage(school, "outage-6", at(MONDAY.plusDays(1), 20, 0), at(MONDAY.plusDays(2), 8, 0), REASON);
        assertThat(codes(acceptAt(school, at(MONDAY.plusDays(2), 9, 0), MATH_TEACHER,
                new RecordExamResult(ExamResultId.of("exam-1"), PETROV, MATH, ExamKind.INTERMEDIATE_ATTESTATION,
                        MONDAY, FivePoint.of(3))))).containsExactly(DeadlineRules.CODE_EXAM_RESULT_LATE_EXCUSED);
    }

    @Test
    void REC_5_3_POL_8_3_a_paper_report_handed_over_after_an_outage_is_excused() {
        SchoolFixture school = Deadlines.school();
        GuardianId father = GuardianId.of("g-petrov");
        acceptAt(school, at(MONDAY, 10, 1), ADMIN, new RegisterGuardian(father, PersonName.of("Петров", "Сергей", null),
                Contact.of("+74152000002", null, null), false));
        acceptAt(school, at(MONDAY, 10, 2), ADMIN, new LinkGuardian(father, PETROV, Kinship.FATHER));
        acceptAt(school, at(MONDAY, 11, 0), RUS_TEACHER, new RecordPaperReport(father, PETROV, MONDAY, MONDAY));
        // due again by Monday 10-12 11:00
        LocalDate next = MONDAY.plusDays(7);
        outage(school, "outage-7", at(next, 9, 0), at(next, 14, 0), REASON);
        assertThat(codes(acceptAt(school, at(next, 15, 0), RUS_TEACHER,
                new RecordPaperReport(father, PETROV, MONDAY, next))))
                .containsExactly(DeadlineRules.CODE_PAPER_REPORT_LATE_EXCUSED);
    }
}
