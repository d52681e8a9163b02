package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.store.InMemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closing the school year (POL-4.6) after all its study periods (REC-6.4), what a closed year refuses
 * and what it still allows, and reopening it (leadership, with a reason). Who may close or reopen is a
 * rule of the {@code rules} module; here the core's own checks.
 */
class ClosingTheSchoolYearTest {

    private static final OrderRef END_OF_YEAR = OrderRef.of("101-о", AFTER_THE_YEAR);

    /** The fixture's year, ended (clock after it, every period closed) and closed. */
    private static SchoolFixture closed() {
        SchoolFixture f = SchoolFixture.create();
        f.endTheYear();
        f.accept(ADMIN, new CloseSchoolYear(YEAR, END_OF_YEAR));
        return f;
    }

    private static Violation onlyViolation(Outcome.Rejected rejected) {
        assertThat(rejected.violations()).hasSize(1);
        return rejected.violations().get(0);
    }

    // ---------------------------------------------------------------- closing

    @Test
    void the_administrator_closes_a_year_after_its_last_day_once_every_period_is_closed() {
        SchoolFixture f = SchoolFixture.create();
        f.endTheYear();

        Outcome.Accepted accepted = f.accept(ADMIN, new CloseSchoolYear(YEAR, END_OF_YEAR));

        assertThat(accepted.events()).singleElement().satisfies(e -> {
            assertThat(e.command()).isEqualTo(new CloseSchoolYear(YEAR, END_OF_YEAR));
            assertThat(e.recordedAt()).isEqualTo(at(AFTER_THE_YEAR, 10, 0));
        });
        assertThat(f.state().isClosed(YEAR)).isTrue();
        assertThat(f.state().isClosed(SchoolYearId.of("2025-2026"))).isFalse();
    }

    @Test
    void a_year_with_a_study_period_still_open_is_not_closed_and_the_open_periods_are_named() {
        SchoolFixture f = SchoolFixture.create();
        f.clock.set(at(AFTER_THE_YEAR, 10, 0));
        f.accept(ADMIN, new ClosePeriod(Q1));
        f.accept(ADMIN, new ClosePeriod(H1));

        Violation v = onlyViolation(f.reject(ADMIN, CloseSchoolYear.of(YEAR)));

        assertThat(v.code()).isEqualTo(ViolationCodes.PERIOD_STILL_OPEN);
        assertThat(v.clause()).isEqualTo("REC-6.4");
        assertThat(v.concerns()).isEqualTo("CloseSchoolYear.year");
        assertThat(v.messageEn()).contains("(q2)", "(year)").doesNotContain("(q1)", "(h1)");
        assertThat(v.messageRu()).contains("не закрыты");
        assertThat(f.state().isClosed(YEAR)).isFalse();
    }

    @Test
    void a_year_is_not_closed_before_its_last_day_is_over_in_the_school_s_zone() {
        SchoolFixture f = SchoolFixture.create();
        f.endTheYear();
        // 23:59 on the last day in Kamchatka, 11:59 UTC: the year's last day is not over
        f.clock.set(at(YEAR_LAST, 23, 59));

        Violation v = onlyViolation(f.reject(ADMIN, CloseSchoolYear.of(YEAR)));

        assertThat(v.code()).isEqualTo(ViolationCodes.YEAR_NOT_ENDED);
        assertThat(v.clause()).isEqualTo("POL-4.6");
        assertThat(v.messageRu()).contains("31.05.2027");
        assertThat(v.messageEn()).contains("2027-05-31");

        f.clock.set(at(AFTER_THE_YEAR, 0, 0));
        f.accept(ADMIN, CloseSchoolYear.of(YEAR));
    }

    @Test
    void a_year_open_in_mid_year_gives_both_reasons_at_once() {
        SchoolFixture f = SchoolFixture.create();

        assertThat(f.reject(ADMIN, CloseSchoolYear.of(YEAR)).codes())
                .containsExactly(ViolationCodes.PERIOD_STILL_OPEN, ViolationCodes.YEAR_NOT_ENDED);
    }

