package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.JournalStore;

/**
 * A small school in Petropavlovsk-Kamchatsky, set up through the public API: one school year with
 * quarters, three subjects, two fifth-grade classes, four pupils in 5А and one in 5Б, a guardian,
 * teachers and an administrator, and one mathematics lesson in 5А with a task.
 */
public final class SchoolFixture {

    public static final ZoneId KAMCHATKA = ZoneId.of("Asia/Kamchatka");
    public static final SchoolId SCHOOL_ID = SchoolId.of("kamchatka-school-1");

    public static final StaffId ADMIN_ID = StaffId.of("admin");
    public static final StaffId DIRECTOR_ID = StaffId.of("director");
    public static final StaffId MATH_TEACHER_ID = StaffId.of("t-math");
    public static final StaffId RUS_TEACHER_ID = StaffId.of("t-rus");
    public static final StaffId CLERK_ID = StaffId.of("clerk");
    public static final Actor INSTALLER = Actor.system("installer");
    public static final Actor ADMIN = Actor.staff(ADMIN_ID);
    public static final Actor DIRECTOR = Actor.staff(DIRECTOR_ID);
    public static final Actor MATH_TEACHER = Actor.staff(MATH_TEACHER_ID);
    public static final Actor RUS_TEACHER = Actor.staff(RUS_TEACHER_ID);

    public static final SchoolYearId YEAR = SchoolYearId.of("2026-2027");
    public static final LocalDate YEAR_FIRST = LocalDate.of(2026, 9, 1);
    public static final LocalDate YEAR_LAST = LocalDate.of(2027, 5, 31);
    public static final StudyPeriodId Q1 = StudyPeriodId.of("q1");
    public static final StudyPeriodId Q2 = StudyPeriodId.of("q2");
    public static final StudyPeriodId H1 = StudyPeriodId.of("h1");
    public static final StudyPeriodId YEAR_PERIOD = StudyPeriodId.of("year");

    public static final SubjectId MATH = SubjectId.of("math");
    public static final SubjectId RUSSIAN = SubjectId.of("rus");
    public static final SubjectId PE = SubjectId.of("pe");

    public static final ClassId C5A = ClassId.of("5a");
    public static final ClassId C5B = ClassId.of("5b");
    public static final GroupId G5A_1 = GroupId.of("5a-g1");

    public static final StudentId IVANOVA = StudentId.of("s-ivanova");
    public static final StudentId PETROV = StudentId.of("s-petrov");
    public static final StudentId SIDOROV = StudentId.of("s-sidorov");
    public static final StudentId ALEKSEEVA = StudentId.of("s-alekseeva");
    public static final StudentId KUZNETSOV = StudentId.of("s-kuznetsov");
    public static final GuardianId IVANOVA_MOTHER = GuardianId.of("g-ivanova");

    /** The next school year, opened only by {@link #openTheNextYear()}, with 5А, 6А and 6Б. */
    public static final SchoolYearId NEXT_YEAR = SchoolYearId.of("2027-2028");
    public static final LocalDate NEXT_FIRST = LocalDate.of(2027, 9, 1);
    public static final LocalDate NEXT_LAST = LocalDate.of(2028, 5, 31);
    public static final ClassId C5A_NEXT = ClassId.of("5a-2027");
    public static final ClassId C6A = ClassId.of("6a-2027");
    public static final ClassId C6B = ClassId.of("6b-2027");
    /** The first day after the year, when the administrator closes it. */
    public static final LocalDate AFTER_THE_YEAR = YEAR_LAST.plusDays(1);

    public static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    public static final LessonId LESSON = LessonId.of("l-math-1005-2");
    public static final TaskId TASK = TaskId.of("t-math-1005-2-cw");

    public final MutableClock clock;
    public final JournalStore store;
    public final Journal journal;

    private SchoolFixture(JournalStore store, java.util.function.UnaryOperator<Journal.Builder> configure) {
        this.clock = new MutableClock(at(MONDAY, 10, 0), KAMCHATKA);
        this.store = store;
        this.journal = configure.apply(Journal.builder().school(school()).store(store).clock(clock)).build();
    }

    /** @return the school set up, with one lesson and one task, and no marks yet */
    public static SchoolFixture create() {
        return create(b -> b);
    }

