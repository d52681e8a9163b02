package org.ejournal.testkit.gen;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.ejournal.core.Actor;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;

/**
 * Random commands over a known school, a mix of valid and invalid ones: known identifiers and
 * unknown ones, marks inside and outside the subject's scale, pupils of the class and of another
 * class, pupils joining and leaving groups, duplicates, unknown attendance codes, corrections of
 * entries that do not exist, dates inside and outside the school year, values that break the
 * commands' Bean Validation constraints.
 *
 * <p>Framework-neutral: every choice is drawn from a {@link RandomGenerator} ({@link java.util.Random}
 * or any other), so any property-testing tool can drive it through a thin adapter (see
 * {@link org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens}). Draws are only {@link RandomGenerator#nextInt(int)}, and the
 * first option of every choice is the simplest, so a shrinking tool that pushes draws towards zero
 * finds short, plain counter-examples.
 *
 * <p>A generator is stateful: it remembers the identifiers it minted (lessons, tasks, pupils, …) and
 * the entries it tried to record, so later commands refer to them — whether or not the journal
 * accepted them. Use one generator per sequence. Not thread-safe.
 */
final class AttemptGenerator {

    /** The kinds of command, with how often each is drawn. The first is the simplest. */
    enum Kind {
        RECORD_MARK(20), RECORD_ATTENDANCE(12), RECORD_LESSON(12), ASSIGN_TASK(10), ASSIGN_HOMEWORK(4),
        CORRECT_MARK(6), CANCEL_MARK(4), CORRECT_ATTENDANCE(5), CORRECT_LESSON(4), RECORD_PERIOD_MARK(4),
        CORRECT_PERIOD_MARK(2), RECORD_EXAM_RESULT(2), RECORD_MOVEMENT(3), REGISTER_STUDENT(2),
        REGISTER_GUARDIAN(1), LINK_GUARDIAN(1), REGISTER_STAFF_MEMBER(1), OPEN_SCHOOL_YEAR(1),
        DEFINE_STUDY_PERIOD(1), DEFINE_SUBJECT(1), CREATE_CLASS(1), CREATE_GROUP(1), ASSIGN_CLASS_TEACHER(1),
        SET_CURRICULUM_LOAD(1), ASSIGN_TEACHER(1), RECORD_THEMATIC_PLAN(1), DECLARE_OUTAGE(1),
        CLOSE_PERIOD(1), REOPEN_PERIOD(1), RECORD_PAPER_REPORT(1), CLOSE_SCHOOL_YEAR(1), REOPEN_SCHOOL_YEAR(1),
        PROMOTE_CLASS(2), JOIN_GROUP(1), LEAVE_GROUP(1);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();

    /** Attendance codes the school does not use; all pass Bean Validation. */
    private static final List<String> UNKNOWN_CODES = List.of("x", "Н", "нб", "п", "abs");
    private static final List<String> KNOWN_CODES = List.of("н", "б", "у", "оп");
    private static final List<String> SURNAMES = List.of("Орлова", "Белов", "Зайцева", "Морозов", "Волкова");
    private static final List<String> GIVEN = List.of("Анна", "Илья", "Софья", "Максим", "Ева");
    private static final List<String> LETTERS = List.of("А", "Б", "В", "Г");

    private final Universe universe;
    private final List<StudentId> students;
    private final List<ClassId> classes;
    private final List<GroupId> groups;
    private final List<SubjectId> subjects;
    private final List<StaffId> teachers;
    private final List<GuardianId> guardians;
    private final List<LessonId> lessons;
    private final List<TaskId> tasks;
    private final List<HomeworkId> homework = new ArrayList<>();
    private final List<SchoolYearId> years = new ArrayList<>();
    /** Years opened to follow the fixture's, and classes created in them: where promotions lead. */
    private final Set<SchoolYearId> nextYears = new java.util.HashSet<>();
    private final List<ClassId> nextYearClasses = new ArrayList<>();
    /** Entries the generator tried to record, so corrections usually aim at something. */
    private final List<TaskId> markTasks = new ArrayList<>();
    private final List<StudentId> markStudents = new ArrayList<>();
    private final List<LessonId> absenceLessons = new ArrayList<>();
    private final List<StudentId> absenceStudents = new ArrayList<>();
    private final List<StudentId> periodMarkStudents = new ArrayList<>();
    private final List<SubjectId> periodMarkSubjects = new ArrayList<>();
    private final List<StudyPeriodId> periodMarkPeriods = new ArrayList<>();
    private final List<StudyPeriodId> periods;
    private int minted;

