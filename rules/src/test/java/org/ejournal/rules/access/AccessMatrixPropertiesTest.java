package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.ejournal.core.Actor;
import org.ejournal.core.Answer;
import org.ejournal.core.Journal;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.ViolationCodes;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.view.EditListing;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationAccessPolicy;
import org.ejournal.rules.catalogue.AccessRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;

/**
 * The access matrix as a property: across random actors (every role, pupils, guardians, a system
 * actor, unknown people) and random resources (every page, diaries of every pupil over several
 * ranges, the history of every kind of entry, the edit listing of every class whole and by subject,
 * and a spread of write commands of every type), the
 * journal built with {@link AccessRules#all} and {@link RegulationAccessPolicy} allows exactly what an
 * independent oracle of the matrix allows: nothing the oracle forbids (zero leaks, and a granted page
 * holds no row the oracle forbids, a granted edit listing exactly the entries the oracle places in that
 * class journal), and everything it allows (no over-blocking of legitimate work).
 *
 * <p>The oracle below reads only the facts this test declares for its school (who holds which role,
 * who teaches what, who is in which class when, whose child is whom, which lesson belongs to whom);
 * it never asks the library's rules or the journal's view. Seeds are fixed.
 */
class AccessMatrixPropertiesTest {

    private static final long SEED = 20_261_116L;
    private static final Profile PROFILE = Profile.defaults();
    /** "Today" for the writes: a Monday of the second quarter, after Sidorov moved to 5Б. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    // ---------------------------------------------------------------- the school, as this test declares it

    private static final StaffId DEPUTY_ID = StaffId.of("deputy");
    private static final StaffId PE_ID = StaffId.of("t-pe");
    private static final StaffId GRP_ID = StaffId.of("t-grp");
    private static final StaffId IDLE_ID = StaffId.of("t-idle");
    private static final StaffId ADMIN_T_ID = StaffId.of("t-admin");
    private static final GuardianId TWO_CHILDREN = GuardianId.of("g-two");
    private static final GuardianId NO_CHILDREN = GuardianId.of("g-none");
    private static final LocalDate SIDOROV_MOVES = LocalDate.of(2026, 11, 9);
    /** Two past years, both ended with no study periods: one already closed, one left to close. */
    private static final SchoolYearId CLOSED_YEAR = SchoolYearId.of("2024-2025");
    private static final SchoolYearId ENDED_YEAR = SchoolYearId.of("2025-2026");
    /** The next year, with a sixth grade to promote 5Б into. */
    private static final ClassId NEXT_6B = ClassId.of("6b-2027");

    record Teach(ClassId schoolClass, SubjectId subject, StaffId teacher, GroupId group) {
    }

    record Stint(ClassId schoolClass, LocalDate from, LocalDate until) {
        boolean overlaps(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && (until == null || !until.isBefore(first));
        }

        boolean covers(LocalDate d) {
            return overlaps(d, d);
        }
    }

    record LessonFact(LessonId id, ClassId schoolClass, SubjectId subject, GroupId group, LocalDate date,
            int number, StaffId teacher, StaffId substitute) {
        StaffId givenBy() {
            return substitute == null ? teacher : substitute;
        }
    }

    record Period(StudyPeriodId id, LocalDate first, LocalDate last, boolean forGrade5) {
    }

    record Exam(ExamResultId id, StudentId student, SubjectId subject, LocalDate date, StaffId by) {
    }

    record PeriodMarkFact(StudentId student, SubjectId subject, StudyPeriodId period, StaffId by) {
    }

    private static final Map<StaffId, Set<StaffRole>> ROLES = new LinkedHashMap<>();
    private static final List<Teach> TEACHING = new ArrayList<>();
    private static final Map<ClassId, StaffId> CLASS_TEACHERS = new HashMap<>();
    private static final Map<GroupId, Set<StudentId>> GROUPS = Map.of(G5A_1, Set.of(IVANOVA, PETROV));
    private static final Map<StudentId, List<Stint>> STINTS = new LinkedHashMap<>();
    private static final Map<GuardianId, Set<StudentId>> CHILDREN = new LinkedHashMap<>();
    private static final Map<LessonId, LessonFact> LESSONS = new LinkedHashMap<>();
    private static final Map<TaskId, LessonId> TASKS = new LinkedHashMap<>();
    private static final Map<HomeworkId, LessonId> HOMEWORK = new LinkedHashMap<>();
    private static final Map<List<Object>, MarkValue> MARKS = new LinkedHashMap<>();
    private static final Set<List<Object>> ATTENDANCE = new LinkedHashSet<>();
    private static final List<PeriodMarkFact> PERIOD_MARKS = new ArrayList<>();
    private static final Map<ExamResultId, Exam> EXAMS = new LinkedHashMap<>();
    private static final List<List<Object>> PLANS = new ArrayList<>();
    private static final Map<StudyPeriodId, Period> PERIODS = new LinkedHashMap<>();
    private static final Set<SubjectId> PASS_FAIL = Set.of(PE);

    private static final List<Actor> ACTORS = new ArrayList<>();
    private static List<JournalEvent> baseEvents;
    private static Journal reader;

    static {
        ROLES.put(ADMIN_ID, Set.of(StaffRole.JOURNAL_ADMINISTRATOR));
        ROLES.put(DIRECTOR_ID, Set.of(StaffRole.DIRECTOR, StaffRole.TEACHER));
        ROLES.put(MATH_TEACHER_ID, Set.of(StaffRole.TEACHER));
        ROLES.put(RUS_TEACHER_ID, Set.of(StaffRole.TEACHER));
        ROLES.put(CLERK_ID, Set.of(StaffRole.RECORDS_CLERK));
        ROLES.put(DEPUTY_ID, Set.of(StaffRole.DEPUTY_DIRECTOR));
        ROLES.put(PE_ID, Set.of(StaffRole.TEACHER));
        ROLES.put(GRP_ID, Set.of(StaffRole.TEACHER));
        ROLES.put(IDLE_ID, Set.of(StaffRole.TEACHER));
        ROLES.put(ADMIN_T_ID, Set.of(StaffRole.JOURNAL_ADMINISTRATOR, StaffRole.TEACHER));

        for (ClassId c : List.of(C5A, C5B)) {
            TEACHING.add(new Teach(c, MATH, MATH_TEACHER_ID, null));
            TEACHING.add(new Teach(c, RUSSIAN, RUS_TEACHER_ID, null));
        }
        TEACHING.add(new Teach(C5B, PE, PE_ID, null));
        TEACHING.add(new Teach(C5A, PE, GRP_ID, G5A_1));
        TEACHING.add(new Teach(C5A, PE, DIRECTOR_ID, null));
        CLASS_TEACHERS.put(C5A, RUS_TEACHER_ID);
        CLASS_TEACHERS.put(C5B, PE_ID);

        for (StudentId s : List.of(IVANOVA, PETROV, ALEKSEEVA)) {
            STINTS.put(s, List.of(new Stint(C5A, YEAR_FIRST, null)));
        }
        STINTS.put(SIDOROV, List.of(new Stint(C5A, YEAR_FIRST, SIDOROV_MOVES.minusDays(1)),
                new Stint(C5B, SIDOROV_MOVES, null)));
        STINTS.put(KUZNETSOV, List.of(new Stint(C5B, YEAR_FIRST, null)));
        CHILDREN.put(IVANOVA_MOTHER, Set.of(IVANOVA));
        CHILDREN.put(TWO_CHILDREN, Set.of(PETROV, KUZNETSOV));
        CHILDREN.put(NO_CHILDREN, Set.of());

        PERIODS.put(Q1, new Period(Q1, YEAR_FIRST, LocalDate.of(2026, 10, 25), true));
        PERIODS.put(Q2, new Period(Q2, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 28), true));
        PERIODS.put(H1, new Period(H1, YEAR_FIRST, LocalDate.of(2026, 12, 28), false));
        PERIODS.put(YEAR_PERIOD, new Period(YEAR_PERIOD, YEAR_FIRST, YEAR_LAST, true));

