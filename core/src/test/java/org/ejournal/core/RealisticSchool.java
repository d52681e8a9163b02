package org.ejournal.core;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;

/**
 * A school of realistic size and one study period of its journal, as the commands its staff would
 * send: the administrator's set-up before 1 September (staff, the year with its calendar and periods,
 * subjects, classes, pupils and their enrolment, guardians, English groups, class teachers,
 * curriculum loads, teaching assignments, thematic plans), then every school day's lessons in
 * timetable order with their tasks, absences, marks and homework, and a few movements of pupils
 * (late enrolments, transfers, withdrawals) on the days they take effect.
 *
 * <p>Deterministic for given {@link Knobs} (a seeded {@link Random}). Alongside the commands it keeps
 * an independent expected model in plain maps ({@link Expected}), so a test can compare what the
 * journal reads back with what was recorded. Framework-neutral; depends only on the core's public
 * API.
 *
 * <p>The timetable never puts a teacher in two places at once; first grades get no tasks and no marks
 * (REQUIREMENTS §5); pupils are marked only on lessons they attended (a late pupil may be marked);
 * absences come as illnesses of several school days (code «б»), whole excused days («у») and single
 * missed («н») or late («оп») lessons.
 */
public final class RealisticSchool {

    /**
     * The size of the school and of the period recorded.
     *
     * @param seed the seed of every random choice
     * @param classesPerGrade how many classes (letters) each grade 1–11 has, eleven numbers
     * @param minPupils the fewest pupils in a class
     * @param maxPupils the most pupils in a class
     * @param guardianPercent the share of families with a registered guardian
     * @param first the first day recorded
     * @param last the last day recorded
     * @param lateEnrolments pupils who join a class during the period
     * @param transfers pupils who move to another class of their grade during the period
     * @param withdrawals pupils who leave the school during the period
     * @param illnessPerMille the chance per pupil and school day, in 1/1000, that an illness starts
     */
    public record Knobs(long seed, List<Integer> classesPerGrade, int minPupils, int maxPupils, int guardianPercent,
            LocalDate first, LocalDate last, int lateEnrolments, int transfers, int withdrawals,
            int illnessPerMille) {

        public Knobs {
            classesPerGrade = List.copyOf(classesPerGrade);
            if (classesPerGrade.size() != 11) {
                throw new IllegalArgumentException("classesPerGrade needs eleven numbers");
            }
        }

        /**
         * @return 30 classes (three letters in grades 1–8, two in 9–11), 25–30 pupils each, the first
         *     quarter of 2026/27 (1 September – 25 October)
         */
        public static Knobs defaults() {
            return new Knobs(20_260_901L, List.of(3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2), 25, 30, 90,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 25), 3, 3, 2, 10);
        }

