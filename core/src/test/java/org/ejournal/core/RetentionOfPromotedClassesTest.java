package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.retention.RecordKind;
import org.ejournal.core.retention.Retention;
import org.ejournal.core.retention.RetentionPlan;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.Stores;
import org.ejournal.core.view.JournalPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retention of a school whose classes move on by one director's order a year ({@code PromoteClass}) and
 * whose years are closed ({@code CloseSchoolYear}). The order does not name the pupils it moves: it moves
 * whoever is in the class when it is replayed, so it needs the entries that put them there. Retention
 * keeps those as long as the order, and the summary sheet of every year still kept lists the same pupils
 * after any purge.
 */
class RetentionOfPromotedClassesTest {

    static final SchoolYearId Y20 = SchoolYearId.of("2020-2021");
    static final SchoolYearId Y21 = SchoolYearId.of("2021-2022");
    static final SchoolYearId Y22 = SchoolYearId.of("2022-2023");
    static final Map<SchoolYearId, StudyPeriodId> PERIODS = Map.of(Y20, StudyPeriodId.of("year-2020"), Y21,
            StudyPeriodId.of("year-2021"), Y22, StudyPeriodId.of("year-2022"));
    static final ClassId C5A = ClassId.of("5a-2020");
    static final ClassId C6A = ClassId.of("6a-2021");
    static final ClassId C7A = ClassId.of("7a-2022");
    static final ClassId C6A22 = ClassId.of("6a-2022");
    static final SubjectId MATH = SubjectId.of("math");
    static final StaffId ADMIN_ID = StaffId.of("admin");
    static final StaffId TEACHER_ID = StaffId.of("t-math");
    static final Actor ADMIN = Actor.staff(ADMIN_ID);
    static final Actor TEACHER = Actor.staff(TEACHER_ID);
    static final StudentId ANNA = StudentId.of("s-anna");
    static final StudentId BORIS = StudentId.of("s-boris");
    static final StudentId GLEB = StudentId.of("s-gleb");

    static MutableClock clock;
    static InMemoryStore store;
    static Journal journal;
    /** Sequences by what they record. */
    static final Map<String, Long> SEQ = new LinkedHashMap<>();

    @BeforeAll
    static void recordThreeYears() {
        clock = new MutableClock(SchoolFixture.at(LocalDate.of(2020, 8, 20), 10, 0), SchoolFixture.KAMCHATKA);
        store = InMemoryStore.create();
        journal = open(store);
        accept("staff admin", SchoolFixture.INSTALLER, RegisterStaffMember.of(ADMIN_ID,
                PersonName.of("Админова", "Анна", null), StaffRole.JOURNAL_ADMINISTRATOR));
        accept("staff teacher", ADMIN, RegisterStaffMember.of(TEACHER_ID, PersonName.of("Математикова", "Елена", null),
                StaffRole.TEACHER));
        accept("subject", ADMIN, DefineSubject.of(MATH, "Математика"));
        for (StudentId s : List.of(ANNA, BORIS, GLEB)) {
            accept("register " + s.value(), ADMIN, new RegisterStudent(s, PersonName.of("Ученик", s.value(), null), null));
        }
        year(Y20, 2020, C5A, 5);
        for (StudentId s : List.of(ANNA, BORIS, GLEB)) {
            accept("enrol " + s.value(), ADMIN, RecordMovement.enrolment(s, C5A, order("1-у"), LocalDate.of(2020, 9, 1)));
        }
        teach(Y20, C5A, 2020, List.of(ANNA, BORIS, GLEB));
        at(LocalDate.of(2021, 6, 10));
        accept("withdraw boris", ADMIN, RecordMovement.withdrawal(BORIS, order("40-у"), LocalDate.of(2021, 6, 10)));
        close(Y20, 2021);

        year(Y21, 2021, C6A, 6);
        accept("promote 5a", ADMIN, PromoteClass.of(C5A, C6A, order("35-у"), LocalDate.of(2021, 9, 1)));
        teach(Y21, C6A, 2021, List.of(ANNA, GLEB));
        close(Y21, 2022);

        year(Y22, 2022, C7A, 7);
        accept("class 6a-2022", ADMIN, new CreateClass(C6A22, Y22, 6, "А"));
        accept("promote 6a", ADMIN, PromoteClass.of(C6A, C7A, order("30-у"), LocalDate.of(2022, 9, 1),
                PupilDecision.repetition(GLEB, C6A22)));
        teach(Y22, C7A, 2022, List.of(ANNA));
        close(Y22, 2023);
    }