        lesson(LESSON, C5A, MATH, null, MONDAY, 2, MATH_TEACHER_ID, null);
        lesson(LessonId.of("l-rus-5a"), C5A, RUSSIAN, null, LocalDate.of(2026, 10, 6), 1, RUS_TEACHER_ID, null);
        lesson(LessonId.of("l-math-5b-sub"), C5B, MATH, null, LocalDate.of(2026, 10, 6), 2, MATH_TEACHER_ID, IDLE_ID);
        lesson(LessonId.of("l-pe-grp"), C5A, PE, G5A_1, LocalDate.of(2026, 10, 7), 3, GRP_ID, null);
        lesson(LessonId.of("l-pe-5a"), C5A, PE, null, LocalDate.of(2026, 10, 8), 4, DIRECTOR_ID, null);
        lesson(LessonId.of("l-pe-5b"), C5B, PE, null, LocalDate.of(2026, 10, 8), 4, PE_ID, null);
        lesson(LessonId.of("l-math-5b-q2"), C5B, MATH, null, TODAY, 2, MATH_TEACHER_ID, null);
        lesson(LessonId.of("l-math-5a-q2"), C5A, MATH, null, TODAY, 2, MATH_TEACHER_ID, null);
        lesson(LessonId.of("l-rus-5a-sub"), C5A, RUSSIAN, null, TODAY, 3, RUS_TEACHER_ID, MATH_TEACHER_ID);
        for (LessonFact l : LESSONS.values()) {
            TASKS.put(l.id().equals(LESSON) ? TASK : TaskId.of("t-" + l.id().value()), l.id());
            HOMEWORK.put(HomeworkId.of("h-" + l.id().value()), l.id());
        }
        for (Map.Entry<TaskId, LessonId> t : TASKS.entrySet()) {
            LessonFact l = LESSONS.get(t.getValue());
            List<StudentId> present = pupilsAt(l);
            MARKS.put(List.of(t.getKey(), present.get(0)), valueFor(l.subject(), false));
            ATTENDANCE.add(List.of(l.id(), present.get(present.size() - 1)));
        }
        PERIOD_MARKS.add(new PeriodMarkFact(IVANOVA, MATH, Q1, MATH_TEACHER_ID));
        PERIOD_MARKS.add(new PeriodMarkFact(KUZNETSOV, PE, Q1, PE_ID));
        PERIOD_MARKS.add(new PeriodMarkFact(SIDOROV, MATH, Q1, MATH_TEACHER_ID));
        EXAMS.put(ExamResultId.of("e-petrov"), new Exam(ExamResultId.of("e-petrov"), PETROV, MATH,
                LocalDate.of(2026, 10, 20), MATH_TEACHER_ID));
        EXAMS.put(ExamResultId.of("e-sidorov"), new Exam(ExamResultId.of("e-sidorov"), SIDOROV, RUSSIAN,
                LocalDate.of(2026, 11, 20), RUS_TEACHER_ID));
        PLANS.add(List.of(C5A, MATH, MATH_TEACHER_ID));
        PLANS.add(List.of(C5B, PE, PE_ID));