    /**
     * The same school, set up through a journal configured further (rules, an access policy): every
     * set-up command is sent by the administrator (or the installer, for the first one) on the
     * fixture's Monday at 10:00 in Kamchatka, and must be accepted.
     *
     * @param configure adds to the journal's builder
     * @return the school set up
     */
    public static SchoolFixture create(java.util.function.UnaryOperator<Journal.Builder> configure) {
        SchoolFixture f = new SchoolFixture(InMemoryStore.create(), configure);
        f.setUp();
        return f;
    }

    /**
     * The same school, set up through a journal over the given store (empty for this school), so that
     * store implementations can be tested with it.
     *
     * @param store the store, holding nothing of {@link #SCHOOL_ID}
     * @param configure adds to the journal's builder
     * @return the school set up
     */
    public static SchoolFixture over(JournalStore store, java.util.function.UnaryOperator<Journal.Builder> configure) {
        SchoolFixture f = new SchoolFixture(store, configure);
        f.setUp();
        return f;
    }

    /** @return an empty journal of the same school */
    public static SchoolFixture empty() {
        return new SchoolFixture(InMemoryStore.create(), b -> b);
    }

    public static School school() {
        return School.builder().id(SCHOOL_ID).name("МБОУ «Средняя школа № 1»").zone(KAMCHATKA).build();
    }

