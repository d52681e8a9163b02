package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.retention.RecordKind;
import org.ejournal.core.retention.RetentionPolicy;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.JournalStore;

/**
 * A small school over three consecutive school years, 2020/2021 to 2022/2023, set up through the
 * public API on the days things happen: each year its year period, one class (5А, then 6А, then 7А),
 * mathematics with its load, teacher and class teacher, two lessons with a task and marks for every
 * pupil in class, an absence, homework, corrections, year marks and the year closed. Anna stays all
 * three years; Boris is in 5А only and withdraws in June 2021; Vera joins in 6А. Each has a guardian;
 * Boris's father declined electronic access and gets a paper report. 2021/2022 also has a group, an
 * outage and a corrected lesson; 2022/2023 a thematic plan, a corrected year mark and an exam in June.
 *
 * <p>Alongside, the fixture keeps the oracle: for every entry, written by hand as it is recorded, what
 * it belongs to and the year and kind of the record whose term decides it ({@link #expected}).
 */
public final class RetentionSchool {

    /** What an entry is and what decides its term; {@code term == null}: never due. */
    public record Expect(RecordKind kind, RecordKind term, SchoolYearId year) {
        /**
         * @param policy the terms
         * @param years the school's years
         * @return the first day the entry is due, or {@code null} for never
         */
        public LocalDate dueOn(RetentionPolicy policy, Map<SchoolYearId, SchoolYear> years) {
            return term == null ? null : policy.dueOn(term, years.get(year));
        }
    }

    public static final SchoolYearId Y20 = SchoolYearId.of("2020-2021");
    public static final SchoolYearId Y21 = SchoolYearId.of("2021-2022");
    public static final SchoolYearId Y22 = SchoolYearId.of("2022-2023");
    public static final StudyPeriodId P20 = StudyPeriodId.of("year-2020");
    public static final StudyPeriodId P21 = StudyPeriodId.of("year-2021");
    public static final StudyPeriodId P22 = StudyPeriodId.of("year-2022");
    public static final ClassId C5A = ClassId.of("5a-2020");
    public static final ClassId C6A = ClassId.of("6a-2021");
    public static final ClassId C7A = ClassId.of("7a-2022");
    public static final GroupId G6A = GroupId.of("6a-2021-g1");
    public static final SubjectId MATH = SubjectId.of("math");

    public static final StaffId ADMIN_ID = StaffId.of("admin");
    public static final StaffId TEACHER_ID = StaffId.of("t-math");
    public static final StaffId CLERK_ID = StaffId.of("clerk");
    public static final Actor ADMIN = Actor.staff(ADMIN_ID);
    public static final Actor TEACHER = Actor.staff(TEACHER_ID);

    public static final StudentId ANNA = StudentId.of("s-anna");
    public static final StudentId BORIS = StudentId.of("s-boris");
    public static final StudentId VERA = StudentId.of("s-vera");
    public static final GuardianId ANNA_MOTHER = GuardianId.of("g-anna");
    public static final GuardianId BORIS_FATHER = GuardianId.of("g-boris");
    public static final GuardianId VERA_MOTHER = GuardianId.of("g-vera");
    public static final ExamResultId ANNA_EXAM = ExamResultId.of("exam-anna-2023");

    public final MutableClock clock;
    public final JournalStore store;
    public final Journal journal;
    /** The oracle, by sequence. */
    public final Map<Long, Expect> expected = new LinkedHashMap<>();
    public final Map<SchoolYearId, SchoolYear> years = new LinkedHashMap<>();

    private RetentionSchool() {
        this.clock = new MutableClock(SchoolFixture.at(LocalDate.of(2020, 8, 20), 10, 0), SchoolFixture.KAMCHATKA);
        this.store = InMemoryStore.create();
        this.journal = Journal.builder().school(SchoolFixture.school()).store(store).clock(clock).build();
    }

    /** @return the school with its three years recorded */
    public static RetentionSchool create() {
        RetentionSchool s = new RetentionSchool();
        s.record();
        return s;
    }

    /** @return a journal opened afresh over the same store */
    public Journal reopen() {
        return reopen(store);
    }

    /** @return a journal of the school opened over a store */
    public Journal reopen(JournalStore over) {
        return Journal.builder().school(SchoolFixture.school()).store(over).clock(clock).build();
    }

    // ---------------------------------------------------------------- the oracle

    private static Expect journal(SchoolYearId y) {
        return new Expect(RecordKind.JOURNAL, RecordKind.JOURNAL, y);
    }

    private static Expect sheet(SchoolYearId y) {
        return new Expect(RecordKind.SUMMARY_SHEET, RecordKind.SUMMARY_SHEET, y);
    }