    static Journal open(JournalStore over) {
        return Journal.builder().school(SchoolFixture.school()).store(over).clock(clock).build();
    }

    static void at(LocalDate day) {
        clock.set(SchoolFixture.at(day, 10, 0));
    }

    static OrderRef order(String number) {
        return OrderRef.of(number, LocalDate.of(2020, 8, 25));
    }

    static void accept(String label, Actor actor, Command command) {
        Outcome o = journal.execute(actor, command);
        assertThat(o).as("%s: %s", label, o.violations()).isInstanceOf(Outcome.Accepted.class);
        SEQ.put(label, ((Outcome.Accepted) o).events().get(0).sequence());
    }

    static void year(SchoolYearId y, int from, ClassId c, int grade) {
        at(LocalDate.of(from, 8, 20));
        LocalDate first = LocalDate.of(from, 9, 1);
        LocalDate last = LocalDate.of(from + 1, 5, 31);
        accept("open " + y.value(), ADMIN, new OpenSchoolYear(y, first, last, SchoolCalendar.ofWeek(5)));
        accept("period " + y.value(), ADMIN, new DefineStudyPeriod(PERIODS.get(y), y, PeriodKind.YEAR, 1, first, last,
                GradeRange.ALL));
        accept("class " + c.value(), ADMIN, new CreateClass(c, y, grade, "А"));
        accept("teacher " + c.value(), ADMIN, AssignTeacher.of(c, MATH, TEACHER_ID));
    }

    static void teach(SchoolYearId y, ClassId c, int from, List<StudentId> pupils) {
        LocalDate day = LocalDate.of(from, 10, 5);
        LessonId lesson = LessonId.of("l-" + c.value());
        TaskId task = TaskId.of("t-" + c.value());
        at(day);
        accept("lesson " + c.value(), TEACHER, RecordLesson.of(lesson, c, MATH, day, 1, TEACHER_ID, "Тема"));
        accept("task " + c.value(), TEACHER, AssignTask.of(task, lesson, TaskType.CLASS_WORK));
        for (StudentId s : pupils) {
            accept("mark " + c.value() + " " + s.value(), TEACHER, RecordMark.of(task, s, FivePoint.of(4)));
        }
        at(LocalDate.of(from + 1, 5, 25));
        for (StudentId s : pupils) {
            accept("year mark " + y.value() + " " + s.value(), TEACHER,
                    new RecordPeriodMark(s, MATH, PERIODS.get(y), FivePoint.of(4)));
        }
    }

    static void close(SchoolYearId y, int lastYear) {
        at(LocalDate.of(lastYear, 5, 31));
        accept("close period " + y.value(), ADMIN, new ClosePeriod(PERIODS.get(y)));
        at(LocalDate.of(lastYear, 6, 20));
        accept("close year " + y.value(), ADMIN, CloseSchoolYear.of(y));
    }

    static Set<StudentId> rows(Journal j, ClassId c, SchoolYearId y) {
        JournalPage page = j.page(ADMIN, c, MATH, PERIODS.get(y)).orElseThrow();
        Set<StudentId> out = new java.util.HashSet<>();
        page.rows().forEach(r -> out.add(r.student()));
        return out;
    }