    /**
     * @param universe what exists before the first command
     */
    AttemptGenerator(Universe universe) {
        this.universe = universe;
        this.students = new ArrayList<>(universe.students());
        this.classes = new ArrayList<>(universe.classes());
        this.groups = new ArrayList<>(universe.groups());
        this.subjects = new ArrayList<>(universe.subjects());
        this.teachers = new ArrayList<>(universe.teachers());
        this.guardians = new ArrayList<>(universe.guardians());
        this.lessons = new ArrayList<>(universe.lessons());
        this.tasks = new ArrayList<>(universe.tasks());
        this.periods = new ArrayList<>(universe.periods());
        this.years.add(universe.year());
    }

    /**
     * @param r the source of randomness
     * @param n how many
     * @return {@code n} attempts, each possibly referring to identifiers minted by earlier ones
     */
    List<Attempt> attempts(RandomGenerator r, int n) {
        List<Attempt> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(attempt(r));
        }
        return out;
    }

    /**
     * @param r the source of randomness
     * @return one attempt: mostly by a known actor, sometimes by one the journal does not know
     */
    Attempt attempt(RandomGenerator r) {
        Command c = command(r);
        Actor actor = r.nextInt(20) == 0 ? Actor.staff(StaffId.of("t-unknown")) : pick(r, universe.actors());
        return new Attempt(actor, c);
    }

    /**
     * @param r the source of randomness
     * @return one command
     */
    Command command(RandomGenerator r) {
        int x = r.nextInt(TOTAL_WEIGHT);
        for (Kind k : Kind.values()) {
            if (x < k.weight) {
                return command(r, k);
            }
            x -= k.weight;
        }
        throw new AssertionError();
    }