    private static Expect personal(RecordKind term, SchoolYearId y) {
        return new Expect(RecordKind.PERSONAL_DATA, term, y);
    }

    private static final Expect REGISTER = new Expect(RecordKind.SCHOOL_REGISTER, null, null);

    /**
     * @param policy the terms
     * @param date a day
     * @return the sequences the oracle says are due on that day, with no hold
     */
    public TreeSet<Long> dueOn(RetentionPolicy policy, LocalDate date) {
        TreeSet<Long> out = new TreeSet<>();
        expected.forEach((seq, e) -> {
            LocalDate due = e.dueOn(policy, years);
            if (due != null && !due.isAfter(date)) {
                out.add(seq);
            }
        });
        return out;
    }

    /** @return the sequences whose expectation matches */
    public TreeSet<Long> where(Predicate<Expect> which) {
        TreeSet<Long> out = new TreeSet<>();
        expected.forEach((seq, e) -> {
            if (which.test(e)) {
                out.add(seq);
            }
        });
        return out;
    }

    /** @return the sequences of the entries about one pupil, by action */
    public TreeSet<Long> about(StudentId pupil, Set<String> actions) {
        TreeSet<Long> out = new TreeSet<>();
        try (var events = store.events(SchoolFixture.SCHOOL_ID)) {
            events.forEach(e -> {
                if (actions.contains(e.command().commandName())
                        && org.ejournal.core.codec.EventCodec.header(e).targets().contains(pupil)) {
                    out.add(e.sequence());
                }
            });
        }
        return out;
    }

    // ---------------------------------------------------------------- recording

    private void at(LocalDate day) {
        clock.set(SchoolFixture.at(day, 10, 0));
    }

    private long accept(Expect expect, Actor actor, Command command) {
        Outcome o = journal.execute(actor, command);
        assertThat(o.violations()).as("violations of %s", command.commandName()).allMatch(v -> !v.isBlocking());
        assertThat(o).as("outcome of %s", command).isInstanceOf(Outcome.Accepted.class);
        long seq = ((Outcome.Accepted) o).events().get(0).sequence();
        expected.put(seq, expect);
        if (command instanceof OpenSchoolYear y) {
            years.put(y.id(), new SchoolYear(y.id(), y.firstDay(), y.lastDay(), y.calendar()));
        }
        return seq;
    }

    private static OrderRef order(String number, LocalDate date) {
        return OrderRef.of(number, date);
    }