        for (StaffId s : ROLES.keySet()) {
            ACTORS.add(Actor.staff(s));
        }
        for (StudentId s : STINTS.keySet()) {
            ACTORS.add(Actor.student(s));
        }
        for (GuardianId g : CHILDREN.keySet()) {
            ACTORS.add(Actor.guardian(g));
        }
        ACTORS.add(Actor.system("import"));
        ACTORS.add(Actor.staff(StaffId.of("ghost")));
        ACTORS.add(Actor.student(StudentId.of("s-ghost")));
        ACTORS.add(Actor.guardian(GuardianId.of("g-ghost")));
    }

    private static void lesson(LessonId id, ClassId c, SubjectId s, GroupId g, LocalDate d, int n, StaffId t,
            StaffId sub) {
        LESSONS.put(id, new LessonFact(id, c, s, g, d, n, t, sub));
    }

    private static MarkValue valueFor(SubjectId subject, boolean other) {
        if (PASS_FAIL.contains(subject)) {
            return other ? PassFail.FAIL : PassFail.PASS;
        }
        return FivePoint.of(other ? 5 : 4);
    }

    /** Builds the declared school through the public API, each fact entered by whoever the regulation says. */
    @BeforeAll
    static void buildTheSchool() {
        SchoolFixture f = SchoolFixture.create(b -> b.rules(AccessRules.all(PROFILE))
                .access(new RegulationAccessPolicy(PROFILE)));
        for (Map.Entry<StaffId, Set<StaffRole>> e : ROLES.entrySet()) {
            if (List.of(ADMIN_ID, DIRECTOR_ID, MATH_TEACHER_ID, RUS_TEACHER_ID, CLERK_ID).contains(e.getKey())) {
                continue;
            }
            f.accept(ADMIN, RegisterStaffMember.of(e.getKey(), PersonName.of("Сотрудник", e.getKey().value(), null),
                    e.getValue().toArray(StaffRole[]::new)));
        }
        f.accept(ADMIN, new AssignClassTeacher(C5B, PE_ID));
        for (Teach t : TEACHING) {
            if (!t.teacher().equals(MATH_TEACHER_ID) && !t.teacher().equals(RUS_TEACHER_ID)) {
                f.accept(ADMIN, new AssignTeacher(t.schoolClass(), t.subject(), t.teacher(), t.group()));
            }
        }
        f.accept(ADMIN, RecordMovement.transfer(SIDOROV, C5B, order("11-у"), SIDOROV_MOVES));
        Actor classTeacher5a = RUS_TEACHER;
        f.accept(classTeacher5a, new RegisterGuardian(TWO_CHILDREN, PersonName.of("Петрова", "Анна", null),
                Contact.of("+74152000002", null, null), true));
        f.accept(classTeacher5a, new LinkGuardian(TWO_CHILDREN, PETROV, Kinship.MOTHER));
        f.accept(ADMIN, new LinkGuardian(TWO_CHILDREN, KUZNETSOV, Kinship.CUSTODIAN));
        f.accept(ADMIN, new RegisterGuardian(NO_CHILDREN, PersonName.of("Опекунов", "Игорь", null),
                Contact.of("+74152000003", null, null), true));
        for (LessonFact l : LESSONS.values()) {
            Actor by = Actor.staff(l.givenBy());
            if (!l.id().equals(LESSON)) {
                f.accept(by, new RecordLesson(l.id(), l.schoolClass(), l.group(), l.subject(), l.date(), l.number(),
                        LessonKind.LESSON, WorkKind.ORDINARY, "Тема", l.teacher(), l.substitute()));
            }
        }
        for (Map.Entry<TaskId, LessonId> t : TASKS.entrySet()) {
            Actor by = Actor.staff(LESSONS.get(t.getValue()).givenBy());
            if (!t.getKey().equals(TASK)) {
                f.accept(by, AssignTask.of(t.getKey(), t.getValue(), TaskType.CLASS_WORK));
            }
        }
        for (Map.Entry<HomeworkId, LessonId> h : HOMEWORK.entrySet()) {
            LessonFact l = LESSONS.get(h.getValue());
            f.accept(Actor.staff(l.givenBy()), new AssignHomework(h.getKey(), l.id(), "Упражнение", l.date().plusDays(2)));
        }
        for (Map.Entry<List<Object>, MarkValue> m : MARKS.entrySet()) {
            TaskId task = (TaskId) m.getKey().get(0);
            f.accept(Actor.staff(LESSONS.get(TASKS.get(task)).teacher()),
                    RecordMark.of(task, (StudentId) m.getKey().get(1), m.getValue()));
        }
        for (List<Object> a : ATTENDANCE) {
            LessonId lesson = (LessonId) a.get(0);
            f.accept(Actor.staff(LESSONS.get(lesson).givenBy()), RecordAttendance.of(lesson, (StudentId) a.get(1), "н"));
        }
        for (PeriodMarkFact p : PERIOD_MARKS) {
            f.accept(Actor.staff(p.by()), new RecordPeriodMark(p.student(), p.subject(), p.period(),
                    valueFor(p.subject(), false)));
        }
        for (Exam e : EXAMS.values()) {
            f.accept(Actor.staff(e.by()), new RecordExamResult(e.id(), e.student(), e.subject(),
                    ExamKind.INTERMEDIATE_ATTESTATION, e.date(), valueFor(e.subject(), false)));
        }
        for (List<Object> p : PLANS) {
            f.accept(Actor.staff((StaffId) p.get(2)), new RecordThematicPlan((ClassId) p.get(0), (SubjectId) p.get(1),
                    List.of(PlannedTopic.of(1, "Введение", BigDecimal.ONE))));
        }
        f.accept(ADMIN, new ClosePeriod(H1));
        f.accept(ADMIN, new OpenSchoolYear(CLOSED_YEAR, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 31),
                SchoolCalendar.ofWeek(5)));
        f.accept(ADMIN, CloseSchoolYear.of(CLOSED_YEAR));
        f.accept(ADMIN, new OpenSchoolYear(ENDED_YEAR, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31),
                SchoolCalendar.ofWeek(5)));
        f.accept(ADMIN, new OpenSchoolYear(NEXT_YEAR, NEXT_FIRST, NEXT_LAST, SchoolCalendar.ofWeek(5)));
        f.accept(ADMIN, new CreateClass(NEXT_6B, NEXT_YEAR, 6, "Б"));
        baseEvents = f.store.events(SCHOOL_ID).toList();
        reader = f.journal;
    }

    /** A journal over the declared school, on {@link #TODAY}, with only the access rules. */
    private static Journal freshJournal() {
        InMemoryStore store = org.ejournal.core.store.Stores.of(SCHOOL_ID, baseEvents);
        return Journal.builder().school(school()).store(store).clock(Clock.fixed(at(TODAY, 10, 0), KAMCHATKA))
                .rules(AccessRules.all(PROFILE)).access(new RegulationAccessPolicy(PROFILE)).build();
    }

    // ---------------------------------------------------------------- facts the oracle derives from the declarations

    private static List<StudentId> pupilsAt(LessonFact l) {
        List<StudentId> out = new ArrayList<>();
        for (Map.Entry<StudentId, List<Stint>> e : STINTS.entrySet()) {
            boolean inClass = e.getValue().stream().anyMatch(s -> s.schoolClass().equals(l.schoolClass())
                    && s.covers(l.date()));
            if (inClass && (l.group() == null || GROUPS.get(l.group()).contains(e.getKey()))) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static Set<StudentId> pupilsOf(ClassId c, Period p) {
        Set<StudentId> out = new LinkedHashSet<>();
        STINTS.forEach((s, stints) -> {
            if (stints.stream().anyMatch(x -> x.schoolClass().equals(c) && x.overlaps(p.first(), p.last()))) {
                out.add(s);
            }
        });
        return out;
    }

    private static ClassId classOn(StudentId s, LocalDate d) {
        return STINTS.get(s).stream().filter(x -> x.covers(d)).map(Stint::schoolClass).findFirst().orElse(null);
    }

    private static ClassId classOnOrBefore(StudentId s, LocalDate d) {
        ClassId on = classOn(s, d);
        if (on != null) {
            return on;
        }
        ClassId last = null;
        for (Stint x : STINTS.get(s)) {
            if (!x.from().isAfter(d)) {
                last = x.schoolClass();
            }
        }
        return last;
    }

    // ---------------------------------------------------------------- the oracle: the access matrix, plainly

    static final class Oracle {

        static boolean known(Actor a) {
            if (a instanceof Actor.StaffActor s) {
                return ROLES.containsKey(s.id());
            }
            if (a instanceof Actor.StudentActor s) {
                return STINTS.containsKey(s.id());
            }
            if (a instanceof Actor.GuardianActor g) {
                return CHILDREN.containsKey(g.id());
            }
            return true;
        }

        static Set<StaffRole> roles(Actor a) {
            return a instanceof Actor.StaffActor s ? ROLES.getOrDefault(s.id(), Set.of()) : Set.of();
        }

        static StaffId staffId(Actor a) {
            return a instanceof Actor.StaffActor s && ROLES.containsKey(s.id()) ? s.id() : null;
        }

        static boolean seesAll(Actor a) {
            Set<StaffRole> r = roles(a);
            return a instanceof Actor.SystemActor || r.contains(StaffRole.DIRECTOR)
                    || r.contains(StaffRole.DEPUTY_DIRECTOR) || r.contains(StaffRole.JOURNAL_ADMINISTRATOR)
                    || r.contains(StaffRole.RECORDS_CLERK);
        }

        static boolean isAdministrator(Actor a) {
            return a instanceof Actor.SystemActor || roles(a).contains(StaffRole.JOURNAL_ADMINISTRATOR);
        }

        static boolean teachesClass(StaffId t, ClassId c) {
            return t.equals(CLASS_TEACHERS.get(c))
                    || TEACHING.stream().anyMatch(x -> x.teacher().equals(t) && x.schoolClass().equals(c));
        }

        static boolean readsPage(StaffId t, ClassId c, SubjectId s) {
            return t.equals(CLASS_TEACHERS.get(c)) || TEACHING.stream()
                    .anyMatch(x -> x.teacher().equals(t) && x.schoolClass().equals(c) && x.subject().equals(s));
        }

        /** Assigned so as to cover a lesson of the group (null: the whole class). */
        static boolean covers(StaffId t, ClassId c, SubjectId s, GroupId g) {
            return TEACHING.stream().anyMatch(x -> x.teacher().equals(t) && x.schoolClass().equals(c)
                    && x.subject().equals(s) && (x.group() == null || x.group().equals(g)));
        }

        /** Assigned to the subject in the class for this pupil (a group assignment: the pupil is in the group). */
        static boolean teachesPupil(StaffId t, ClassId c, SubjectId s, StudentId p) {
            return TEACHING.stream().anyMatch(x -> x.teacher().equals(t) && x.schoolClass().equals(c)
                    && x.subject().equals(s) && (x.group() == null || GROUPS.get(x.group()).contains(p)));
        }

        static boolean maySee(Actor a, StudentId p) {
            if (!known(a)) {
                return false;
            }
            if (seesAll(a)) {
                return true;
            }
            if (a instanceof Actor.StudentActor s) {
                return s.id().equals(p);
            }
            if (a instanceof Actor.GuardianActor g) {
                return CHILDREN.get(g.id()).contains(p);
            }
            StaffId t = staffId(a);
            return t != null && STINTS.getOrDefault(p, List.of()).stream().anyMatch(x -> teachesClass(t, x.schoolClass()));
        }

        static boolean mayRead(Actor a, Read r) {
            if (!known(a)) {
                return false;
            }
            if (r instanceof EditsRead e) {
                return mayReadEdits(a, e.schoolClass());
            }
            if (seesAll(a)) {
                return true;
            }
            StaffId t = staffId(a);
            if (r instanceof PageRead p) {
                return t != null && readsPage(t, p.schoolClass(), p.subject());
            }
            if (r instanceof DiaryRead d) {
                if (!(a instanceof Actor.StaffActor)) {
                    return maySee(a, d.student());
                }
                return t != null && maySee(a, d.student()) && STINTS.getOrDefault(d.student(), List.of()).stream()
                        .filter(x -> x.overlaps(d.first(), d.last())).allMatch(x -> teachesClass(t, x.schoolClass()));
            }
            EntryRef e = ((HistoryRead) r).entry();
            StudentId owner = ownerOf(e);
            if (!(a instanceof Actor.StaffActor)) {
                return owner != null && maySee(a, owner);
            }
            return t != null && readsEntry(t, e) && (owner == null || maySee(a, owner));
        }

        /**
         * The edit listing of a class journal: the director, deputies, the administrator (or a system
         * actor standing for them) and the class's class teacher; not the records clerk, not a subject
         * teacher, never a pupil or a guardian.
         */
        static boolean mayReadEdits(Actor a, ClassId c) {
            Set<StaffRole> r = roles(a);
            return a instanceof Actor.SystemActor || r.contains(StaffRole.DIRECTOR)
                    || r.contains(StaffRole.DEPUTY_DIRECTOR) || r.contains(StaffRole.JOURNAL_ADMINISTRATOR)
                    || (staffId(a) != null && staffId(a).equals(CLASS_TEACHERS.get(c)));
        }

        /** Every entry of the class journal (of one subject, or all if {@code null}), each recorded once. */
        static Set<EntryRef> entriesOf(ClassId c, SubjectId subject) {
            Set<EntryRef> out = new LinkedHashSet<>();
            Set<LessonId> lessons = new LinkedHashSet<>();
            for (LessonFact l : LESSONS.values()) {
                if (l.schoolClass().equals(c) && (subject == null || l.subject().equals(subject))) {
                    lessons.add(l.id());
                    out.add(EntryRef.lesson(l.id()));
                }
            }
            TASKS.forEach((t, l) -> {
                if (lessons.contains(l)) {
                    out.add(EntryRef.task(t));
                }
            });
            HOMEWORK.forEach((h, l) -> {
                if (lessons.contains(l)) {
                    out.add(EntryRef.homework(h));
                }
            });
            for (List<Object> m : MARKS.keySet()) {
                if (lessons.contains(TASKS.get((TaskId) m.get(0)))) {
                    out.add(EntryRef.mark((TaskId) m.get(0), (StudentId) m.get(1)));
                }
            }
            for (List<Object> x : ATTENDANCE) {
                if (lessons.contains((LessonId) x.get(0))) {
                    out.add(EntryRef.attendance((LessonId) x.get(0), (StudentId) x.get(1)));
                }
            }
            for (PeriodMarkFact p : PERIOD_MARKS) {
                Period period = PERIODS.get(p.period());
                if ((subject == null || p.subject().equals(subject)) && STINTS.get(p.student()).stream()
                        .anyMatch(st -> st.schoolClass().equals(c) && st.overlaps(period.first(), period.last()))) {
                    out.add(EntryRef.periodMark(p.student(), p.subject(), p.period()));
                }
            }
            for (Exam e : EXAMS.values()) {
                if ((subject == null || e.subject().equals(subject))
                        && c.equals(classOnOrBefore(e.student(), e.date()))) {
                    out.add(EntryRef.examResult(e.id()));
                }
            }
            for (List<Object> p : PLANS) {
                if (p.get(0).equals(c) && (subject == null || p.get(1).equals(subject))) {
                    out.add(EntryRef.thematicPlan(c, (SubjectId) p.get(1)));
                }
            }
            return out;
        }

        static StudentId ownerOf(EntryRef e) {
            if (e instanceof EntryRef.MarkEntry m) {
                return m.student();
            }
            if (e instanceof EntryRef.AttendanceEntry x) {
                return x.student();
            }
            if (e instanceof EntryRef.PeriodMarkEntry x) {
                return x.student();
            }
            if (e instanceof EntryRef.ExamResultEntry x) {
                Exam exam = EXAMS.get(x.result());
                return exam == null ? null : exam.student();
            }
            return null;
        }

        static boolean readsEntry(StaffId t, EntryRef e) {
            LessonId lesson = null;
            if (e instanceof EntryRef.LessonEntry x) {
                lesson = x.lesson();
            } else if (e instanceof EntryRef.TaskEntry x) {
                lesson = TASKS.get(x.task());
            } else if (e instanceof EntryRef.MarkEntry x) {
                lesson = TASKS.get(x.task());
            } else if (e instanceof EntryRef.AttendanceEntry x) {
                lesson = x.lesson();
            } else if (e instanceof EntryRef.HomeworkEntry x) {
                lesson = HOMEWORK.get(x.homework());
            } else if (e instanceof EntryRef.ThematicPlanEntry x) {
                return readsPage(t, x.schoolClass(), x.subject());
            } else if (e instanceof EntryRef.PeriodMarkEntry x) {
                Period p = PERIODS.get(x.period());
                return p != null && STINTS.getOrDefault(x.student(), List.of()).stream()
                        .anyMatch(s -> s.overlaps(p.first(), p.last()) && readsPage(t, s.schoolClass(), x.subject()));
            } else if (e instanceof EntryRef.ExamResultEntry x) {
                Exam exam = EXAMS.get(x.result());
                return exam != null && readsPage(t, classOnOrBefore(exam.student(), exam.date()), exam.subject());
            }
            LessonFact l = lesson == null ? null : LESSONS.get(lesson);
            return l != null && readsPage(t, l.schoolClass(), l.subject());
        }

        static boolean mayWrite(Actor a, Command c) {
            if (!known(a) || a instanceof Actor.StudentActor || a instanceof Actor.GuardianActor) {
                return false;
            }
            StaffId me = staffId(a);
            String type = c.getClass().getSimpleName();
            switch (type) {
                case "RegisterStaffMember", "OpenSchoolYear", "DefineStudyPeriod", "DefineSubject", "CreateClass",
                        "CreateGroup", "RegisterStudent", "RecordMovement", "JoinGroup", "LeaveGroup",
                        "AssignClassTeacher", "SetCurriculumLoad", "AssignTeacher", "ClosePeriod", "DeclareOutage",
                        "CloseSchoolYear", "PromoteClass":
                    return isAdministrator(a);
                case "ReopenPeriod", "ReopenSchoolYear":
                    return roles(a).contains(StaffRole.DIRECTOR) || roles(a).contains(StaffRole.DEPUTY_DIRECTOR);
                case "RegisterGuardian":
                    return isAdministrator(a) || CLASS_TEACHERS.containsValue(me);
                case "LinkGuardian":
                    return isAdministrator(a) || classTeacherOf(((LinkGuardian) c).student(), me);
                case "RecordPaperReport":
                    return isAdministrator(a) || classTeacherOf(((RecordPaperReport) c).student(), me);
                default:
                    break;
            }
            if (me == null) {
                return false;
            }
            if (c instanceof RecordLesson l) {
                return covers(l.teacher(), l.schoolClass(), l.subject(), l.group())
                        && (me.equals(l.teacher()) || me.equals(l.substitute()));
            }
            if (c instanceof RecordThematicPlan p) {
                return TEACHING.stream().anyMatch(x -> x.teacher().equals(me) && x.schoolClass().equals(p.schoolClass())
                        && x.subject().equals(p.subject()));
            }
            if (c instanceof RecordPeriodMark p) {
                return periodMark(me, p.student(), p.subject(), p.period());
            }
            if (c instanceof CorrectPeriodMark p) {
                return periodMark(me, p.student(), p.subject(), p.period());
            }
            if (c instanceof RecordExamResult e) {
                return teachesPupil(me, classOnOrBefore(e.student(), e.date()), e.subject(), e.student());
            }
            LessonFact l = LESSONS.get(lessonOf(c));
            return me.equals(l.teacher()) || me.equals(l.substitute());
        }

        static boolean classTeacherOf(StudentId p, StaffId me) {
            ClassId c = classOn(p, TODAY);
            return me != null && c != null && me.equals(CLASS_TEACHERS.get(c));
        }

        static boolean periodMark(StaffId me, StudentId p, SubjectId s, StudyPeriodId period) {
            Period x = PERIODS.get(period);
            return STINTS.get(p).stream()
                    .anyMatch(st -> st.overlaps(x.first(), x.last()) && teachesPupil(me, st.schoolClass(), s, p));
        }

        static LessonId lessonOf(Command c) {
            if (c instanceof CorrectLesson x) {
                return x.lesson();
            }
            if (c instanceof AssignTask x) {
                return x.lesson();
            }
            if (c instanceof AssignHomework x) {
                return x.lesson();
            }
            if (c instanceof RecordAttendance x) {
                return x.lesson();
            }
            if (c instanceof CorrectAttendance x) {
                return x.lesson();
            }
            if (c instanceof RecordMark x) {
                return TASKS.get(x.task());
            }
            if (c instanceof CorrectMark x) {
                return TASKS.get(x.task());
            }
            if (c instanceof CancelMark x) {
                return TASKS.get(x.task());
            }
            throw new AssertionError("the oracle has no writer for " + c.commandName());
        }
    }

    // ---------------------------------------------------------------- reads

    sealed interface Read permits PageRead, DiaryRead, HistoryRead, EditsRead {
    }

    record PageRead(ClassId schoolClass, SubjectId subject, StudyPeriodId period) implements Read {
    }

    record DiaryRead(StudentId student, LocalDate first, LocalDate last) implements Read {
    }

    record HistoryRead(EntryRef entry) implements Read {
    }

    /** The edit listing of a class journal, of one subject or (subject {@code null}) of all. */
    record EditsRead(ClassId schoolClass, SubjectId subject, LocalDate from, LocalDate to) implements Read {
    }

    /** The class none of the declarations has: a listing of it is refused as unknown. */
    private static final ClassId NO_CLASS = ClassId.of("5z");

    private static List<Read> reads() {
        List<Read> out = new ArrayList<>();
        for (ClassId c : List.of(C5A, C5B)) {
            for (SubjectId s : List.of(MATH, RUSSIAN, PE)) {
                for (StudyPeriodId p : PERIODS.keySet()) {
                    out.add(new PageRead(c, s, p));
                }
            }
        }
        List<LocalDate[]> ranges = List.of(
                new LocalDate[] {YEAR_FIRST, LocalDate.of(2026, 9, 30)},
                new LocalDate[] {LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)},
                new LocalDate[] {LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)},
                new LocalDate[] {SIDOROV_MOVES, LocalDate.of(2026, 11, 30)},
                new LocalDate[] {YEAR_FIRST, LocalDate.of(2026, 12, 28)});
        List<StudentId> pupils = new ArrayList<>(STINTS.keySet());
        pupils.add(StudentId.of("s-ghost"));
        for (StudentId s : pupils) {
            for (LocalDate[] r : ranges) {
                out.add(new DiaryRead(s, r[0], r[1]));
            }
        }
        for (EntryRef e : entries()) {
            out.add(new HistoryRead(e));
        }
        // every base entry was recorded on the fixture's Monday; today nothing; a reversed range is invalid
        List<LocalDate[]> days = List.of(new LocalDate[] {MONDAY, MONDAY}, new LocalDate[] {TODAY, TODAY},
                new LocalDate[] {MONDAY.plusDays(1), MONDAY});
        for (ClassId c : List.of(C5A, C5B, NO_CLASS)) {
            for (SubjectId s : java.util.Arrays.asList(null, MATH, PE)) {
                for (LocalDate[] d : days) {
                    out.add(new EditsRead(c, s, d[0], d[1]));
                }
            }
        }
        return out;
    }

    private static final int NEVER_RECORDED = 5;

    /** Every recorded entry, then {@value #NEVER_RECORDED} that were never recorded. */
    private static List<EntryRef> entries() {
        List<EntryRef> out = new ArrayList<>();
        LESSONS.keySet().forEach(l -> out.add(EntryRef.lesson(l)));
        TASKS.keySet().forEach(t -> out.add(EntryRef.task(t)));
        HOMEWORK.keySet().forEach(h -> out.add(EntryRef.homework(h)));
        MARKS.keySet().forEach(m -> out.add(EntryRef.mark((TaskId) m.get(0), (StudentId) m.get(1))));
        ATTENDANCE.forEach(a -> out.add(EntryRef.attendance((LessonId) a.get(0), (StudentId) a.get(1))));
        PERIOD_MARKS.forEach(p -> out.add(EntryRef.periodMark(p.student(), p.subject(), p.period())));
        EXAMS.keySet().forEach(e -> out.add(EntryRef.examResult(e)));
        PLANS.forEach(p -> out.add(EntryRef.thematicPlan((ClassId) p.get(0), (SubjectId) p.get(1))));
        out.add(EntryRef.mark(TASK, KUZNETSOV));
        out.add(EntryRef.lesson(LessonId.of("l-none")));
        out.add(EntryRef.periodMark(PETROV, PE, Q2));
        out.add(EntryRef.examResult(ExamResultId.of("e-none")));
        out.add(EntryRef.thematicPlan(C5A, RUSSIAN));
        return out;
    }

    private static boolean valid(Read r) {
        if (r instanceof PageRead p) {
            return PERIODS.get(p.period()).forGrade5();
        }
        if (r instanceof DiaryRead d) {
            return STINTS.containsKey(d.student());
        }
        if (r instanceof EditsRead e) {
            return !e.schoolClass().equals(NO_CLASS) && !e.to().isBefore(e.from());
        }
        List<EntryRef> all = entries();
        return !all.subList(all.size() - NEVER_RECORDED, all.size()).contains(((HistoryRead) r).entry());
    }

    private static Answer<?> read(Actor a, Read r) {
        if (r instanceof PageRead p) {
            return reader.page(a, p.schoolClass(), p.subject(), p.period());
        }
        if (r instanceof DiaryRead d) {
            return reader.diary(a, d.student(), d.first(), d.last());
        }
        if (r instanceof EditsRead e) {
            return e.subject() == null ? reader.edits(a, e.schoolClass(), e.from(), e.to())
                    : reader.edits(a, e.schoolClass(), e.subject(), e.from(), e.to());
        }
        return reader.history(a, ((HistoryRead) r).entry());
    }

    private static <T> T pick(RandomnessSource source, List<T> from) {
        return from.get(SourceDSL.integers().between(0, from.size() - 1).generate(source));
    }

    private static Gen<Actor> actors() {
        return source -> pick(source, ACTORS);
    }

    /** Counts of what the property saw, by kind of resource or command type. */
    private static final class Tally {
        final Map<String, int[]> byKind = new TreeMap<>();

        void count(String kind, boolean allowed) {
            byKind.computeIfAbsent(kind, k -> new int[2])[allowed ? 0 : 1]++;
        }
    }

    @Test
    void no_read_is_ever_granted_that_the_matrix_forbids_and_none_is_refused_that_it_allows() {
        List<Read> reads = reads();
        Gen<Read> resources = source -> pick(source, reads);
        Tally tally = new Tally();

        qt().withFixedSeed(SEED).withExamples(4000).forAll(actors(), resources)
                .checkAssert((actor, r) -> checkRead(actor, r, tally));

        // both answers were seen for every kind of reader and resource that can have both
        for (String reader : List.of("pupil", "guardian", "teacher")) {
            for (String kind : List.of("PageRead", "DiaryRead", "HistoryRead", "EditsRead")) {
                int[] n = tally.byKind.get(kind + " by " + reader);
                assertThat(n).as(kind + " by " + reader).isNotNull();
                assertThat(n[1]).as("refused %s by %s", kind, reader).isPositive();
                if (!(reader.equals("pupil") || reader.equals("guardian"))
                        || !Set.of("PageRead", "EditsRead").contains(kind)) {
                    assertThat(n[0]).as("granted %s by %s", kind, reader).isPositive();
                }
            }
        }
        assertThat(tally.byKind.get("PageRead by leadership")[0]).isPositive();
        assertThat(tally.byKind.get("EditsRead by leadership")[0]).isPositive();
        assertThat(tally.byKind.get("PageRead by pupil")[0]).isZero();
        assertThat(tally.byKind.get("PageRead by guardian")[0]).isZero();
        assertThat(tally.byKind.get("EditsRead by pupil")[0]).isZero();
        assertThat(tally.byKind.get("EditsRead by guardian")[0]).isZero();
        System.out.println("reads: " + describe(tally));
    }

    /** Checks one read against the oracle: no leak, no over-blocking, rows of a page, codes of a refusal. */
    private static void checkRead(Actor actor, Read r, Tally tally) {
        Answer<?> answer = read(actor, r);
        boolean allowed = Oracle.mayRead(actor, r) && valid(r);
        String kind = r.getClass().getSimpleName() + " by " + kindOf(actor);
        tally.count(kind, answer.isGranted());
        if (answer.isGranted()) {
            assertThat(allowed).as("leak: %s granted %s", actor.describe(), r).isTrue();
            if (r instanceof PageRead p) {
                Set<StudentId> rows = new LinkedHashSet<>();
                ((JournalPage) answer.orElseThrow()).rows().forEach(row -> rows.add(row.student()));
                assertThat(rows).as("rows of %s for %s", r, actor.describe())
                        .allMatch(s -> Oracle.maySee(actor, s), "visible to the reader by the oracle")
                        .containsExactlyInAnyOrderElementsOf(pupilsOf(p.schoolClass(), PERIODS.get(p.period())));
            }
            if (r instanceof DiaryRead d) {
                assertThat(Oracle.maySee(actor, d.student())).as("diary of a visible pupil").isTrue();
            }
            if (r instanceof EditsRead e) {
                List<EditListing.Edit> rows = ((EditListing) answer.orElseThrow()).edits();
                assertThat(rows).as("rows of %s for %s", r, actor.describe())
                        .allMatch(x -> Oracle.ownerOf(x.entry()) == null
                                || Oracle.maySee(actor, Oracle.ownerOf(x.entry())),
                                "of pupils visible to the reader by the oracle");
                assertThat(rows).extracting(EditListing.Edit::entry).as("entries of %s for %s", r, actor.describe())
                        .containsExactlyInAnyOrderElementsOf(e.from().equals(MONDAY)
                                ? Oracle.entriesOf(e.schoolClass(), e.subject()) : Set.of());
            }
        } else {
            List<Violation> why = ((Answer.Refused<?>) answer).violations();
            assertThat(allowed).as("over-blocking: %s refused %s: %s", actor.describe(), r, why).isFalse();
            if (!Oracle.known(actor)) {
                assertThat(why).extracting(Violation::code).contains(ViolationCodes.UNKNOWN_ACTOR);
            } else if (valid(r)) {
                assertThat(why).as("refusal of %s to %s", r, actor.describe()).isNotEmpty()
                        .allMatch(v -> AccessTesting.isAccessCode(v.code()) && v.isBlocking()
                                && !v.clause().isBlank());
            }
        }
    }

    @Test
    void every_actor_against_every_resource_no_read_leaks_and_none_is_over_blocked() {
        Tally tally = new Tally();
        for (Actor actor : ACTORS) {
            for (Read r : reads()) {
                checkRead(actor, r, tally);
            }
        }
        int total = tally.byKind.values().stream().mapToInt(n -> n[0] + n[1]).sum();
        assertThat(total).isEqualTo(ACTORS.size() * reads().size());
        System.out.println("every read (" + total + "): " + describe(tally));
    }

    private static String kindOf(Actor a) {
        if (!Oracle.known(a)) {
            return "unknown";
        }
        if (a instanceof Actor.StudentActor) {
            return "pupil";
        }
        if (a instanceof Actor.GuardianActor) {
            return "guardian";
        }
        return Oracle.seesAll(a) ? "leadership" : "teacher";
    }

    private static String describe(Tally t) {
        StringBuilder b = new StringBuilder();
        t.byKind.forEach((k, n) -> b.append(k).append(": ").append(n[0]).append(" allowed, ").append(n[1])
                .append(" refused; "));
        return b.toString();
    }

    // ---------------------------------------------------------------- writes

    /** A write: who sends which command; the command is valid for the journal's own checks. */
    record Write(Actor actor, Command command) {
        @Override
        public String toString() {
            return actor.describe() + " → " + command;
        }
    }

    private static final List<StaffId> TEACHERS = List.of(DIRECTOR_ID, MATH_TEACHER_ID, RUS_TEACHER_ID, PE_ID, GRP_ID,
            IDLE_ID, ADMIN_T_ID);

    /** Commands of every type, valid in the declared school on {@link #TODAY}, each with the people it involves. */
    private static List<Function<RandomnessSource, Write>> writeTemplates() {
        List<Function<RandomnessSource, Write>> t = new ArrayList<>();
        List<StudentId> pupils = new ArrayList<>(STINTS.keySet());
        List<LessonFact> lessons = new ArrayList<>(LESSONS.values());
        List<TaskId> tasks = new ArrayList<>(TASKS.keySet());
        List<List<Object>> marked = new ArrayList<>(MARKS.keySet());
        List<List<Object>> attended = new ArrayList<>(ATTENDANCE);
        t.add(s -> {
            ClassId c = pick(s, List.of(C5A, C5B));
            SubjectId subject = pick(s, List.of(MATH, RUSSIAN, PE));
            GroupId g = c.equals(C5A) ? pick(s, java.util.Arrays.asList(null, G5A_1)) : null;
            List<StaffId> assigned = TEACHING.stream().filter(x -> x.schoolClass().equals(c)
                    && x.subject().equals(subject)).map(Teach::teacher).toList();
            StaffId teacher = assigned.isEmpty() || SourceDSL.integers().between(0, 3).generate(s) == 0
                    ? pick(s, TEACHERS) : pick(s, assigned);
            List<StaffId> subs = new ArrayList<>(TEACHERS);
            subs.remove(teacher);
            subs.add(null);
            StaffId sub = SourceDSL.integers().between(0, 1).generate(s) == 0 ? null : pick(s, subs);
            int number = SourceDSL.integers().between(5, 8).generate(s);
            RecordLesson l = new RecordLesson(LessonId.of("l-gen"), c, g, subject, LocalDate.of(2026, 12, 1), number,
                    LessonKind.LESSON, WorkKind.ORDINARY, "Тема", teacher, sub);
            return new Write(involved(s, teacher, sub), l);
        });
        t.add(s -> lessonBound(s, lessons, l -> new CorrectLesson(l.id(), "Исправленная тема", WorkKind.ORDINARY,
                "опечатка")));
        t.add(s -> lessonBound(s, lessons, l -> AssignTask.of(TaskId.of("t-gen"), l.id(), TaskType.ORAL_ANSWER)));
        t.add(s -> lessonBound(s, lessons, l -> new AssignHomework(HomeworkId.of("h-gen"), l.id(), "№ 1",
                l.date().plusDays(1))));
        List<List<Object>> unmarked = new ArrayList<>();
        List<List<Object>> unattended = new ArrayList<>();
        for (TaskId task : tasks) {
            for (StudentId p : pupilsAt(LESSONS.get(TASKS.get(task)))) {
                if (!MARKS.containsKey(List.of(task, p))) {
                    unmarked.add(List.of(task, p));
                }
            }
        }
        for (LessonFact l : lessons) {
            for (StudentId p : pupilsAt(l)) {
                if (!ATTENDANCE.contains(List.of(l.id(), p))) {
                    unattended.add(List.of(l.id(), p));
                }
            }
        }
        t.add(s -> {
            List<Object> m = pick(s, unmarked);
            LessonFact l = LESSONS.get(TASKS.get((TaskId) m.get(0)));
            return new Write(involved(s, l.teacher(), l.substitute()),
                    RecordMark.of((TaskId) m.get(0), (StudentId) m.get(1), valueFor(l.subject(), false)));
        });
        t.add(s -> {
            List<Object> m = pick(s, marked);
            LessonFact l = LESSONS.get(TASKS.get((TaskId) m.get(0)));
            return new Write(involved(s, l.teacher(), l.substitute()), new CorrectMark((TaskId) m.get(0),
                    (StudentId) m.get(1), valueFor(l.subject(), true), "ошибка"));
        });
        t.add(s -> {
            List<Object> m = pick(s, marked);
            LessonFact l = LESSONS.get(TASKS.get((TaskId) m.get(0)));
            return new Write(involved(s, l.teacher(), l.substitute()), new CancelMark((TaskId) m.get(0),
                    (StudentId) m.get(1), "не та работа"));
        });
        t.add(s -> {
            List<Object> a = pick(s, unattended);
            LessonFact l = LESSONS.get((LessonId) a.get(0));
            return new Write(involved(s, l.teacher(), l.substitute()),
                    RecordAttendance.of(l.id(), (StudentId) a.get(1), "н"));
        });
        t.add(s -> {
            List<Object> a = pick(s, attended);
            LessonFact l = LESSONS.get((LessonId) a.get(0));
            return new Write(involved(s, l.teacher(), l.substitute()), new CorrectAttendance(l.id(),
                    (StudentId) a.get(1), "б", "справка"));
        });
        t.add(s -> {
            ClassId c = pick(s, List.of(C5A, C5B));
            SubjectId subject = pick(s, List.of(MATH, RUSSIAN, PE));
            return new Write(involved(s, teacherOf(s, c, subject), null), new RecordThematicPlan(c, subject,
                    List.of(PlannedTopic.of(1, "Тема", BigDecimal.ONE))));
        });
        t.add(s -> {
            StudentId p = pick(s, pupils);
            SubjectId subject = pick(s, List.of(MATH, RUSSIAN, PE));
            StudyPeriodId period = pick(s, List.of(Q1, Q2));
            if (PERIOD_MARKS.stream().anyMatch(x -> x.student().equals(p) && x.subject().equals(subject)
                    && x.period().equals(period))) {
                return new Write(involved(s, teacherOf(s, classOn(p, TODAY), subject), null),
                        new CorrectPeriodMark(p, subject, period, valueFor(subject, true), "пересчёт"));
            }
            return new Write(involved(s, teacherOf(s, classOn(p, PERIODS.get(period).first()), subject), null),
                    new RecordPeriodMark(p, subject, period, valueFor(subject, false)));
        });
        t.add(s -> {
            PeriodMarkFact p = pick(s, PERIOD_MARKS);
            return new Write(involved(s, p.by(), null), new CorrectPeriodMark(p.student(), p.subject(), p.period(),
                    valueFor(p.subject(), true), "пересчёт"));
        });
        t.add(s -> {
            StudentId p = pick(s, pupils);
            SubjectId subject = pick(s, List.of(MATH, RUSSIAN, PE));
            LocalDate day = pick(s, List.of(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 20)));
            return new Write(involved(s, teacherOf(s, classOn(p, day), subject), null), new RecordExamResult(
                    ExamResultId.of("e-gen"), p, subject, ExamKind.INTERMEDIATE_ATTESTATION, day,
                    valueFor(subject, false)));
        });
        List<Command> administrators = List.of(
                RegisterStaffMember.of(StaffId.of("x-new"), PersonName.of("Новикова", "Ада", null), StaffRole.TEACHER),
                new OpenSchoolYear(SchoolYearId.of("2028-2029"), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 5, 31),
                        SchoolCalendar.ofWeek(5)),
                new DefineStudyPeriod(StudyPeriodId.of("t1"), YEAR, PeriodKind.TRIMESTER, 1, YEAR_FIRST,
                        LocalDate.of(2026, 11, 30), GradeRange.of(10, 11)),
                DefineSubject.of(SubjectId.of("cs"), "Информатика"),
                new CreateClass(ClassId.of("6a"), YEAR, 6, "А"),
                new CreateGroup(GroupId.of("5a-g2"), C5A, "2 группа", Set.of(ALEKSEEVA)),
                new RegisterStudent(StudentId.of("s-new"), PersonName.of("Новиков", "Лев", null), null),
                RecordMovement.transfer(KUZNETSOV, C5A, order("12-у"), LocalDate.of(2026, 11, 20)),
                RecordMovement.transfer(IVANOVA, C5B, order("13-у"), LocalDate.of(2026, 11, 20)),
                new JoinGroup(G5A_1, ALEKSEEVA, LocalDate.of(2026, 11, 20)),
                new LeaveGroup(G5A_1, PETROV, LocalDate.of(2026, 11, 20)),
                new AssignClassTeacher(C5B, MATH_TEACHER_ID),
                SetCurriculumLoad.of(C5A, PE, 3),
                AssignTeacher.of(C5A, RUSSIAN, IDLE_ID),
                new ClosePeriod(Q1),
                new DeclareOutage(OutageId.of("o-gen"), at(TODAY, 8, 0), at(TODAY, 9, 0), "сбой"),
                CloseSchoolYear.of(ENDED_YEAR),
                PromoteClass.of(C5B, NEXT_6B, order("88-у"), NEXT_FIRST,
                        PupilDecision.conditionalPromotion(KUZNETSOV, Set.of(MATH))));
        for (Command c : administrators) {
            t.add(s -> new Write(involved(s, ADMIN_T_ID, null), c));
        }
        t.add(s -> new Write(involved(s, DIRECTOR_ID, DEPUTY_ID), new ReopenPeriod(H1, "ошибка")));
        t.add(s -> new Write(involved(s, DIRECTOR_ID, DEPUTY_ID), new ReopenSchoolYear(CLOSED_YEAR, "ошибка")));
        t.add(s -> new Write(involved(s, pick(s, List.of(RUS_TEACHER_ID, PE_ID)), null), new RegisterGuardian(
                GuardianId.of("g-new"), PersonName.of("Сидорова", "Нина", null), Contact.of("+74152000009", null, null),
                true)));
        t.add(s -> {
            GuardianId g = pick(s, new ArrayList<>(CHILDREN.keySet()));
            List<StudentId> notYet = pupils.stream().filter(p -> !CHILDREN.get(g).contains(p)).toList();
            StudentId p = pick(s, notYet);
            return new Write(involved(s, CLASS_TEACHERS.get(classOn(p, TODAY)), null),
                    new LinkGuardian(g, p, Kinship.CUSTODIAN));
        });
        t.add(s -> {
            GuardianId g = pick(s, List.of(IVANOVA_MOTHER, TWO_CHILDREN));
            StudentId p = pick(s, new ArrayList<>(CHILDREN.get(g)));
            return new Write(involved(s, CLASS_TEACHERS.get(classOn(p, TODAY)), null),
                    new RecordPaperReport(g, p, TODAY.minusDays(7), TODAY.minusDays(1)));
        });
        return t;
    }

    private static Write lessonBound(RandomnessSource s, List<LessonFact> lessons, Function<LessonFact, Command> make) {
        LessonFact l = pick(s, lessons);
        return new Write(involved(s, l.teacher(), l.substitute()), make.apply(l));
    }

    private static StaffId teacherOf(RandomnessSource s, ClassId c, SubjectId subject) {
        List<StaffId> assigned = TEACHING.stream().filter(x -> x.schoolClass().equals(c) && x.subject().equals(subject))
                .map(Teach::teacher).toList();
        return assigned.isEmpty() ? null : pick(s, assigned);
    }

    /**
     * The actor: half the time anyone at all, else one of the people the command involves (so that
     * rightful writers come up often enough to test that they are let through).
     */
    private static Actor involved(RandomnessSource s, StaffId one, StaffId other) {
        List<Actor> near = new ArrayList<>();
        for (StaffId id : java.util.Arrays.asList(one, other)) {
            if (id != null) {
                near.add(Actor.staff(id));
            }
        }
        if (near.isEmpty() || SourceDSL.integers().between(0, 1).generate(s) == 0) {
            return pick(s, ACTORS);
        }
        return pick(s, near);
    }

    @Test
    void no_write_is_ever_accepted_that_the_matrix_forbids_and_none_is_refused_that_it_allows() {
        List<Function<RandomnessSource, Write>> templates = writeTemplates();
        Gen<Write> writes = source -> pick(source, templates).apply(source);
        Tally tally = new Tally();

        qt().withFixedSeed(SEED).withExamples(2500).forAll(writes).checkAssert(w -> {
            Outcome o = freshJournal().execute(w.actor(), w.command());
            boolean allowed = Oracle.mayWrite(w.actor(), w.command());
            tally.count(w.command().commandName(), o.isAccepted());
            if (o.isAccepted()) {
                assertThat(allowed).as("leak: accepted %s", w).isTrue();
                assertThat(o.violations()).as("warnings of %s", w).isEmpty();
            } else {
                assertThat(allowed).as("over-blocking: refused %s: %s", w, o.violations()).isFalse();
                if (Oracle.known(w.actor())) {
                    assertThat(o.violations()).as("refusal of %s", w).isNotEmpty()
                            .allMatch(v -> AccessTesting.isAccessCode(v.code()) && v.isBlocking());
                } else {
                    assertThat(o.violations()).extracting(Violation::code).containsExactly(ViolationCodes.UNKNOWN_ACTOR);
                }
            }
        });

        // every command type was tried, and each was both accepted from someone and refused to someone
        assertThat(tally.byKind.keySet()).hasSize(Command.class.getPermittedSubclasses().length);
        tally.byKind.forEach((type, n) -> {
            assertThat(n[0]).as("accepted %s", type).isPositive();
            assertThat(n[1]).as("refused %s", type).isPositive();
        });
        System.out.println("writes: " + describe(tally));
    }

    @Test
    void the_oracle_and_the_library_agree_that_the_math_teacher_records_a_mark_in_her_lesson() {
        StudentId unmarked = pupilsAt(LESSONS.get(LESSON)).stream().filter(p -> !MARKS.containsKey(List.of(TASK, p)))
                .findFirst().orElseThrow();
        RecordMark mark = RecordMark.of(TASK, unmarked, FivePoint.of(5));

        assertThat(Oracle.mayWrite(MATH_TEACHER, mark)).isTrue();
        assertThat(freshJournal().execute(MATH_TEACHER, mark).isAccepted()).isTrue();
        assertThat(Oracle.mayWrite(RUS_TEACHER, mark)).isFalse();
        assertThat(freshJournal().execute(RUS_TEACHER, mark).isAccepted()).isFalse();
    }
}