    @Test
    void closing_a_year_twice_is_refused() {
        SchoolFixture f = closed();

        Violation v = onlyViolation(f.reject(ADMIN, CloseSchoolYear.of(YEAR)));

        assertThat(v.code()).isEqualTo(ViolationCodes.YEAR_CLOSED);
        assertThat(v.clause()).isEqualTo("POL-4.6");
        assertThat(v.messageEn()).contains("already closed");
    }

    @Test
    void an_unknown_year_is_neither_closed_nor_reopened() {
        SchoolFixture f = SchoolFixture.create();

        assertThat(f.reject(ADMIN, CloseSchoolYear.of(SchoolYearId.of("1999-2000"))).codes())
                .containsExactly(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(f.reject(DIRECTOR, new ReopenSchoolYear(SchoolYearId.of("1999-2000"), "ошибка")).codes())
                .containsExactly(ViolationCodes.UNKNOWN_REFERENCE);
    }

    @Test
    void a_year_without_study_periods_is_closed_once_it_has_ended() {
        SchoolFixture f = SchoolFixture.create();
        SchoolYearId past = SchoolYearId.of("2025-2026");
        f.accept(ADMIN, new OpenSchoolYear(past, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31),
                SchoolCalendar.ofWeek(5)));

        f.accept(ADMIN, CloseSchoolYear.of(past));

        assertThat(f.state().isClosed(past)).isTrue();
        assertThat(f.state().isClosed(YEAR)).isFalse();
    }

    // ---------------------------------------------------------------- what a closed year refuses