    private void record() {
        at(LocalDate.of(2020, 8, 20));
        accept(REGISTER, SchoolFixture.INSTALLER, RegisterStaffMember.of(ADMIN_ID,
                PersonName.of("Админова", "Анна", "Сергеевна"), StaffRole.JOURNAL_ADMINISTRATOR));
        accept(REGISTER, ADMIN, RegisterStaffMember.of(TEACHER_ID, PersonName.of("Математикова", "Елена", null),
                StaffRole.TEACHER));
        accept(REGISTER, ADMIN, RegisterStaffMember.of(CLERK_ID, PersonName.of("Архивова", "Вера", null),
                StaffRole.RECORDS_CLERK));
        accept(REGISTER, ADMIN, DefineSubject.of(MATH, "Математика"));
        // Anna's registration lasts as long as the last summary sheet that lists her, 2022/2023
        accept(personal(RecordKind.SUMMARY_SHEET, Y22), ADMIN, new RegisterStudent(ANNA,
                PersonName.of("Антонова", "Анна", null), LocalDate.of(2009, 4, 1)));
        accept(personal(RecordKind.SUMMARY_SHEET, Y20), ADMIN, new RegisterStudent(BORIS,
                PersonName.of("Борисов", "Борис", null), LocalDate.of(2009, 7, 2)));
        // a guardian and the link: as long as the ward's journals, Anna's to 2022/2023
        accept(personal(RecordKind.JOURNAL, Y22), ADMIN, new RegisterGuardian(ANNA_MOTHER,
                PersonName.of("Антонова", "Ирина", null), Contact.of("+74152000011", null, null), true));
        accept(personal(RecordKind.JOURNAL, Y22), ADMIN, new LinkGuardian(ANNA_MOTHER, ANNA, Kinship.MOTHER));
        // Boris's father: his paper report and link are of 2020/2021 journals only
        accept(personal(RecordKind.JOURNAL, Y20), ADMIN, new RegisterGuardian(BORIS_FATHER,
                PersonName.of("Борисов", "Пётр", null), Contact.of("+74152000012", null, null), false));
        accept(personal(RecordKind.JOURNAL, Y20), ADMIN, new LinkGuardian(BORIS_FATHER, BORIS, Kinship.FATHER));

        // ------------------------------------------------------------ 2020/2021
        LocalDate first20 = LocalDate.of(2020, 9, 1);
        LocalDate last20 = LocalDate.of(2021, 5, 31);
        openYear(Y20, P20, first20, last20);
        accept(sheet(Y20), ADMIN, new CreateClass(C5A, Y20, 5, "А"));
        classSetUp(Y20, C5A);
        accept(sheet(Y20), ADMIN, RecordMovement.enrolment(ANNA, C5A, order("1-у", LocalDate.of(2020, 8, 25)), first20));
        accept(sheet(Y20), ADMIN, RecordMovement.enrolment(BORIS, C5A, order("1-у", LocalDate.of(2020, 8, 25)), first20));
        LocalDate mon20 = LocalDate.of(2020, 10, 5);
        LessonId l1 = LessonId.of("l-2020-1");
        TaskId t1 = TaskId.of("t-2020-1");
        at(mon20);
        accept(journal(Y20), TEACHER, RecordLesson.of(l1, C5A, MATH, mon20, 2, TEACHER_ID, "Натуральные числа"));
        accept(journal(Y20), TEACHER, AssignTask.of(t1, l1, TaskType.CLASS_WORK));
        accept(journal(Y20), TEACHER, new AssignHomework(HomeworkId.of("hw-2020-1"), l1, "№ 12, 14", mon20.plusDays(2)));
        accept(journal(Y20), TEACHER, RecordMark.of(t1, ANNA, FivePoint.of(4)));
        accept(journal(Y20), TEACHER, RecordMark.of(t1, BORIS, FivePoint.of(3)));
        accept(journal(Y20), TEACHER, new CorrectMark(t1, ANNA, FivePoint.of(5), "ошибка при вводе"));
        LessonId l2 = LessonId.of("l-2020-2");
        at(mon20.plusDays(1));
        accept(journal(Y20), TEACHER, RecordLesson.of(l2, C5A, MATH, mon20.plusDays(1), 2, TEACHER_ID, "Дроби"));
        accept(journal(Y20), TEACHER, RecordAttendance.of(l2, BORIS, "н"));
        at(mon20.plusDays(6));
        accept(journal(Y20), ADMIN, new RecordPaperReport(BORIS_FATHER, BORIS, mon20, mon20.plusDays(6)));
        yearEnd(Y20, P20, last20, () -> { }, ANNA, BORIS);
        at(LocalDate.of(2021, 6, 15));
        accept(sheet(Y20), ADMIN, RecordMovement.withdrawal(BORIS, order("40-у", LocalDate.of(2021, 6, 14)),
                LocalDate.of(2021, 6, 15)));

        // ------------------------------------------------------------ 2021/2022
        LocalDate first21 = LocalDate.of(2021, 9, 1);
        LocalDate last21 = LocalDate.of(2022, 5, 31);
        at(LocalDate.of(2021, 8, 20));
        openYear(Y21, P21, first21, last21);
        accept(sheet(Y21), ADMIN, new CreateClass(C6A, Y21, 6, "А"));
        classSetUp(Y21, C6A);
        accept(personal(RecordKind.SUMMARY_SHEET, Y22), ADMIN, new RegisterStudent(VERA,
                PersonName.of("Васильева", "Вера", null), LocalDate.of(2010, 1, 9)));
        accept(personal(RecordKind.JOURNAL, Y22), ADMIN, new RegisterGuardian(VERA_MOTHER,
                PersonName.of("Васильева", "Ольга", null), Contact.of("+74152000013", null, null), true));
        accept(personal(RecordKind.JOURNAL, Y22), ADMIN, new LinkGuardian(VERA_MOTHER, VERA, Kinship.MOTHER));
        accept(sheet(Y21), ADMIN, new RecordMovement(ANNA, MovementKind.PROMOTION, C6A,
                order("35-у", LocalDate.of(2021, 5, 28)), first21, Set.of()));
        accept(sheet(Y21), ADMIN, RecordMovement.enrolment(VERA, C6A, order("41-у", LocalDate.of(2021, 8, 20)), first21));
        accept(journal(Y21), ADMIN, new CreateGroup(G6A, C6A, "1 группа", Set.of(ANNA, VERA)));
        LocalDate mon21 = LocalDate.of(2021, 10, 4);
        LessonId l3 = LessonId.of("l-2021-1");
        TaskId t3 = TaskId.of("t-2021-1");
        at(mon21);
        accept(journal(Y21), TEACHER, RecordLesson.of(l3, C6A, MATH, mon21, 3, TEACHER_ID, "Пропорции").withGroup(G6A));
        accept(journal(Y21), TEACHER, AssignTask.of(t3, l3, TaskType.TEST_PAPER));
        accept(journal(Y21), TEACHER, RecordMark.of(t3, ANNA, FivePoint.of(5)));
        accept(journal(Y21), TEACHER, RecordMark.of(t3, VERA, FivePoint.of(4)));
        accept(journal(Y21), TEACHER, RecordAttendance.of(l3, VERA, "оп"));
        accept(journal(Y21), TEACHER, new CorrectAttendance(l3, VERA, null, "пришла вовремя"));
        accept(journal(Y21), TEACHER, new CorrectLesson(l3, "Пропорции и отношения", WorkKind.PRACTICAL, "уточнение темы"));
        accept(journal(Y21), ADMIN, new DeclareOutage(OutageId.of("outage-2021-10"),
                SchoolFixture.at(mon21, 12, 0), SchoolFixture.at(mon21, 18, 0), "сбой сервера"));
        yearEnd(Y21, P21, last21, () -> { }, ANNA, VERA);

        // ------------------------------------------------------------ 2022/2023
        LocalDate first22 = LocalDate.of(2022, 9, 1);
        LocalDate last22 = LocalDate.of(2023, 5, 31);
        at(LocalDate.of(2022, 8, 22));
        openYear(Y22, P22, first22, last22);
        accept(sheet(Y22), ADMIN, new CreateClass(C7A, Y22, 7, "А"));
        classSetUp(Y22, C7A);
        accept(journal(Y22), TEACHER, new RecordThematicPlan(C7A, MATH,
                List.of(new PlannedTopic(1, "Алгебраические выражения", new java.math.BigDecimal("4")))));
        accept(sheet(Y22), ADMIN, new RecordMovement(ANNA, MovementKind.PROMOTION, C7A,
                order("30-у", LocalDate.of(2022, 5, 30)), first22, Set.of()));
        accept(sheet(Y22), ADMIN, new RecordMovement(VERA, MovementKind.PROMOTION, C7A,
                order("30-у", LocalDate.of(2022, 5, 30)), first22, Set.of()));
        LocalDate mon22 = LocalDate.of(2022, 10, 3);
        LessonId l4 = LessonId.of("l-2022-1");
        TaskId t4 = TaskId.of("t-2022-1");
        at(mon22);
        accept(journal(Y22), TEACHER, RecordLesson.of(l4, C7A, MATH, mon22, 1, TEACHER_ID, "Выражения"));
        accept(journal(Y22), TEACHER, AssignTask.of(t4, l4, TaskType.CLASS_WORK));
        accept(journal(Y22), TEACHER, RecordMark.of(t4, ANNA, FivePoint.of(5)));
        accept(journal(Y22), TEACHER, RecordMark.of(t4, VERA, FivePoint.of(2)));
        accept(journal(Y22), TEACHER, new CancelMark(t4, VERA, "отметка выставлена не той ученице"));
        yearEnd(Y22, P22, last22, () -> accept(sheet(Y22), ADMIN,
                new CorrectPeriodMark(VERA, MATH, P22, FivePoint.of(3), "пересмотр по итогам проверки")), ANNA, VERA);
        // a state exam in June belongs to the year just ended
        at(LocalDate.of(2023, 6, 10));
        accept(sheet(Y22), ADMIN, new RecordExamResult(ANNA_EXAM, ANNA, MATH, ExamKind.INTERMEDIATE_ATTESTATION,
                LocalDate.of(2023, 6, 9), FivePoint.of(5)));
    }