        /** @return the same knobs with another seed */
        public Knobs withSeed(long seed) {
            return new Knobs(seed, classesPerGrade, minPupils, maxPupils, guardianPercent, first, last,
                    lateEnrolments, transfers, withdrawals, illnessPerMille);
        }
    }

    /** One command as sent: when, by whom. */
    public record Step(Instant at, Actor actor, Command command) {
        @Override
        public String toString() {
            return at + " " + actor.describe() + " → " + command;
        }
    }

    /** A lesson as the generator recorded it, with its tasks in the order given. */
    public record PlannedLesson(LessonId id, ClassId schoolClass, SubjectId subject, GroupId group, LocalDate date,
            int number, List<TaskId> tasks, HomeworkId homework) {
    }

    /** A pupil's time in a class: from the first day to the last, {@code null} if still there. */
    public record Stay(ClassId schoolClass, LocalDate from, LocalDate until) {
        public boolean covers(LocalDate d) {
            return !d.isBefore(from) && (until == null || !d.isAfter(until));
        }

        public boolean overlaps(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && (until == null || !until.isBefore(first));
        }
    }

    /** What was recorded, in plain maps: the expected model. */
    public static final class Expected {
        public final Map<ClassId, Integer> grades = new LinkedHashMap<>();
        public final Map<ClassId, StudyPeriodId> periods = new LinkedHashMap<>();
        public final Map<ClassId, List<SubjectId>> subjects = new LinkedHashMap<>();
        public final Map<StudentId, PersonName> names = new LinkedHashMap<>();
        public final Map<StudentId, List<Stay>> stays = new LinkedHashMap<>();
        public final Map<StudentId, GuardianId> guardians = new LinkedHashMap<>();
        public final Map<GroupId, Set<StudentId>> groups = new LinkedHashMap<>();
        public final Map<LessonId, PlannedLesson> lessons = new LinkedHashMap<>();
        public final Map<TaskId, Map<StudentId, MarkValue>> marks = new HashMap<>();
        public final Map<LessonId, Map<StudentId, String>> absences = new HashMap<>();
        public final Set<StaffId> teachers = new LinkedHashSet<>();
        /** Pupil-lessons: how many times a pupil was due at a lesson, present or not. */
        public long attendanceSlots;

        public long markCount() {
            return marks.values().stream().mapToLong(Map::size).sum();
        }

        public long absenceCount() {
            return absences.values().stream().mapToLong(Map::size).sum();
        }

        public long taskCount() {
            return lessons.values().stream().mapToLong(l -> l.tasks().size()).sum();
        }
    }

    // ---------------------------------------------------------------- fixed data

    public static final SchoolId SCHOOL_ID = SchoolId.of("kamchatka-school-42");
    public static final ZoneId ZONE = ZoneId.of("Asia/Kamchatka");
    public static final SchoolYearId YEAR = SchoolYearId.of("2026-2027");
    public static final LocalDate YEAR_FIRST = LocalDate.of(2026, 9, 1);
    public static final LocalDate YEAR_LAST = LocalDate.of(2027, 5, 31);
    public static final StudyPeriodId Q1 = StudyPeriodId.of("2026-q1");
    public static final StudyPeriodId H1 = StudyPeriodId.of("2026-h1");
    public static final StaffId ADMIN_ID = StaffId.of("admin");
    public static final StaffId DIRECTOR_ID = StaffId.of("director");
    public static final Actor ADMIN = Actor.staff(ADMIN_ID);
    public static final Actor DIRECTOR = Actor.staff(DIRECTOR_ID);

    private record SubjectDef(SubjectId id, String name, ScaleId scale, String pool) {
    }

    private static final SubjectDef RUS = subject("rus", "Русский язык", "ruslit");
    private static final SubjectDef LIT = subject("lit", "Литература", "ruslit");
    private static final SubjectDef ENG = subject("eng", "Английский язык", "eng");
    private static final SubjectDef MATH = subject("math", "Математика", "math");
    private static final SubjectDef WORLD = subject("world", "Окружающий мир", "primary");
    private static final SubjectDef HIST = subject("hist", "История", "hist");
    private static final SubjectDef BIO = subject("bio", "Биология", "bio");
    private static final SubjectDef PHYS = subject("phys", "Физика", "phys");
    private static final SubjectDef CHEM = subject("chem", "Химия", "chem");
    private static final SubjectDef PE = subject("pe", "Физическая культура", "pe");
    private static final SubjectDef ORKSE = new SubjectDef(SubjectId.of("orkse"),
            "Основы религиозных культур и светской этики", PassFail.ID, "primary");
    private static final List<SubjectDef> SUBJECTS = List.of(RUS, LIT, ENG, MATH, WORLD, HIST, BIO, PHYS, CHEM, PE,
            ORKSE);

    /** Weekly hours by grade (index 1–11), a five-day week. */
    private static final Map<SubjectDef, int[]> LOAD = new LinkedHashMap<>();

    static {
        //                           g: 0  1  2  3  4  5  6  7  8  9 10 11
        LOAD.put(RUS, new int[] {0, 5, 5, 5, 5, 5, 6, 4, 3, 3, 3, 3});
        LOAD.put(LIT, new int[] {0, 4, 4, 4, 3, 3, 3, 2, 2, 3, 3, 3});
        LOAD.put(ENG, new int[] {0, 0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3});
        LOAD.put(MATH, new int[] {0, 4, 4, 4, 4, 5, 5, 6, 6, 6, 6, 6});
        LOAD.put(WORLD, new int[] {0, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0});
        LOAD.put(HIST, new int[] {0, 0, 0, 0, 0, 2, 2, 2, 2, 3, 3, 3});
        LOAD.put(BIO, new int[] {0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2});
        LOAD.put(PHYS, new int[] {0, 0, 0, 0, 0, 0, 0, 2, 2, 3, 3, 3});
        LOAD.put(CHEM, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2});
        LOAD.put(PE, new int[] {0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3});
        LOAD.put(ORKSE, new int[] {0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0});
    }

    /** Subject teachers per pool; each primary class has its own teacher besides. */
    private static final Map<String, Integer> POOLS = new LinkedHashMap<>();

    static {
        POOLS.put("ruslit", 6);
        POOLS.put("math", 5);
        POOLS.put("eng", 6);
        POOLS.put("hist", 2);
        POOLS.put("bio", 2);
        POOLS.put("phys", 2);
        POOLS.put("chem", 1);
        POOLS.put("pe", 4);
    }

    private static final String[] LETTERS = {"А", "Б", "В", "Г", "Д"};
    private static final String[] LATIN = {"a", "b", "v", "g", "d"};

    /** Surnames in the masculine and the feminine form. */
    private static final String[][] SURNAMES = {
        {"Иванов", "Иванова"}, {"Смирнов", "Смирнова"}, {"Кузнецов", "Кузнецова"}, {"Попов", "Попова"},
        {"Васильев", "Васильева"}, {"Петров", "Петрова"}, {"Соколов", "Соколова"}, {"Михайлов", "Михайлова"},
        {"Новиков", "Новикова"}, {"Фёдоров", "Фёдорова"}, {"Морозов", "Морозова"}, {"Волков", "Волкова"},
        {"Алексеев", "Алексеева"}, {"Лебедев", "Лебедева"}, {"Семёнов", "Семёнова"}, {"Егоров", "Егорова"},
        {"Павлов", "Павлова"}, {"Козлов", "Козлова"}, {"Степанов", "Степанова"}, {"Николаев", "Николаева"},
        {"Орлов", "Орлова"}, {"Андреев", "Андреева"}, {"Макаров", "Макарова"}, {"Никитин", "Никитина"},
        {"Захаров", "Захарова"}, {"Зайцев", "Зайцева"}, {"Соловьёв", "Соловьёва"}, {"Борисов", "Борисова"},
        {"Яковлев", "Яковлева"}, {"Григорьев", "Григорьева"}, {"Романов", "Романова"}, {"Воробьёв", "Воробьёва"},
        {"Сергеев", "Сергеева"}, {"Кузьмин", "Кузьмина"}, {"Фролов", "Фролова"}, {"Александров", "Александрова"},
        {"Дмитриев", "Дмитриева"}, {"Королёв", "Королёва"}, {"Гусев", "Гусева"}, {"Киселёв", "Киселёва"},
        {"Ильин", "Ильина"}, {"Максимов", "Максимова"}, {"Поляков", "Полякова"}, {"Сорокин", "Сорокина"},
        {"Виноградов", "Виноградова"}, {"Ковалёв", "Ковалёва"}, {"Белов", "Белова"}, {"Медведев", "Медведева"},
        {"Антонов", "Антонова"}, {"Тарасов", "Тарасова"}, {"Жуков", "Жукова"}, {"Баранов", "Баранова"},
        {"Филиппов", "Филиппова"}, {"Комаров", "Комарова"}, {"Давыдов", "Давыдова"}, {"Беляев", "Беляева"},
        {"Герасимов", "Герасимова"}, {"Богданов", "Богданова"}, {"Осипов", "Осипова"}, {"Сидоров", "Сидорова"},
        {"Матвеев", "Матвеева"}, {"Титов", "Титова"}, {"Марков", "Маркова"}, {"Миронов", "Миронова"},
        {"Крылов", "Крылова"}, {"Куликов", "Куликова"}, {"Карпов", "Карпова"}, {"Власов", "Власова"},
        {"Мельников", "Мельникова"}, {"Денисов", "Денисова"}, {"Гаврилов", "Гаврилова"}, {"Тихонов", "Тихонова"},
        {"Казаков", "Казакова"}, {"Афанасьев", "Афанасьева"}, {"Данилов", "Данилова"}, {"Савельев", "Савельева"},
        {"Тимофеев", "Тимофеева"}, {"Фомин", "Фомина"}, {"Чернов", "Чернова"}, {"Абрамов", "Абрамова"},
        {"Мартынов", "Мартынова"}, {"Ефимов", "Ефимова"}, {"Федотов", "Федотова"}, {"Щербаков", "Щербакова"},
        {"Назаров", "Назарова"}, {"Калинин", "Калинина"}, {"Исаев", "Исаева"}, {"Чернышёв", "Чернышёва"},
        {"Быков", "Быкова"}, {"Маслов", "Маслова"}, {"Родионов", "Родионова"}, {"Коновалов", "Коновалова"},
        {"Лазарев", "Лазарева"}, {"Воронин", "Воронина"}, {"Климов", "Климова"}, {"Филатов", "Филатова"},
        {"Пономарёв", "Пономарёва"}, {"Голубев", "Голубева"}, {"Кудрявцев", "Кудрявцева"}, {"Прохоров", "Прохорова"},
        {"Ким", "Ким"}, {"Шевченко", "Шевченко"}, {"Бондаренко", "Бондаренко"}, {"Островский", "Островская"},
        {"Вишневский", "Вишневская"}, {"Белый", "Белая"}};

    /** A father's name with the patronymics it gives a son and a daughter. */
    private static final String[][] FATHERS = {
        {"Александр", "Александрович", "Александровна"}, {"Сергей", "Сергеевич", "Сергеевна"},
        {"Дмитрий", "Дмитриевич", "Дмитриевна"}, {"Андрей", "Андреевич", "Андреевна"},
        {"Алексей", "Алексеевич", "Алексеевна"}, {"Максим", "Максимович", "Максимовна"},
        {"Евгений", "Евгеньевич", "Евгеньевна"}, {"Иван", "Иванович", "Ивановна"},
        {"Михаил", "Михайлович", "Михайловна"}, {"Артём", "Артёмович", "Артёмовна"},
        {"Владимир", "Владимирович", "Владимировна"}, {"Николай", "Николаевич", "Николаевна"},
        {"Павел", "Павлович", "Павловна"}, {"Роман", "Романович", "Романовна"},
        {"Денис", "Денисович", "Денисовна"}, {"Олег", "Олегович", "Олеговна"},
        {"Игорь", "Игоревич", "Игоревна"}, {"Виктор", "Викторович", "Викторовна"},
        {"Константин", "Константинович", "Константиновна"}, {"Илья", "Ильич", "Ильинична"},
        {"Юрий", "Юрьевич", "Юрьевна"}, {"Антон", "Антонович", "Антоновна"}};
    private static final String[] BOYS = {"Александр", "Максим", "Михаил", "Артём", "Иван", "Даниил", "Дмитрий",
        "Кирилл", "Андрей", "Егор", "Никита", "Илья", "Алексей", "Матвей", "Тимофей", "Роман", "Владимир",
        "Ярослав", "Фёдор", "Георгий", "Константин", "Лев", "Марк", "Николай", "Степан", "Глеб", "Семён"};
    private static final String[] GIRLS = {"Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Наталья",
        "Софья", "Дарья", "Алиса", "Полина", "Елизавета", "Ксения", "Александра", "Варвара", "Вероника",
        "Арина", "Василиса", "Милана", "Ульяна", "Ева", "Алёна", "Кира", "Таисия", "Злата", "Есения"};
    private static final String[] MOTHERS = {"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
        "Юлия", "Анна", "Екатерина", "Марина", "Людмила", "Оксана", "Надежда", "Алёна", "Евгения"};

    // ---------------------------------------------------------------- the result

    private final Knobs knobs;
    private final School school;
    private final List<Step> steps = new ArrayList<>();
    private final Expected expected = new Expected();

    /** @return the school the journal must be built for */
    public School school() {
        return school;
    }

    /** @return every command in the order to send it; each must be accepted */
    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** @return what was recorded */
    public Expected expected() {
        return expected;
    }

    /** @return the knobs it was generated with */
    public Knobs knobs() {
        return knobs;
    }

    /**
     * @param knobs the size
     * @return the school and its period, generated
     */
    public static RealisticSchool generate(Knobs knobs) {
        RealisticSchool s = new RealisticSchool(knobs);
        new Generator(s, knobs).run();
        return s;
    }

    private RealisticSchool(Knobs knobs) {
        this.knobs = knobs;
        this.school = School.builder().id(SCHOOL_ID).name("МАОУ «Средняя школа № 42»").zone(ZONE).build();
    }

    /** @return the calendar of 2026/27: a five-day week, holidays and vacations */
    public static SchoolCalendar calendar() {
        return SchoolCalendar.ofWeek(5)
                .withDaysOff(Set.of(LocalDate.of(2026, 11, 4), LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 8),
                        LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 11)))
                .withVacation(Vacation.of("осенние каникулы", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 3),
                        GradeRange.ALL))
                .withVacation(Vacation.of("зимние каникулы", LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 11),
                        GradeRange.ALL))
                .withVacation(Vacation.of("дополнительные каникулы", LocalDate.of(2027, 2, 15),
                        LocalDate.of(2027, 2, 21), GradeRange.of(1, 1)))
                .withVacation(Vacation.of("весенние каникулы", LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 29),
                        GradeRange.ALL));
    }

    private static SubjectDef subject(String id, String name, String pool) {
        return new SubjectDef(SubjectId.of(id), name, FivePoint.ID, pool);
    }

    // ---------------------------------------------------------------- the generator

    /** The state of one generation. */
    private static final class Generator {

        private static final int MAX_NUMBER = 8;

        private final RealisticSchool out;
        private final Knobs k;
        private final Random rnd;
        private final Expected ex;
        private final SchoolCalendar calendar = calendar();

        private final List<ClassId> classes = new ArrayList<>();
        private final Map<ClassId, String> classNames = new HashMap<>();
        private final Map<ClassId, List<StudentId>> rosters = new LinkedHashMap<>();
        private final Map<StudentId, Double> ability = new HashMap<>();
        private final Map<String, List<StaffId>> pools = new LinkedHashMap<>();
        private final Map<StaffId, Integer> hours = new HashMap<>();
        private final Map<ClassId, StaffId> primaryTeacher = new HashMap<>();
        /** (class, subject) → teacher; for English, group → teacher. */
        private final Map<ClassId, Map<SubjectDef, StaffId>> teacherOf = new HashMap<>();
        private final Map<GroupId, StaffId> groupTeacher = new HashMap<>();
        private final Map<ClassId, List<GroupId>> englishGroups = new HashMap<>();
        /** Weekly timetable: class → weekday (1–5) → number → unit. */
        private final Map<ClassId, Map<Integer, Map<Integer, SubjectDef>>> timetable = new LinkedHashMap<>();
        private final Set<String> busy = new HashSet<>();
        private final Map<String, Integer> lessonIndex = new HashMap<>();
        private final Map<StudentId, Integer> illUntil = new HashMap<>();
        private final Map<StudentId, Boolean> dayExcused = new HashMap<>();
        private final List<Family> families = new ArrayList<>();
        private final Set<String> substituting = new HashSet<>();
        private int staffCount;
        private int studentCount;
        private int guardianCount;

        private record Family(String[] surname, String[] father, List<GuardianId> guardians) {
        }

        Generator(RealisticSchool out, Knobs k) {
            this.out = out;
            this.k = k;
            this.rnd = new Random(k.seed());
            this.ex = out.expected;
        }

        void run() {
            Instant setUp = at(LocalDate.of(2026, 8, 25), 10, 0);
            staff(setUp);
            year(setUp);
            classes(setUp);
            pupils(setUp);
            assignTeachers(setUp);
            plans(setUp);
            timetable();
            days();
        }

        // ---------------------------------------------------------------- set-up

        private void staff(Instant t) {
            send(t, Actor.system("installer"), RegisterStaffMember.of(ADMIN_ID,
                    PersonName.of("Админова", "Анна", "Сергеевна"), StaffRole.JOURNAL_ADMINISTRATOR));
            send(t, ADMIN, RegisterStaffMember.of(DIRECTOR_ID, PersonName.of("Директоров", "Олег", "Павлович"),
                    StaffRole.DIRECTOR));
            send(t, ADMIN, RegisterStaffMember.of(StaffId.of("deputy"), PersonName.of("Завучева", "Ирина", "Юрьевна"),
                    StaffRole.DEPUTY_DIRECTOR, StaffRole.TEACHER));
            send(t, ADMIN, RegisterStaffMember.of(StaffId.of("clerk"), PersonName.of("Архивова", "Вера", "Петровна"),
                    StaffRole.RECORDS_CLERK));
            for (Map.Entry<String, Integer> pool : POOLS.entrySet()) {
                List<StaffId> list = new ArrayList<>();
                for (int i = 0; i < pool.getValue(); i++) {
                    list.add(teacher(t));
                }
                pools.put(pool.getKey(), list);
            }
        }

        private StaffId teacher(Instant t) {
            StaffId id = StaffId.of(String.format("t-%02d", ++staffCount));
            String[] surname = pick(SURNAMES);
            String[] father = pick(FATHERS);
            boolean woman = rnd.nextInt(100) < 80;
            send(t, ADMIN, RegisterStaffMember.of(id, woman ? PersonName.of(surname[1], pick(MOTHERS), father[2])
                    : PersonName.of(surname[0], pick(BOYS), father[1]), StaffRole.TEACHER));
            hours.put(id, 0);
            ex.teachers.add(id);
            return id;
        }

        private void year(Instant t) {
            send(t, ADMIN, new OpenSchoolYear(YEAR, YEAR_FIRST, YEAR_LAST, calendar));
            LocalDate[][] quarters = {
                {YEAR_FIRST, LocalDate.of(2026, 10, 25)}, {LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 28)},
                {LocalDate.of(2027, 1, 12), LocalDate.of(2027, 3, 21)}, {LocalDate.of(2027, 3, 30), YEAR_LAST}};
            for (int q = 0; q < 4; q++) {
                send(t, ADMIN, new DefineStudyPeriod(q == 0 ? Q1 : StudyPeriodId.of("2026-q" + (q + 1)), YEAR,
                        PeriodKind.QUARTER, q + 1, quarters[q][0], quarters[q][1], GradeRange.of(1, 9)));
            }
            send(t, ADMIN, new DefineStudyPeriod(H1, YEAR, PeriodKind.HALF_YEAR, 1, YEAR_FIRST,
                    LocalDate.of(2026, 12, 28), GradeRange.of(10, 11)));
            send(t, ADMIN, new DefineStudyPeriod(StudyPeriodId.of("2026-h2"), YEAR, PeriodKind.HALF_YEAR, 2,
                    LocalDate.of(2027, 1, 12), YEAR_LAST, GradeRange.of(10, 11)));
            send(t, ADMIN, new DefineStudyPeriod(StudyPeriodId.of("2026-year"), YEAR, PeriodKind.YEAR, 1, YEAR_FIRST,
                    YEAR_LAST, GradeRange.ALL));
            for (SubjectDef s : SUBJECTS) {
                send(t, ADMIN, new DefineSubject(s.id(), s.name(), s.scale()));
            }
        }

        private void classes(Instant t) {
            for (int grade = 1; grade <= 11; grade++) {
                for (int l = 0; l < k.classesPerGrade().get(grade - 1); l++) {
                    ClassId id = ClassId.of("c-" + grade + LATIN[l]);
                    send(t, ADMIN, new CreateClass(id, YEAR, grade, LETTERS[l]));
                    classes.add(id);
                    classNames.put(id, grade + LETTERS[l]);
                    ex.grades.put(id, grade);
                    ex.periods.put(id, grade <= 9 ? Q1 : H1);
                    List<SubjectId> subjects = new ArrayList<>();
                    for (SubjectDef s : SUBJECTS) {
                        if (LOAD.get(s)[grade] > 0) {
                            subjects.add(s.id());
                            send(t, ADMIN, SetCurriculumLoad.of(id, s.id(), LOAD.get(s)[grade]));
                        }
                    }
                    ex.subjects.put(id, subjects);
                    rosters.put(id, new ArrayList<>());
                }
            }
        }

        private void pupils(Instant t) {
            for (ClassId c : classes) {
                int n = k.minPupils() + rnd.nextInt(k.maxPupils() - k.minPupils() + 1);
                for (int i = 0; i < n; i++) {
                    pupil(t, c, YEAR_FIRST, true);
                }
            }
            for (ClassId c : classes) {
                if (LOAD.get(ENG)[ex.grades.get(c)] == 0) {
                    continue;
                }
                // the class list is split in two halves, as on paper
                List<StudentId> list = new ArrayList<>(rosters.get(c));
                list.sort(Comparator.comparing((StudentId s) -> ex.names.get(s).surname())
                        .thenComparing(s -> ex.names.get(s).givenName()));
                List<GroupId> groups = new ArrayList<>();
                for (int g = 1; g <= 2; g++) {
                    GroupId id = GroupId.of(c.value() + "-eng-" + g);
                    Set<StudentId> members = new LinkedHashSet<>(g == 1 ? list.subList(0, list.size() / 2)
                            : list.subList(list.size() / 2, list.size()));
                    send(t, ADMIN, new CreateGroup(id, c, g + " группа (английский язык)", members));
                    ex.groups.put(id, members);
                    groups.add(id);
                }
                englishGroups.put(c, groups);
            }
        }

        /** Registers a pupil with a family, enrols them, links the guardians. */
        private StudentId pupil(Instant t, ClassId c, LocalDate from, boolean mayJoinFamily) {
            StudentId id = StudentId.of(String.format("s-%04d", ++studentCount));
            int grade = ex.grades.get(c);
            Family family;
            if (mayJoinFamily && !families.isEmpty() && rnd.nextInt(100) < 10) {
                family = families.get(rnd.nextInt(families.size()));
            } else {
                family = family(t);
            }
            boolean girl = rnd.nextBoolean();
            PersonName name = PersonName.of(family.surname()[girl ? 1 : 0], pick(girl ? GIRLS : BOYS),
                    family.father()[girl ? 2 : 1]);
            LocalDate born = LocalDate.of(2019 - grade, 9, 1).plusDays(rnd.nextInt(365));
            send(t, ADMIN, new RegisterStudent(id, name, born));
            send(t, ADMIN, RecordMovement.enrolment(id, c, OrderRef.of(from.equals(YEAR_FIRST) ? "112-у"
                    : "1" + studentCount + "-у", from.minusDays(from.equals(YEAR_FIRST) ? 7 : 1)), from));
            for (int g = 0; g < family.guardians().size(); g++) {
                send(t, ADMIN, new LinkGuardian(family.guardians().get(g), id, g == 0 ? Kinship.MOTHER : Kinship.FATHER));
            }
            if (!family.guardians().isEmpty()) {
                ex.guardians.put(id, family.guardians().get(0));
            }
            ex.names.put(id, name);
            ex.stays.computeIfAbsent(id, x -> new ArrayList<>()).add(new Stay(c, from, null));
            rosters.get(c).add(id);
            ability.put(id, clamp(3.9 + rnd.nextGaussian() * 0.55, 2.6, 4.95));
            return id;
        }

        private Family family(Instant t) {
            String[] surname = pick(SURNAMES);
            String[] father = pick(FATHERS);
            List<GuardianId> guardians = new ArrayList<>();
            if (rnd.nextInt(100) < k.guardianPercent()) {
                guardians.add(guardian(t, PersonName.of(surname[1], pick(MOTHERS), pick(FATHERS)[2])));
                if (rnd.nextInt(100) < 45) {
                    guardians.add(guardian(t, PersonName.of(surname[0], father[0], pick(FATHERS)[1])));
                }
            }
            Family f = new Family(surname, father, guardians);
            families.add(f);
            return f;
        }

        private GuardianId guardian(Instant t, PersonName name) {
            GuardianId id = GuardianId.of(String.format("g-%04d", ++guardianCount));
            boolean electronic = rnd.nextInt(100) < 85;
            Contact contact = Contact.of(String.format("+7 914 %03d-%02d-%02d", rnd.nextInt(1000), rnd.nextInt(100),
                    rnd.nextInt(100)), electronic ? "parent" + guardianCount + "@example.ru" : null, null);
            send(t, ADMIN, new RegisterGuardian(id, name, contact, electronic));
            return id;
        }

        private void assignTeachers(Instant t) {
            for (ClassId c : classes) {
                int grade = ex.grades.get(c);
                Map<SubjectDef, StaffId> map = new LinkedHashMap<>();
                teacherOf.put(c, map);
                if (grade <= 4) {
                    StaffId own = teacher(t);
                    primaryTeacher.put(c, own);
                    send(t, ADMIN, new AssignClassTeacher(c, own));
                }
                for (SubjectDef s : SUBJECTS) {
                    int h = LOAD.get(s)[grade];
                    if (h == 0) {
                        continue;
                    }
                    if (s == ENG) {
                        for (GroupId g : englishGroups.get(c)) {
                            StaffId teacher = leastLoaded(s.pool(), c);
                            hours.merge(teacher, h, Integer::sum);
                            groupTeacher.put(g, teacher);
                            send(t, ADMIN, new AssignTeacher(c, s.id(), teacher, g));
                        }
                        continue;
                    }
                    StaffId teacher;
                    if (grade <= 4 && !s.pool().equals("pe")) {
                        teacher = primaryTeacher.get(c);
                    } else if (s == LIT) {
                        teacher = map.get(RUS);
                    } else {
                        teacher = leastLoaded(s.pool(), c);
                    }
                    hours.merge(teacher, h, Integer::sum);
                    map.put(s, teacher);
                    send(t, ADMIN, AssignTeacher.of(c, s.id(), teacher));
                }
            }
            // class teachers of grades 5–11: subject teachers, one class each
            Set<StaffId> taken = new HashSet<>(primaryTeacher.values());
            for (ClassId c : classes) {
                if (ex.grades.get(c) > 4) {
                    for (StaffId candidate : teacherOf.get(c).values()) {
                        if (taken.add(candidate)) {
                            send(t, ADMIN, new AssignClassTeacher(c, candidate));
                            break;
                        }
                    }
                }
            }
        }

        /** The pool's teacher with the fewest hours, not the other group's teacher of the same class. */
        private StaffId leastLoaded(String pool, ClassId c) {
            StaffId best = null;
            for (StaffId s : pools.get(pool)) {
                boolean otherGroup = englishGroups.getOrDefault(c, List.of()).stream()
                        .anyMatch(g -> s.equals(groupTeacher.get(g)));
                if (otherGroup) {
                    continue;
                }
                if (best == null || hours.get(s) < hours.get(best)) {
                    best = s;
                }
            }
            return best;
        }

        private void plans(Instant t) {
            for (ClassId c : classes) {
                int grade = ex.grades.get(c);
                for (SubjectDef s : SUBJECTS) {
                    int h = LOAD.get(s)[grade];
                    if (h == 0) {
                        continue;
                    }
                    List<PlannedTopic> topics = new ArrayList<>();
                    for (int i = 1; i <= h * 34; i++) {
                        topics.add(PlannedTopic.of(i, topic(s, grade, i), BigDecimal.ONE));
                    }
                    send(t, ADMIN, new RecordThematicPlan(c, s.id(), topics));
                }
            }
        }

        private static String topic(SubjectDef s, int grade, int i) {
            return s.name() + ", " + grade + " класс: урок " + i;
        }

        // ---------------------------------------------------------------- the timetable

        /** A weekly timetable in which no teacher is in two places at once. */
        private void timetable() {
            List<ClassId> order = new ArrayList<>(classes);
            Collections.reverse(order); // senior classes first: they need the most subject teachers
            for (ClassId c : order) {
                int grade = ex.grades.get(c);
                List<SubjectDef> bySize = new ArrayList<>(SUBJECTS);
                bySize.sort(Comparator.comparingInt((SubjectDef s) -> -LOAD.get(s)[grade]));
                Map<Integer, List<SubjectDef>> perDay = new LinkedHashMap<>();
                for (int d = 1; d <= 5; d++) {
                    perDay.put(d, new ArrayList<>());
                }
                int pos = rnd.nextInt(5);
                for (SubjectDef s : bySize) {
                    for (int h = 0; h < LOAD.get(s)[grade]; h++) {
                        perDay.get(1 + pos % 5).add(s);
                        pos++;
                    }
                }
                Map<Integer, Map<Integer, SubjectDef>> week = new LinkedHashMap<>();
                for (int d = 1; d <= 5; d++) {
                    week.put(d, placeDay(c, d, perDay.get(d)));
                }
                timetable.put(c, week);
            }
        }

        private Map<Integer, SubjectDef> placeDay(ClassId c, int day, List<SubjectDef> subjects) {
            for (int attempt = 0; attempt < 200; attempt++) {
                List<SubjectDef> left = new ArrayList<>(subjects);
                Collections.shuffle(left, rnd);
                Map<Integer, SubjectDef> placed = new LinkedHashMap<>();
                int n = 1;
                boolean gapless = attempt < 150;
                while (!left.isEmpty() && n <= MAX_NUMBER) {
                    SubjectDef fit = null;
                    int number = n;
                    for (SubjectDef s : left) {
                        if (teachersOf(c, s).stream().noneMatch(t -> busy.contains(slot(t, day, number)))) {
                            fit = s;
                            break;
                        }
                    }
                    if (fit != null) {
                        left.remove(fit);
                        placed.put(n, fit);
                    } else if (gapless) {
                        break;
                    }
                    if (fit != null || !gapless) {
                        n++;
                    }
                }
                if (left.isEmpty()) {
                    for (Map.Entry<Integer, SubjectDef> e : placed.entrySet()) {
                        for (StaffId t : teachersOf(c, e.getValue())) {
                            busy.add(slot(t, day, e.getKey()));
                        }
                    }
                    return placed;
                }
            }
            throw new IllegalStateException("no timetable for " + classNames.get(c) + " on day " + day);
        }

        private List<StaffId> teachersOf(ClassId c, SubjectDef s) {
            if (s == ENG) {
                return englishGroups.get(c).stream().map(groupTeacher::get).toList();
            }
            return List.of(teacherOf.get(c).get(s));
        }

        private static String slot(StaffId t, int day, int n) {
            return t.value() + "/" + day + "/" + n;
        }

        // ---------------------------------------------------------------- the school days

        private void days() {
            List<LocalDate> schoolDays = new ArrayList<>();
            for (LocalDate d = k.first(); !d.isAfter(k.last()); d = d.plusDays(1)) {
                if (calendar.isSchoolDay(d, 5)) {
                    schoolDays.add(d);
                }
            }
            Map<Integer, List<Runnable>> movementsByDay = movements(schoolDays);
            for (int i = 0; i < schoolDays.size(); i++) {
                LocalDate d = schoolDays.get(i);
                for (Runnable m : movementsByDay.getOrDefault(i, List.of())) {
                    m.run();
                }
                health(i);
                for (int n = 1; n <= MAX_NUMBER; n++) {
                    for (ClassId c : classes) {
                        if (!calendar.isSchoolDay(d, ex.grades.get(c))) {
                            continue;
                        }
                        SubjectDef s = timetable.get(c).get(d.getDayOfWeek().getValue()).get(n);
                        if (s == null) {
                            continue;
                        }
                        if (s == ENG) {
                            for (GroupId g : englishGroups.get(c)) {
                                lesson(c, s, g, groupTeacher.get(g), d, n, i);
                            }
                        } else {
                            lesson(c, s, null, teacherOf.get(c).get(s), d, n, i);
                        }
                    }
                }
            }
        }

        /** The movements of the period, by the index of the school day they take effect. */
        private Map<Integer, List<Runnable>> movements(List<LocalDate> days) {
            Map<Integer, List<Runnable>> out = new HashMap<>();
            List<ClassId> withEng = classes.stream().filter(c -> ex.grades.get(c) >= 2).toList();
            for (int i = 0; i < k.lateEnrolments(); i++) {
                int day = days.size() / 4 + i;
                ClassId c = withEng.get(rnd.nextInt(withEng.size()));
                out.computeIfAbsent(day, x -> new ArrayList<>()).add(() -> {
                    pupil(at(days.get(day), 7, 30), c, days.get(day), false);
                });
            }
            // a transfer needs a grade with two classes at least; without one there is none to make
            boolean transferable = withEng.stream().anyMatch(c -> k.classesPerGrade().get(ex.grades.get(c) - 1) >= 2);
            for (int i = 0; transferable && i < k.transfers(); i++) {
                int day = days.size() / 2 + i;
                out.computeIfAbsent(day, x -> new ArrayList<>()).add(() -> {
                    ClassId from;
                    do {
                        from = withEng.get(rnd.nextInt(withEng.size()));
                    } while (k.classesPerGrade().get(ex.grades.get(from) - 1) < 2);
                    int grade = ex.grades.get(from);
                    ClassId to = from;
                    while (to.equals(from)) {
                        to = classes.stream().filter(c -> ex.grades.get(c) == grade).toList()
                                .get(rnd.nextInt(k.classesPerGrade().get(grade - 1)));
                    }
                    StudentId pupil = rosters.get(from).get(rnd.nextInt(rosters.get(from).size()));
                    move(days.get(day), pupil, from, to);
                });
            }
            for (int i = 0; i < k.withdrawals(); i++) {
                int day = days.size() * 2 / 3 + i;
                out.computeIfAbsent(day, x -> new ArrayList<>()).add(() -> {
                    ClassId from = classes.get(rnd.nextInt(classes.size()));
                    StudentId pupil = rosters.get(from).get(rnd.nextInt(rosters.get(from).size()));
                    move(days.get(day), pupil, from, null);
                });
            }
            return out;
        }

        private void move(LocalDate d, StudentId pupil, ClassId from, ClassId to) {
            OrderRef order = OrderRef.of("2" + d.getDayOfMonth() + "-у", d.minusDays(1));
            send(at(d, 7, 30), ADMIN, to == null ? RecordMovement.withdrawal(pupil, order, d)
                    : RecordMovement.transfer(pupil, to, order, d));
            rosters.get(from).remove(pupil);
            List<Stay> stays = ex.stays.get(pupil);
            Stay last = stays.remove(stays.size() - 1);
            stays.add(new Stay(last.schoolClass(), last.from(), d.minusDays(1)));
            if (to != null) {
                stays.add(new Stay(to, d, null));
                rosters.get(to).add(pupil);
            }
        }

        /** Who is ill today, who has an excused day. */
        private void health(int day) {
            for (List<StudentId> roster : rosters.values()) {
                for (StudentId s : roster) {
                    int until = illUntil.getOrDefault(s, -1);
                    boolean ill = until >= day;
                    if (!ill && rnd.nextInt(1000) < k.illnessPerMille()) {
                        illUntil.put(s, day + 1 + rnd.nextInt(6));
                        ill = true;
                    }
                    dayExcused.put(s, !ill && rnd.nextInt(1000) < 4);
                }
            }
        }

        private void lesson(ClassId c, SubjectDef s, GroupId group, StaffId teacher, LocalDate d, int n, int day) {
            int grade = ex.grades.get(c);
            String key = c.value() + "/" + s.id().value() + "/" + (group == null ? "" : group.value());
            int index = lessonIndex.merge(key, 1, Integer::sum);
            boolean test = grade >= 2 && index % 8 == 0;
            boolean lab = !test && (s == PHYS || s == CHEM || s == BIO) && index % 8 == 4;
            StaffId substitute = null;
            if (rnd.nextInt(100) < 2) {
                substitute = freeTeacher(d, n, teacher);
            }
            StaffId givenBy = substitute == null ? teacher : substitute;
            Actor actor = Actor.staff(givenBy);
            Instant end = at(d, 8, 0).plusSeconds(60L * (55 * (n - 1) + 45));
            String date = String.format("%02d%02d", d.getMonthValue(), d.getDayOfMonth());
            LessonId id = LessonId.of("l-" + c.value().substring(2) + "-" + date + "-" + n
                    + (group == null ? "" : "-g" + group.value().charAt(group.value().length() - 1)));
            RecordLesson command = new RecordLesson(id, c, group, s.id(), d, n, LessonKind.LESSON,
                    test ? WorkKind.TEST : lab ? WorkKind.LABORATORY : WorkKind.ORDINARY, topic(s, grade, index),
                    teacher, substitute);
            send(end, actor, command);

            List<StudentId> due = new ArrayList<>();
            for (StudentId p : rosters.get(c)) {
                if (group == null || ex.groups.get(group).contains(p)) {
                    due.add(p);
                }
            }
            ex.attendanceSlots += due.size();
            Map<StudentId, String> absent = new LinkedHashMap<>();
            for (StudentId p : due) {
                String code = illUntil.getOrDefault(p, -1) >= day ? "б" : dayExcused.get(p) ? "у"
                        : rnd.nextInt(1000) < 8 ? "н" : rnd.nextInt(1000) < 8 ? "оп" : null;
                if (code != null) {
                    absent.put(p, code);
                    send(end.plusSeconds(60), actor, RecordAttendance.of(id, p, code));
                }
            }
            if (!absent.isEmpty()) {
                ex.absences.put(id, absent);
            }
            List<StudentId> present = due.stream().filter(p -> !absent.containsKey(p) || "оп".equals(absent.get(p)))
                    .toList();

            List<TaskId> tasks = new ArrayList<>();
            HomeworkId homework = null;
            if (grade >= 2) {
                if (test) {
                    TaskType type = s == RUS ? TaskType.DICTATION : s == PE ? TaskType.PRACTICAL_WORK
                            : TaskType.TEST_PAPER;
                    tasks.add(task(actor, end, id, 1, type, 3, present, present.size(), s));
                } else if (lab) {
                    tasks.add(task(actor, end, id, 1, TaskType.LABORATORY_WORK, 2, present, present.size(), s));
                } else {
                    TaskType type = rnd.nextBoolean() ? TaskType.CLASS_WORK : TaskType.ORAL_ANSWER;
                    tasks.add(task(actor, end, id, 1, type, 1, present, 2 + rnd.nextInt(5), s));
                    if (s != PE && rnd.nextInt(100) < 30) {
                        tasks.add(task(actor, end, id, 2, TaskType.HOMEWORK, 1, present, 1 + rnd.nextInt(3), s));
                    }
                }
                if (s != PE && rnd.nextInt(100) < 70) {
                    homework = HomeworkId.of(id.value() + "-hw");
                    LocalDate due2 = d.getDayOfWeek() == DayOfWeek.FRIDAY ? d.plusDays(3) : d.plusDays(1);
                    send(end.plusSeconds(300), actor, new AssignHomework(homework, id,
                            "§ " + index + ", упражнения " + (index * 3) + "–" + (index * 3 + 2), due2));
                }
            }
            ex.lessons.put(id, new PlannedLesson(id, c, s.id(), group, d, n, List.copyOf(tasks), homework));
        }

        private TaskId task(Actor actor, Instant end, LessonId lesson, int number, TaskType type, int weight,
                List<StudentId> present, int howMany, SubjectDef s) {
            TaskId id = TaskId.of(lesson.value() + "-t" + number);
            send(end.plusSeconds(120), actor, new AssignTask(id, lesson, type, weight, null));
            List<StudentId> chosen = new ArrayList<>(present);
            Collections.shuffle(chosen, rnd);
            Map<StudentId, MarkValue> marks = new LinkedHashMap<>();
            for (StudentId p : chosen.subList(0, Math.min(howMany, chosen.size()))) {
                MarkValue v = s.scale().equals(PassFail.ID) ? (rnd.nextInt(100) < 95 ? PassFail.PASS : PassFail.FAIL)
                        : FivePoint.of(markFor(p));
                marks.put(p, v);
                send(end.plusSeconds(180), actor, RecordMark.of(id, p, v));
            }
            ex.marks.put(id, marks);
            return id;
        }

        private int markFor(StudentId p) {
            int v = (int) Math.round(ability.get(p) + rnd.nextGaussian() * 0.75);
            if (v <= 2) {
                return rnd.nextInt(100) < 6 ? 1 : 2;
            }
            return Math.min(5, v);
        }

        /** A teacher free in that slot, not the lesson's own; busy for that day's slot afterwards. */
        private StaffId freeTeacher(LocalDate d, int n, StaffId not) {
            List<StaffId> all = new ArrayList<>(ex.teachers);
            Collections.shuffle(all, rnd);
            for (StaffId t : all) {
                if (!t.equals(not) && !busy.contains(slot(t, d.getDayOfWeek().getValue(), n))
                        && substituting.add(t.value() + "/" + d + "/" + n)) {
                    return t;
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- helpers

        private void send(Instant at, Actor actor, Command command) {
            out.steps.add(new Step(at, actor, command));
        }

        private <T> T pick(T[] options) {
            return options[rnd.nextInt(options.length)];
        }

        private static double clamp(double v, double lo, double hi) {
            return Math.max(lo, Math.min(hi, v));
        }
    }

    /**
     * @param day a day
     * @param hour the hour in the school's zone
     * @param minute the minute
     * @return that instant
     */
    public static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }
}