    public static java.time.Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(KAMCHATKA).toInstant();
    }

    public static OrderRef order(String number) {
        return OrderRef.of(number, LocalDate.of(2026, 8, 30));
    }

    private void setUp() {
        accept(INSTALLER, RegisterStaffMember.of(ADMIN_ID, PersonName.of("Админова", "Анна", "Сергеевна"),
                StaffRole.JOURNAL_ADMINISTRATOR));
        accept(ADMIN, RegisterStaffMember.of(DIRECTOR_ID, PersonName.of("Директоров", "Олег", "Павлович"),
                StaffRole.DIRECTOR, StaffRole.TEACHER));
        accept(ADMIN, RegisterStaffMember.of(MATH_TEACHER_ID, PersonName.of("Математикова", "Елена", "Ивановна"),
                StaffRole.TEACHER));
        accept(ADMIN, RegisterStaffMember.of(RUS_TEACHER_ID, PersonName.of("Словесникова", "Ольга", null),
                StaffRole.TEACHER));
        accept(ADMIN, RegisterStaffMember.of(CLERK_ID, PersonName.of("Архивова", "Вера", "Петровна"),
                StaffRole.RECORDS_CLERK));
        SchoolCalendar calendar = SchoolCalendar.ofWeek(5).withVacation(Vacation.of("осенние каникулы",
                LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 3), GradeRange.ALL));
        accept(ADMIN, new OpenSchoolYear(YEAR, YEAR_FIRST, YEAR_LAST, calendar));
        accept(ADMIN, new DefineStudyPeriod(Q1, YEAR, PeriodKind.QUARTER, 1, YEAR_FIRST, LocalDate.of(2026, 10, 25),
                GradeRange.of(1, 9)));
        accept(ADMIN, new DefineStudyPeriod(Q2, YEAR, PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 4),
                LocalDate.of(2026, 12, 28), GradeRange.of(1, 9)));
        accept(ADMIN, new DefineStudyPeriod(H1, YEAR, PeriodKind.HALF_YEAR, 1, YEAR_FIRST, LocalDate.of(2026, 12, 28),
                GradeRange.of(10, 11)));
        accept(ADMIN, new DefineStudyPeriod(YEAR_PERIOD, YEAR, PeriodKind.YEAR, 1, YEAR_FIRST, YEAR_LAST,
                GradeRange.ALL));
        accept(ADMIN, DefineSubject.of(MATH, "Математика"));
        accept(ADMIN, DefineSubject.of(RUSSIAN, "Русский язык"));
        accept(ADMIN, new DefineSubject(PE, "Физическая культура", PassFail.ID));
        accept(ADMIN, new CreateClass(C5A, YEAR, 5, "А"));
        accept(ADMIN, new CreateClass(C5B, YEAR, 5, "Б"));
        student(IVANOVA, "Иванова", "Мария", C5A);
        student(PETROV, "Петров", "Иван", C5A);
        student(SIDOROV, "Сидоров", "Пётр", C5A);
        student(ALEKSEEVA, "Алексеева", "Дарья", C5A);
        student(KUZNETSOV, "Кузнецов", "Артём", C5B);
        accept(ADMIN, new CreateGroup(G5A_1, C5A, "1 группа", Set.of(IVANOVA, PETROV)));
        accept(ADMIN, new RegisterGuardian(IVANOVA_MOTHER, PersonName.of("Иванова", "Светлана", "Викторовна"),
                Contact.of("+74152000001", null, null), true));
        accept(ADMIN, new LinkGuardian(IVANOVA_MOTHER, IVANOVA, Kinship.MOTHER));
        accept(ADMIN, new AssignClassTeacher(C5A, RUS_TEACHER_ID));
        for (ClassId c : List.of(C5A, C5B)) {
            accept(ADMIN, SetCurriculumLoad.of(c, MATH, 5));
            accept(ADMIN, SetCurriculumLoad.of(c, RUSSIAN, 4));
            accept(ADMIN, SetCurriculumLoad.of(c, PE, 2));
            accept(ADMIN, AssignTeacher.of(c, MATH, MATH_TEACHER_ID));
            accept(ADMIN, AssignTeacher.of(c, RUSSIAN, RUS_TEACHER_ID));
        }
        accept(MATH_TEACHER, RecordLesson.of(LESSON, C5A, MATH, MONDAY, 2, MATH_TEACHER_ID, "Сложение дробей"));
        accept(MATH_TEACHER, AssignTask.of(TASK, LESSON, TaskType.CLASS_WORK));
    }

    private void student(StudentId id, String surname, String given, ClassId schoolClass) {
        accept(ADMIN, new RegisterStudent(id, PersonName.of(surname, given, null), LocalDate.of(2015, 3, 1)));
        accept(ADMIN, RecordMovement.enrolment(id, schoolClass, order("1-у"), YEAR_FIRST));
    }

    /**
     * Opens the next school year (while this one is still open) with classes 5А, 6А and 6Б, as the
     * administrator.
     */
    public void openTheNextYear() {
        accept(ADMIN, new OpenSchoolYear(NEXT_YEAR, NEXT_FIRST, NEXT_LAST, SchoolCalendar.ofWeek(5)));
        accept(ADMIN, new CreateClass(C5A_NEXT, NEXT_YEAR, 5, "А"));
        accept(ADMIN, new CreateClass(C6A, NEXT_YEAR, 6, "А"));
        accept(ADMIN, new CreateClass(C6B, NEXT_YEAR, 6, "Б"));
    }

    /**
     * Ends the year: the clock moves to 10:00 on {@link #AFTER_THE_YEAR} and the administrator closes
     * every study period of the year, so that the year itself can be closed.
     */
    public void endTheYear() {
        clock.set(at(AFTER_THE_YEAR, 10, 0));
        for (StudyPeriodId p : List.of(Q1, Q2, H1, YEAR_PERIOD)) {
            accept(ADMIN, new ClosePeriod(p));
        }
    }

    /** Executes and asserts acceptance. */
    public Outcome.Accepted accept(Actor actor, Command command) {
        Outcome o = journal.execute(actor, command);
        assertThat(o.violations()).as("violations of %s", command.commandName()).allMatch(v -> !v.isBlocking());
        assertThat(o).isInstanceOf(Outcome.Accepted.class);
        return (Outcome.Accepted) o;
    }

    /** Executes, asserts rejection and that nothing changed; returns the rejection. */
    public Outcome.Rejected reject(Actor actor, Command command) {
        long before = journal.size();
        long stored = store.size(SCHOOL_ID);
        Outcome o = journal.execute(actor, command);
        assertThat(o).as("outcome of %s", command).isInstanceOf(Outcome.Rejected.class);
        assertThat(journal.size()).isEqualTo(before);
        assertThat(store.size(SCHOOL_ID)).isEqualTo(stored);
        return (Outcome.Rejected) o;
    }

    /** The journal's internal state, for replay comparisons. */
    public org.ejournal.core.internal.JournalState state() {
        return journal.state();
    }

    /** The internal state of any journal, for replay comparisons. */
    public static org.ejournal.core.internal.JournalState stateOf(Journal journal) {
        return journal.state();
    }
}