    private void openYear(SchoolYearId y, StudyPeriodId p, LocalDate first, LocalDate last) {
        accept(sheet(y), ADMIN, new OpenSchoolYear(y, first, last, SchoolCalendar.ofWeek(5)));
        accept(sheet(y), ADMIN, new DefineStudyPeriod(p, y, PeriodKind.YEAR, 1, first, last, GradeRange.ALL));
    }

    private void classSetUp(SchoolYearId y, ClassId c) {
        accept(journal(y), ADMIN, SetCurriculumLoad.of(c, MATH, 5));
        accept(journal(y), ADMIN, AssignTeacher.of(c, MATH, TEACHER_ID));
        accept(journal(y), ADMIN, new AssignClassTeacher(c, TEACHER_ID));
    }

    private void yearEnd(SchoolYearId y, StudyPeriodId p, LocalDate last, Runnable beforeClosing,
            StudentId... pupils) {
        at(last.minusDays(3));
        for (StudentId s : pupils) {
            accept(sheet(y), TEACHER, new RecordPeriodMark(s, MATH, p, FivePoint.of(4)));
        }
        beforeClosing.run();
        at(last);
        accept(sheet(y), ADMIN, new ClosePeriod(p));
    }

    /** @return a time on a day in the school's zone */
    public static java.time.Instant at(LocalDate day, LocalTime time) {
        return java.time.LocalDateTime.of(day, time).atZone(SchoolFixture.KAMCHATKA).toInstant();
    }
}