    /**
     * @param r the source of randomness
     * @param kind which kind of command
     * @return one command of that kind
     */
    Command command(RandomGenerator r, Kind kind) {
        switch (kind) {
            case RECORD_MARK: {
                TaskId task = task(r);
                StudentId student = student(r);
                markTasks.add(task);
                markStudents.add(student);
                return RecordMark.of(task, student, mark(r));
            }
            case RECORD_ATTENDANCE: {
                LessonId lesson = lesson(r);
                StudentId student = student(r);
                absenceLessons.add(lesson);
                absenceStudents.add(student);
                return RecordAttendance.of(lesson, student, code(r));
            }
            case RECORD_LESSON: {
                LessonId id = chance(r, 8) ? pick(r, lessons) : LessonId.of(mint("l"));
                lessons.add(id);
                RecordLesson l = new RecordLesson(id, schoolClass(r), chance(r, 15) ? group(r) : null, subject(r),
                        lessonDate(r), lessonNumber(r), pick(r, List.of(LessonKind.values())),
                        pick(r, List.of(WorkKind.values())), chance(r, 10) ? null : text(r, "Тема"), teacher(r),
                        chance(r, 10) ? teacher(r) : null);
                return l;
            }
            case ASSIGN_TASK: {
                TaskId id = chance(r, 8) ? pick(r, tasks) : TaskId.of(mint("t"));
                tasks.add(id);
                TaskType type = pick(r, List.of(TaskType.CLASS_WORK, TaskType.ORAL_ANSWER, TaskType.TEST_PAPER,
                        TaskType.HOMEWORK, new TaskType("BAD TYPE", "Плохой", "Bad")));
                return new AssignTask(id, lesson(r), type, r.nextInt(12), chance(r, 50) ? null : text(r, "Задание"));
            }
            case ASSIGN_HOMEWORK: {
                HomeworkId id = chance(r, 8) && !homework.isEmpty() ? pick(r, homework) : HomeworkId.of(mint("hw"));
                homework.add(id);
                return new AssignHomework(id, lesson(r), chance(r, 10) ? " " : text(r, "§"), date(r));
            }
            case CORRECT_MARK: {
                boolean aimed = !markTasks.isEmpty() && !chance(r, 20);
                int i = aimed ? r.nextInt(markTasks.size()) : 0;
                return new CorrectMark(aimed ? markTasks.get(i) : task(r), aimed ? markStudents.get(i) : student(r),
                        mark(r), reason(r));
            }
            case CANCEL_MARK: {
                boolean aimed = !markTasks.isEmpty() && !chance(r, 20);
                int i = aimed ? r.nextInt(markTasks.size()) : 0;
                return new CancelMark(aimed ? markTasks.get(i) : task(r), aimed ? markStudents.get(i) : student(r),
                        reason(r));
            }
            case CORRECT_ATTENDANCE: {
                boolean aimed = !absenceLessons.isEmpty() && !chance(r, 20);
                int i = aimed ? r.nextInt(absenceLessons.size()) : 0;
                return new CorrectAttendance(aimed ? absenceLessons.get(i) : lesson(r),
                        aimed ? absenceStudents.get(i) : student(r), chance(r, 25) ? null : code(r), reason(r));
            }
            case CORRECT_LESSON:
                return new CorrectLesson(lesson(r), chance(r, 15) ? null : text(r, "Исправленная тема"),
                        pick(r, List.of(WorkKind.values())), reason(r));
            case RECORD_PERIOD_MARK: {
                StudentId student = student(r);
                SubjectId subject = subject(r);
                StudyPeriodId period = period(r);
                periodMarkStudents.add(student);
                periodMarkSubjects.add(subject);
                periodMarkPeriods.add(period);
                return new RecordPeriodMark(student, subject, period, periodMark(r));
            }
            case CORRECT_PERIOD_MARK: {
                boolean aimed = !periodMarkStudents.isEmpty() && !chance(r, 20);
                int i = aimed ? r.nextInt(periodMarkStudents.size()) : 0;
                return new CorrectPeriodMark(aimed ? periodMarkStudents.get(i) : student(r),
                        aimed ? periodMarkSubjects.get(i) : subject(r), aimed ? periodMarkPeriods.get(i) : period(r),
                        periodMark(r), reason(r));
            }
            case RECORD_EXAM_RESULT:
                return new RecordExamResult(ExamResultId.of(chance(r, 10) ? "exam-1" : mint("exam")), student(r),
                        subject(r), pick(r, List.of(ExamKind.values())), date(r), periodMark(r));
            case RECORD_MOVEMENT:
                return movement(r);
            case REGISTER_STUDENT: {
                StudentId id = chance(r, 10) ? pick(r, students) : StudentId.of(mint("s"));
                students.add(id);
                LocalDate born = chance(r, 10) ? universe.lastDay().plusYears(1) : LocalDate.of(2012 + r.nextInt(8),
                        1 + r.nextInt(12), 1 + r.nextInt(28));
                return new RegisterStudent(id, name(r), chance(r, 15) ? null : born);
            }
            case REGISTER_GUARDIAN: {
                GuardianId id = chance(r, 10) ? pick(r, guardians) : GuardianId.of(mint("g"));
                guardians.add(id);
                Contact contact = pick(r, List.of(Contact.of("+7 914 000-00-01", "parent@example.ru", null),
                        Contact.NONE, Contact.of(null, null, "Петропавловск-Камчатский, ул. Ленинская, 1"),
                        Contact.of("not a phone", "not an e-mail", null)));
                return new RegisterGuardian(id, name(r), contact, chance(r, 70));
            }
            case LINK_GUARDIAN:
                return new LinkGuardian(guardian(r), student(r), pick(r, List.of(Kinship.values())));
            case REGISTER_STAFF_MEMBER: {
                StaffId id = chance(r, 10) ? pick(r, teachers) : StaffId.of(mint("staff"));
                Set<StaffRole> roles = chance(r, 10) ? Set.of()
                        : chance(r, 70) ? Set.of(StaffRole.TEACHER) : Set.of(pick(r, List.of(StaffRole.values())));
                if (roles.contains(StaffRole.TEACHER)) {
                    teachers.add(id);
                }
                return new RegisterStaffMember(id, name(r), roles);
            }
            case OPEN_SCHOOL_YEAR: {
                SchoolYearId id = chance(r, 10) ? universe.year() : SchoolYearId.of(mint("year"));
                years.add(id);
                int shift = pick(r, List.of(1, 0, 2, -1));
                if (shift == 1) {
                    nextYears.add(id);
                }
                LocalDate first = universe.firstDay().plusYears(shift);
                LocalDate last = chance(r, 10) ? first.plusDays(500) : universe.lastDay().plusYears(shift);
                return new OpenSchoolYear(id, first, last, SchoolCalendar.ofWeek(pick(r, List.of(5, 6, 7))));
            }
            case DEFINE_STUDY_PERIOD: {
                StudyPeriodId id = chance(r, 10) ? pick(r, periods) : StudyPeriodId.of(mint("p"));
                periods.add(id);
                PeriodKind periodKind = pick(r, List.of(PeriodKind.values()));
                LocalDate first = date(r);
                LocalDate last = first.plusDays(r.nextInt(100) - 5);
                int from = 1 + r.nextInt(11);
                return new DefineStudyPeriod(id, pick(r, years), periodKind, 1 + r.nextInt(5), first, last,
                        GradeRange.of(from, Math.max(1, Math.min(11, from + r.nextInt(6) - 1))));
            }
            case DEFINE_SUBJECT: {
                SubjectId id = chance(r, 10) ? pick(r, subjects) : SubjectId.of(mint("subj"));
                subjects.add(id);
                return new DefineSubject(id, pick(r, List.of("История", "Математика", "Химия", "Физика", "")),
                        pick(r, List.of(FivePoint.ID, PassFail.ID, SpecialResults.ID, ScaleId.of("ten-point"))));
            }
            case CREATE_CLASS: {
                ClassId id = chance(r, 10) ? pick(r, classes) : ClassId.of(mint("c"));
                classes.add(id);
                SchoolYearId year = pick(r, years);
                if (nextYears.contains(year)) {
                    nextYearClasses.add(id);
                }
                return new CreateClass(id, year, nextYears.contains(year) && chance(r, 70) ? pick(r, List.of(6, 5))
                        : r.nextInt(13), chance(r, 10) ? "а" : pick(r, LETTERS));
            }
            case CREATE_GROUP: {
                GroupId id = chance(r, 10) ? pick(r, groups) : GroupId.of(mint("grp"));
                groups.add(id);
                Set<StudentId> members = new java.util.HashSet<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    members.add(student(r));
                }
                return new CreateGroup(id, schoolClass(r), text(r, "группа"), members);
            }
            case ASSIGN_CLASS_TEACHER:
                return new AssignClassTeacher(schoolClass(r), staff(r));
            case SET_CURRICULUM_LOAD:
                return new SetCurriculumLoad(schoolClass(r), subject(r),
                        pick(r, List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(5), new BigDecimal("0.5"),
                                new BigDecimal("0.1"), BigDecimal.valueOf(41))));
            case ASSIGN_TEACHER:
                return new AssignTeacher(schoolClass(r), subject(r), staff(r), chance(r, 30) ? group(r) : null);
            case RECORD_THEMATIC_PLAN: {
                List<PlannedTopic> topics = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    topics.add(PlannedTopic.of(chance(r, 10) ? 1 : i + 1, text(r, "Тема"),
                            pick(r, List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.ZERO))));
                }
                return new RecordThematicPlan(schoolClass(r), subject(r), topics);
            }
            case DECLARE_OUTAGE: {
                Instant start = date(r).atTime(8 + r.nextInt(10), 0).atZone(universe.zone()).toInstant();
                Instant end = start.plus(r.nextInt(10) - 1, ChronoUnit.HOURS);
                return new DeclareOutage(OutageId.of(chance(r, 10) ? "outage-1" : mint("outage")), start, end,
                        reason(r));
            }
            case CLOSE_PERIOD:
                return new ClosePeriod(period(r));
            case REOPEN_PERIOD:
                return new ReopenPeriod(period(r), reason(r));
            case RECORD_PAPER_REPORT: {
                LocalDate first = date(r);
                return new RecordPaperReport(guardian(r), student(r), first, first.plusDays(r.nextInt(9) - 1));
            }
            case CLOSE_SCHOOL_YEAR:
                return new CloseSchoolYear(year(r), chance(r, 50) ? null
                        : chance(r, 10) ? OrderRef.of("", universe.lastDay()) : OrderRef.of(mint("пр"), universe.lastDay()));
            case REOPEN_SCHOOL_YEAR:
                return new ReopenSchoolYear(year(r), reason(r));
            case PROMOTE_CLASS:
                return promotion(r);
            case JOIN_GROUP:
                return new JoinGroup(group(r), student(r), date(r));
            case LEAVE_GROUP:
                return new LeaveGroup(group(r), student(r), date(r));
            default:
                throw new AssertionError(kind);
        }
    }

    private Command movement(RandomGenerator r) {
        StudentId student = student(r);
        LocalDate effective = date(r);
        OrderRef order = chance(r, 10) ? OrderRef.of(" ", effective) : OrderRef.of(mint("пр"), effective);
        switch (r.nextInt(5)) {
            case 0:
                return RecordMovement.transfer(student, schoolClass(r), order, effective);
            case 1:
                return RecordMovement.withdrawal(student, order, effective);
            case 2: {
                StudentId fresh = chance(r, 50) && students.size() > universe.students().size()
                        ? students.get(students.size() - 1) : student;
                return RecordMovement.enrolment(fresh, schoolClass(r), order, effective);
            }
            case 3:
                return new RecordMovement(student, MovementKind.PROMOTION, schoolClass(r), order, effective, Set.of());
            default:
                return new RecordMovement(student, MovementKind.CONDITIONAL_PROMOTION,
                        chance(r, 20) ? null : schoolClass(r), order, effective,
                        chance(r, 20) ? Set.of() : Set.of(subject(r)));
        }
    }

    /**
     * A promotion order: mostly into the next year's first day, with a few individual decisions about
     * pupils of the class or of another, some of them inconsistent or repeated.
     */
    private Command promotion(RandomGenerator r) {
        LocalDate nextFirst = universe.firstDay().plusYears(1);
        LocalDate effective = chance(r, 25) ? date(r) : nextFirst;
        OrderRef order = chance(r, 10) ? OrderRef.of(" ", effective) : OrderRef.of(mint("пр"), universe.lastDay());
        List<PupilDecision> exceptions = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            StudentId pupil = chance(r, 10) && !exceptions.isEmpty() ? exceptions.get(0).student() : student(r);
            exceptions.add(switch (r.nextInt(4)) {
                case 0 -> PupilDecision.conditionalPromotion(pupil, chance(r, 10) ? Set.of() : Set.of(subject(r)));
                case 1 -> PupilDecision.repetition(pupil, chance(r, 10) ? null : target(r));
                case 2 -> PupilDecision.graduation(pupil);
                default -> chance(r, 20) ? new PupilDecision(pupil, pick(r, List.of(MovementKind.values())),
                        chance(r, 50) ? null : target(r), Set.of()) : PupilDecision.promotion(pupil, target(r));
            });
        }
        return new PromoteClass(schoolClass(r), chance(r, 10) ? null : target(r), order, effective, exceptions);
    }

    /** A class to promote into: mostly one of a year that follows the fixture's, if there is one. */
    private ClassId target(RandomGenerator r) {
        return nextYearClasses.isEmpty() || chance(r, 30) ? schoolClass(r) : pick(r, nextYearClasses);
    }

    // ---------------------------------------------------------------- values

    /** A five-point mark mostly, but also 0 and 6–9, other scales and an unknown scale. */
    static MarkValue mark(RandomGenerator r) {
        int x = r.nextInt(20);
        if (x < 13) {
            return FivePoint.of(1 + r.nextInt(5));
        } else if (x < 16) {
            return FivePoint.of(pick(r, List.of(0, 6, 7, 8, 9)));
        } else if (x < 18) {
            return r.nextInt(2) == 0 ? PassFail.PASS : PassFail.FAIL;
        } else if (x < 19) {
            return SpecialResults.NOT_ATTESTED;
        } else {
            return MarkValue.of(ScaleId.of("ten-point"), Integer.toString(r.nextInt(11)));
        }
    }

    /** A period result: mostly a five-point mark, sometimes a special result. */
    static MarkValue periodMark(RandomGenerator r) {
        return chance(r, 15) ? pick(r, List.of(SpecialResults.EXEMPT, SpecialResults.NOT_ATTESTED)) : mark(r);
    }

    static String code(RandomGenerator r) {
        return chance(r, 15) ? pick(r, UNKNOWN_CODES) : pick(r, KNOWN_CODES);
    }

    /** Mostly a day of the school year; sometimes its bounds, or a day just outside. */
    LocalDate date(RandomGenerator r) {
        int x = r.nextInt(20);
        long days = ChronoUnit.DAYS.between(universe.firstDay(), universe.lastDay());
        if (x < 16) {
            return universe.firstDay().plusDays(r.nextInt((int) days + 1));
        } else if (x < 18) {
            return r.nextInt(2) == 0 ? universe.firstDay() : universe.lastDay();
        } else {
            return r.nextInt(2) == 0 ? universe.firstDay().minusDays(1 + r.nextInt(60))
                    : universe.lastDay().plusDays(1 + r.nextInt(60));
        }
    }

    /** Mostly a day of one school week, so that lessons compete for slots; else any {@link #date}. */
    LocalDate lessonDate(RandomGenerator r) {
        return chance(r, 40) ? date(r) : universe.monday().plusDays(r.nextInt(5));
    }

    /** Mostly 1 to 6; sometimes outside the timetable's 0 to 12. */
    static int lessonNumber(RandomGenerator r) {
        return chance(r, 10) ? pick(r, List.of(-1, 13)) : 1 + r.nextInt(6);
    }

    static String reason(RandomGenerator r) {
        return chance(r, 10) ? pick(r, List.of("", "   ")) : "ошибка при вводе";
    }

    static String text(RandomGenerator r, String prefix) {
        return chance(r, 3) ? "" : prefix + " " + r.nextInt(100);
    }

    static PersonName name(RandomGenerator r) {
        return chance(r, 5) ? PersonName.of(" ", pick(r, GIVEN), null)
                : PersonName.of(pick(r, SURNAMES), pick(r, GIVEN), chance(r, 50) ? null : "Петровна");
    }

    // ---------------------------------------------------------------- identifiers

    private StudentId student(RandomGenerator r) {
        return chance(r, 8) ? StudentId.of("s-unknown") : pick(r, students);
    }

    private TaskId task(RandomGenerator r) {
        return chance(r, 8) ? TaskId.of("t-unknown") : pick(r, tasks);
    }

    private LessonId lesson(RandomGenerator r) {
        return chance(r, 8) ? LessonId.of("l-unknown") : pick(r, lessons);
    }

    private ClassId schoolClass(RandomGenerator r) {
        return chance(r, 8) ? ClassId.of("c-unknown") : pick(r, classes);
    }

    private GroupId group(RandomGenerator r) {
        return chance(r, 15) ? GroupId.of("g-unknown") : pick(r, groups);
    }

    private SubjectId subject(RandomGenerator r) {
        return chance(r, 8) ? SubjectId.of("subj-unknown") : pick(r, subjects);
    }

    private SchoolYearId year(RandomGenerator r) {
        return chance(r, 8) ? SchoolYearId.of("year-unknown") : pick(r, years);
    }

    private StudyPeriodId period(RandomGenerator r) {
        return chance(r, 8) ? StudyPeriodId.of("p-unknown") : pick(r, periods);
    }

    private GuardianId guardian(RandomGenerator r) {
        return chance(r, 10) ? GuardianId.of("g-unknown") : pick(r, guardians);
    }

    private StaffId teacher(RandomGenerator r) {
        return chance(r, 10) ? staff(r) : pick(r, teachers);
    }

    /** Any staff member: a teacher, one who is not a teacher, or an unknown one. */
    private StaffId staff(RandomGenerator r) {
        int x = r.nextInt(10);
        return x < 7 ? pick(r, teachers) : x < 9 ? pick(r, universe.otherStaff()) : StaffId.of("t-unknown");
    }

    private String mint(String prefix) {
        return "gen-" + prefix + "-" + (++minted);
    }

    // ---------------------------------------------------------------- choices

    static <T> T pick(RandomGenerator r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    /** @return true with the given chance in percent; false is the simpler answer */
    static boolean chance(RandomGenerator r, int percent) {
        return r.nextInt(100) >= 100 - percent;
    }
}