    /** A command of the year that the fixture's journal accepts after the year ended, until the year is closed. */
    record OfTheYear(String name, List<Prepared> prepare, Command command, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Prepared(Actor actor, Command command) {
    }

    private static OfTheYear of(String name, Command command, String field, Prepared... prepare) {
        return new OfTheYear(name, List.of(prepare), command, field);
    }

    private static Prepared by(Actor actor, Command command) {
        return new Prepared(actor, command);
    }

    static Stream<OfTheYear> entriesOfTheYear() {
        RecordMark mark = RecordMark.of(TASK, PETROV, FivePoint.of(3));
        RecordAttendance absence = RecordAttendance.of(LESSON, SIDOROV, "н");
        RecordPeriodMark periodMark = new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4));
        LocalDate lateMay = LocalDate.of(2027, 5, 20);
        return Stream.of(
                of("aClosedYearRefusesAMarkInIt", RecordMark.of(TASK, IVANOVA, FivePoint.of(5)), "task"),
                of("aClosedYearRefusesACorrectedMark", new CorrectMark(TASK, PETROV, FivePoint.of(4), "ошибка"), "task",
                        by(MATH_TEACHER, mark)),
                of("aClosedYearRefusesACancelledMark", new CancelMark(TASK, PETROV, "не та работа"), "task",
                        by(MATH_TEACHER, mark)),
                of("aClosedYearRefusesAnAbsence", RecordAttendance.of(LESSON, IVANOVA, "б"), "lesson"),
                of("aClosedYearRefusesACorrectedAbsence", new CorrectAttendance(LESSON, SIDOROV, "б", "справка"),
                        "lesson", by(MATH_TEACHER, absence)),
                of("aClosedYearRefusesALesson", RecordLesson.of(LessonId.of("l-late"), C5A, MATH, lateMay, 2,
                        MATH_TEACHER_ID, "Повторение"), "schoolClass"),
                of("aClosedYearRefusesACorrectedLesson", new CorrectLesson(LESSON, "Вычитание дробей",
                        WorkKind.ORDINARY, "опечатка"), "lesson"),
                of("aClosedYearRefusesATask", AssignTask.of(TaskId.of("t-late"), LESSON, TaskType.ORAL_ANSWER),
                        "lesson"),
                of("aClosedYearRefusesHomework", new AssignHomework(HomeworkId.of("h-late"), LESSON, "№ 5",
                        MONDAY.plusDays(2)), "lesson"),
                of("aClosedYearRefusesAPeriodMark", periodMark, "period"),
                of("aClosedYearRefusesACorrectedPeriodMark", new CorrectPeriodMark(IVANOVA, MATH, Q1,
                        FivePoint.of(5), "пересчёт"), "period", by(MATH_TEACHER, periodMark)),
                of("aClosedYearRefusesAnExamResultDatedInIt", new RecordExamResult(ExamResultId.of("e-late"), IVANOVA,
                        MATH, ExamKind.INTERMEDIATE_ATTESTATION, lateMay, FivePoint.of(4)), "date"),
                of("aClosedYearRefusesAPaperReportOnItsDays", new RecordPaperReport(IVANOVA_MOTHER, IVANOVA,
                        LocalDate.of(2027, 5, 24), LocalDate.of(2027, 6, 2)), "first"),
                of("aClosedYearRefusesAMovementDatedInIt", RecordMovement.transfer(KUZNETSOV, C5A, order("9-у"),
                        lateMay), "effective"),
                of("aClosedYearRefusesAStudyPeriod", new DefineStudyPeriod(StudyPeriodId.of("t3"), YEAR,
                        PeriodKind.TRIMESTER, 3, LocalDate.of(2027, 3, 1), YEAR_LAST, GradeRange.of(10, 11)), "year"),
                of("aClosedYearRefusesAClass", new CreateClass(ClassId.of("5v"), YEAR, 5, "В"), "year"),
                of("aClosedYearRefusesAGroup", new CreateGroup(GroupId.of("5a-g2"), C5A, "2 группа",
                        Set.of(SIDOROV)), "schoolClass"),
                of("aClosedYearRefusesAPupilJoiningAGroup", new JoinGroup(G5A_1, SIDOROV, lateMay), "group"),
                of("aClosedYearRefusesAPupilLeavingAGroup", new LeaveGroup(G5A_1, PETROV, lateMay), "group"),
                of("aClosedYearRefusesAClassTeacher", new AssignClassTeacher(C5B, MATH_TEACHER_ID), "schoolClass"),
                of("aClosedYearRefusesACurriculumLoad", SetCurriculumLoad.of(C5A, PE, 3), "schoolClass"),
                of("aClosedYearRefusesATeachingAssignment", AssignTeacher.of(C5A, PE, MATH_TEACHER_ID), "schoolClass"),
                of("aClosedYearRefusesAThematicPlan", new RecordThematicPlan(C5A, MATH, List.of(PlannedTopic.of(1,
                        "Дроби", BigDecimal.ONE))), "schoolClass"),
                of("aClosedYearRefusesToReopenOneOfItsPeriods", new ReopenPeriod(Q1, "ошибка в отметке"), "period"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entriesOfTheYear")
    void a_closed_year_refuses_what_belongs_to_it_and_only_because_it_is_closed(OfTheYear c) {
        SchoolFixture open = SchoolFixture.create();
        open.endTheYear();
        c.prepare().forEach(p -> open.accept(p.actor(), p.command()));
        SchoolFixture closed = SchoolFixture.create();
        closed.endTheYear();
        c.prepare().forEach(p -> closed.accept(p.actor(), p.command()));
        closed.accept(ADMIN, CloseSchoolYear.of(YEAR));
        var before = closed.state().differences(open.state());

        Violation v = onlyViolation(closed.reject(ADMIN, c.command()));

        assertThat(v.code()).isEqualTo(ViolationCodes.YEAR_CLOSED);
        assertThat(v.clause()).isEqualTo("REC-6.4");
        assertThat(v.isBlocking()).isTrue();
        assertThat(v.concerns()).isEqualTo(c.command().commandName() + "." + c.field());
        assertThat(v.messageRu()).contains("учебный год 2026/2027 закрыт");
        assertThat(v.messageEn()).contains("the school year 2026/2027 is closed", "leadership may reopen it");
        assertThat(closed.state().differences(open.state())).isEqualTo(before);
        // the same command in the ended but still open year: accepted, so the closed year alone refused it
        open.accept(ADMIN, c.command());
    }

    @Test
    void every_kind_of_entry_that_belongs_to_a_year_is_among_the_refused() {
        List<String> refused = new ArrayList<>();
        entriesOfTheYear().forEach(c -> refused.add(c.command().commandName()));

        List<String> ofNoYear = List.of("RegisterStaffMember", "OpenSchoolYear", "DefineSubject", "RegisterStudent",
                "RegisterGuardian", "LinkGuardian", "DeclareOutage", "ClosePeriod", "CloseSchoolYear",
                "ReopenSchoolYear", "PromoteClass");
        List<String> all = new ArrayList<>();
        for (Class<?> t : Command.class.getPermittedSubclasses()) {
            all.add(t.getSimpleName());
        }
        // ClosePeriod: every period of a closed year is closed, so closing one is refused as closed already;
        // PromoteClass: moves pupils out of the year, into the next (see the promotion tests)
        assertThat(all).containsExactlyInAnyOrderElementsOf(Stream.concat(refused.stream().distinct(),
                ofNoYear.stream()).toList());
    }

    // ---------------------------------------------------------------- what a closed year still allows

    @Test
    void a_closed_year_still_lets_its_pupils_leave_in_summer_and_move_on_into_the_next_year() {
        SchoolFixture f = closed();
        f.openTheNextYear();

        f.accept(ADMIN, RecordMovement.withdrawal(KUZNETSOV, order("40-у"), LocalDate.of(2027, 7, 1)));
        f.accept(ADMIN, PromoteClass.of(C5A, C6A, order("41-у"), NEXT_FIRST));

        assertThat(f.state().classOf(IVANOVA, NEXT_FIRST)).contains(C6A);
        assertThat(f.state().classOf(IVANOVA, YEAR_LAST)).contains(C5A);
        assertThat(f.state().classOf(KUZNETSOV, LocalDate.of(2027, 7, 1))).isEmpty();
        assertThat(f.state().classOf(KUZNETSOV, YEAR_LAST)).contains(C5B);
    }

    @Test
    void a_closed_year_still_takes_an_exam_result_dated_after_its_last_day() {
        SchoolFixture f = closed();

        f.accept(MATH_TEACHER, new RecordExamResult(ExamResultId.of("oge-june"), IVANOVA, MATH, ExamKind.OGE,
                LocalDate.of(2027, 6, 20), FivePoint.of(4)));
    }

    @Test
    void a_closed_year_still_takes_new_staff_pupils_subjects_and_guardians() {
        SchoolFixture f = closed();

        f.accept(ADMIN, RegisterStaffMember.of(StaffId.of("t-new"), PersonName.of("Новикова", "Ада", null),
                StaffRole.TEACHER));
        f.accept(ADMIN, new RegisterStudent(StudentId.of("s-new"), PersonName.of("Новиков", "Лев", null), null));
        f.accept(ADMIN, DefineSubject.of(SubjectId.of("cs"), "Информатика"));
        f.accept(ADMIN, new LinkGuardian(IVANOVA_MOTHER, PETROV, Kinship.CUSTODIAN));
    }

    // ---------------------------------------------------------------- the next year

    @Test
    void the_next_year_opens_and_takes_classes_while_this_one_is_still_open() {
        SchoolFixture f = SchoolFixture.create();

        f.openTheNextYear();

        assertThat(f.state().classes(NEXT_YEAR)).extracting(SchoolClass::id)
                .containsExactly(C5A_NEXT, C6A, C6B);
        assertThat(f.state().isClosed(YEAR)).isFalse();
    }

    @Test
    void the_next_year_opens_and_takes_classes_after_this_one_is_closed_and_this_one_takes_none() {
        SchoolFixture f = closed();

        f.openTheNextYear();

        assertThat(f.state().classes(NEXT_YEAR)).hasSize(3);
        assertThat(onlyViolation(f.reject(ADMIN, new CreateClass(ClassId.of("5v"), YEAR, 5, "В"))).code())
                .isEqualTo(ViolationCodes.YEAR_CLOSED);
    }

    @Test
    void a_year_that_overlaps_a_closed_one_is_still_refused_as_overlapping() {
        SchoolFixture f = closed();

        assertThat(f.reject(ADMIN, new OpenSchoolYear(SchoolYearId.of("2027-x"), YEAR_LAST, NEXT_LAST,
                SchoolCalendar.ofWeek(5))).codes()).containsExactly(ViolationCodes.OVERLAP);
    }

    // ---------------------------------------------------------------- reopening

    @Test
    void the_leadership_reopens_a_closed_year_with_a_reason_that_the_log_keeps_and_entries_are_taken_again() {
        SchoolFixture f = closed();
        ReopenSchoolYear reopen = new ReopenSchoolYear(YEAR, "исправление итоговой отметки по решению педсовета");

        Outcome.Accepted accepted = f.accept(DIRECTOR, reopen);

        assertThat(accepted.events()).singleElement().satisfies(e -> {
            assertThat(e.command()).isEqualTo(reopen);
            assertThat(e.actor()).isEqualTo(DIRECTOR);
        });
        assertThat(f.state().isClosed(YEAR)).isFalse();
        assertThat(f.state().isClosed(Q1)).as("its periods stay closed").isTrue();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        f.accept(DIRECTOR, new ReopenPeriod(Q1, "исправление итоговой отметки"));
        f.accept(ADMIN, new ClosePeriod(Q1));
        f.accept(ADMIN, CloseSchoolYear.of(YEAR));
        assertThat(f.state().isClosed(YEAR)).isTrue();
    }

    @Test
    void a_year_that_is_not_closed_is_not_reopened() {
        SchoolFixture f = SchoolFixture.create();

        Violation v = onlyViolation(f.reject(DIRECTOR, new ReopenSchoolYear(YEAR, "ошибка")));

        assertThat(v.code()).isEqualTo(ViolationCodes.YEAR_NOT_CLOSED);
        assertThat(v.clause()).isEqualTo("REC-6.4");
        assertThat(v.concerns()).isEqualTo("ReopenSchoolYear.year");
    }

    // ---------------------------------------------------------------- replay and audit

    @Test
    void a_journal_rebuilt_from_its_log_knows_the_year_is_closed() {
        SchoolFixture f = closed();

        Journal replayed = Journal.builder().school(school()).store(f.store).clock(f.clock).build();

        assertThat(replayed.state().isClosed(YEAR)).isTrue();
        assertThat(f.state().differences(SchoolFixture.empty().state())).contains("closedYears");
        assertThat(replayed.execute(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5))).violations())
                .extracting(Violation::code).containsExactly(ViolationCodes.YEAR_CLOSED);
    }

    @Test
    void an_audit_judges_the_closing_of_a_year_by_the_instant_it_was_recorded() {
        SchoolFixture f = closed();
        List<JournalEvent> log = f.store.events(SCHOOL_ID).toList();
        assertThat(Audit.run(school(), List.of(), log.stream(), f.clock.instant()).findings()).isEmpty();

        // the same log, but with the year closed on its last day: the audit finds it too early
        List<JournalEvent> early = new ArrayList<>(log);
        JournalEvent last = early.remove(early.size() - 1);
        early.add(new JournalEvent(last.sequence(), at(YEAR_LAST, 18, 0), last.actor(), last.command(), List.of()));
        InMemoryStore store = org.ejournal.core.store.Stores.of(SCHOOL_ID, early);

        AuditReport report = Audit.run(school(), List.of(), store.events(SCHOOL_ID), f.clock.instant());

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.sequence()).isEqualTo(last.sequence());
            assertThat(finding.violation().code()).isEqualTo(ViolationCodes.YEAR_NOT_ENDED);
        });
    }
}