    @Test
    void every_entry_is_classified_and_closing_a_year_goes_with_its_summary_sheet() {
        RetentionPlan plan = Retention.defaults().plan(journal, store, LocalDate.of(2048, 6, 1));

        assertThat(plan.unclassified()).isEmpty();
        assertThat(plan.due()).filteredOn(e -> e.action().equals("CloseSchoolYear"))
                .extracting(RetentionPlan.Entry::year, RetentionPlan.Entry::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Y20, RecordKind.SUMMARY_SHEET),
                        org.assertj.core.groups.Tuple.tuple(Y21, RecordKind.SUMMARY_SHEET),
                        org.assertj.core.groups.Tuple.tuple(Y22, RecordKind.SUMMARY_SHEET));
        // the order of 2021 is kept as long as that of 2022, which moves the pupils it placed
        assertThat(plan.due()).filteredOn(e -> e.action().equals("PromoteClass"))
                .extracting(RetentionPlan.Entry::year, RetentionPlan.Entry::dueSince)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(Y22, LocalDate.of(2048, 6, 1))).hasSize(2);
        TreeSet<Long> kept = new TreeSet<>(SEQ.values());
        kept.removeAll(plan.sequences());
        assertThat(kept).containsExactly(SEQ.get("staff admin"), SEQ.get("staff teacher"), SEQ.get("subject"));
    }

    @Test
    void an_order_keeps_the_placements_it_moved_pupils_from_so_the_next_year_s_sheet_still_lists_them() {
        RetentionPlan plan = Retention.defaults().plan(journal, store, LocalDate.of(2046, 6, 1));

        // Boris left before the order: his records of 2020/2021 go
        assertThat(plan.sequences()).contains(SEQ.get("enrol s-boris"), SEQ.get("withdraw boris"),
                SEQ.get("year mark 2020-2021 s-boris"), SEQ.get("register s-boris"), SEQ.get("year mark 2020-2021 s-anna"),
                SEQ.get("close year 2020-2021"), SEQ.get("close period 2020-2021"));
        // Anna and Gleb were moved by the order of 2021 (Anna again by that of 2022): their places in 5А stay,
        // and so do the class and its year, which the orders name
        assertThat(plan.sequences()).doesNotContain(SEQ.get("enrol s-anna"), SEQ.get("enrol s-gleb"),
                SEQ.get("class 5a-2020"), SEQ.get("open 2020-2021"), SEQ.get("promote 5a"));
        assertThat(plan.held()).isEmpty();

        JournalStore copy = Stores.copy(store, SchoolFixture.SCHOOL_ID);
        Journal j = open(copy);
        j.purge(Retention.defaults().plan(j, copy, LocalDate.of(2046, 6, 1)));
        Journal reopened = open(copy);
        assertThat(rows(reopened, C6A, Y21)).containsExactlyInAnyOrder(ANNA, GLEB);
        assertThat(rows(reopened, C7A, Y22)).containsExactlyInAnyOrder(ANNA);
        assertThat(rows(reopened, C6A22, Y22)).containsExactlyInAnyOrder(GLEB);
        assertThat(j.state().differences(reopened.state())).isEmpty();
    }

    @Test
    void after_any_purge_the_sheet_of_every_year_still_kept_lists_the_same_pupils_and_the_log_verifies() {
        Map<SchoolYearId, ClassId> classes = Map.of(Y20, C5A, Y21, C6A, Y22, C7A);
        Map<SchoolYearId, Set<StudentId>> before = new LinkedHashMap<>();
        classes.forEach((y, c) -> before.put(y, rows(journal, c, y)));
        var root = journal.root();
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2049, 1, 1)); day = day.plusMonths(4)) {
            JournalStore copy = Stores.copy(store, SchoolFixture.SCHOOL_ID);
            Journal j = open(copy);
            LogReport report = j.purge(Retention.defaults().plan(j, copy, day));
            assertThat(report.isIntact()).isTrue();
            assertThat(report.root()).isEqualTo(root);
            Journal reopened = open(copy);
            for (SchoolYearId y : classes.keySet()) {
                LocalDate sheetDue = LocalDate.of(Integer.parseInt(y.value().substring(5)) + 25, 6, 1);
                if (day.isBefore(sheetDue)) {
                    assertThat(rows(reopened, classes.get(y), y)).as("%s on %s", y, day).isEqualTo(before.get(y));
                }
            }
        }
    }
}
