package org.ejournal.testkit.school;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.command.AssignClassTeacher;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.AssignTeacher;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CreateClass;
import org.ejournal.core.command.CreateGroup;
import org.ejournal.core.command.DefineStudyPeriod;
import org.ejournal.core.command.DefineSubject;
import org.ejournal.core.command.LinkGuardian;
import org.ejournal.core.command.OpenSchoolYear;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPaperReport;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RecordThematicPlan;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.command.SetCurriculumLoad;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.Contact;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.Kinship;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.LessonKind;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.OrderRef;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.PlannedTopic;
import org.ejournal.core.model.SchoolCalendar;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.model.WorkKind;
import org.ejournal.core.view.EntryRef;
import org.ejournal.rules.DayCounting;
import org.ejournal.rules.Profile;
import org.ejournal.testkit.school.ExpectedSchool.PlannedLesson;
import org.ejournal.testkit.school.ExpectedSchool.Stay;
import org.ejournal.testkit.school.SchoolYear2026.Period;

/**
 * One generation of a school: the state of the random walk from the knobs to the commands. Not
 * thread-safe; used once.
 *
 * <p>Determinism: every random choice of the school comes from {@code rnd}, every choice of a mistake
 * from {@code slips} (so a school with mistakes is the same school, with those mistakes), maps that are
 * iterated are insertion-ordered, hash sets are only asked, and text is formatted with
 * {@link Locale#ROOT}.
 */
final class Generation {

    private static final int MAX_NUMBER = 8;
    /** Weekly hours one subject teacher gives at most, when the pools are sized (a teacher's rate is 18). */
    private static final int HOURS_PER_TEACHER = 20;
    /** A class of this many pupils or more learns English in two groups. */
    private static final int GROUP_SPLIT_FROM = 20;
    /** The share of a period's lessons a teacher keeps in reserve for pupils who were away. */
    private static final double RESERVE = 0.3;
    private static final String[] LETTERS = {"А", "Б", "В", "Г", "Д"};
    private static final String[] LATIN = {"a", "b", "v", "g", "d"};
    private static final String[] POOL_ORDER = {"ruslit", "math", "eng", "hist", "bio", "phys", "chem", "pe"};

    private final SchoolKnobs k;
    private final Profile profile;
    private final ZoneId zone;
    private final Random rnd;
    private final Random slips;
    /** Which marks are first entered one off and corrected: a stream of its own, like {@link #slips}. */
    private final Random fixes;
    private final SchoolCalendar calendar = SchoolYear2026.calendar();
    private final List<CurriculumSubject> subjects = new ArrayList<>();
    private final LocalDate first = SchoolYear2026.FIRST;
    private final LocalDate last;
    private final Instant windowEnd;
    private final ExpectedSchool.Draft ex = new ExpectedSchool.Draft();
    private final List<Step> steps = new ArrayList<>();
    private final List<Slip> made = new ArrayList<>();

    private final List<ClassId> classes = new ArrayList<>();
    private final Map<ClassId, List<StudentId>> rosters = new LinkedHashMap<>();
    private final Map<StudentId, Double> ability = new HashMap<>();
    private final Map<String, List<StaffId>> pools = new LinkedHashMap<>();
    private final Map<StaffId, Integer> hours = new HashMap<>();
    private final Map<ClassId, StaffId> primaryTeacher = new HashMap<>();
    private final Map<ClassId, Map<CurriculumSubject, StaffId>> teacherOf = new HashMap<>();
    private final Map<GroupId, StaffId> groupTeacher = new HashMap<>();
    private final Map<ClassId, List<GroupId>> englishGroups = new HashMap<>();
    /** Weekly timetable: class → weekday (1–5) → number → subject. */
    private final Map<ClassId, Map<Integer, Map<Integer, CurriculumSubject>>> timetable = new LinkedHashMap<>();
    private final Set<String> busy = new HashSet<>();
    private final Map<String, Integer> lessonIndex = new HashMap<>();
    private final Map<StudentId, Integer> illUntil = new HashMap<>();
    private final Map<StudentId, Boolean> dayExcused = new HashMap<>();
    private final List<Family> families = new ArrayList<>();
    private final Set<String> substituting = new HashSet<>();
    /** What each pupil has in each subject and period so far: pupil|subject|period → tally. */
    private final Map<String, Tally> tallies = new HashMap<>();
    /** The pupils whose marks in a subject and period a teacher forgets: pupil|subject|period. */
    private final Set<String> victims = new HashSet<>();
    /** The lessons of each class and subject, in order: class|subject → lessons. */
    private final Map<String, List<LessonId>> lessonsByUnit = new HashMap<>();
    private final Map<String, Integer> periodLessons = new HashMap<>();
    private int staffCount;
    private int studentCount;
    private int guardianCount;

    private record Family(String[] surname, String[] father, List<GuardianId> guardians) {
    }

    /** A mistake made, before the steps are put in order. */
    private record Slip(Step step, MistakeKind kind, String concerns, String description) {
    }

    /** A pupil's lessons, absences and marks in one subject and period, as the regulation counts them. */
    private static final class Tally {
        int lessons;
        int absences;
        int marks;
        int passes;
        int fails;
        long weightedSum;
        long weights;
    }

    Generation(SchoolKnobs knobs) {
        this.k = knobs;
        this.profile = knobs.profile();
        this.zone = knobs.zone();
        this.rnd = new Random(knobs.seed());
        this.slips = new Random(knobs.seed() * 0x9E3779B97F4A7C15L + 0x5DEECE66DL);
        this.fixes = new Random(knobs.seed() * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L);
        LocalDate end = first.plusDays(7L * knobs.weeks() - 1);
        this.last = end.isAfter(SchoolYear2026.LAST) ? SchoolYear2026.LAST : end;
        this.windowEnd = at(last.plusDays(1), 0, 0);
        for (CurriculumSubject s : CurriculumSubject.values()) {
            if (knobs.subjects().contains(s)) {
                subjects.add(s);
            }
        }
    }

    GeneratedSchool run() {
        Instant setUp = at(LocalDate.of(2026, 8, 25), 10, 0);
        administration(setUp);
        year(setUp);
        classes(setUp);
        pupils(setUp);
        teachers(setUp);
        plans(at(LocalDate.of(2026, 8, 28), 14, 0));
        timetable();
        chooseVictims();
        days();
        return finish();
    }

    private GeneratedSchool finish() {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::at)); // stable: equal instants keep the order sent
        Map<Step, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i);
        }
        List<InjectedMistake> mistakes = new ArrayList<>();
        for (Slip s : made) {
            mistakes.add(new InjectedMistake(index.get(s.step()), s.kind(), s.concerns(), s.description()));
        }
        mistakes.sort(Comparator.comparingInt(InjectedMistake::step));
        return new GeneratedSchool(k, first, last, windowEnd, ordered, new ExpectedSchool(ex), mistakes);
    }

    // ---------------------------------------------------------------- set-up

    private void administration(Instant t) {
        send(t, Actor.system("installer"), RegisterStaffMember.of(GeneratedSchool.ADMIN_ID,
                PersonName.of("Админова", "Анна", "Сергеевна"), StaffRole.JOURNAL_ADMINISTRATOR));
        send(t, GeneratedSchool.ADMIN, RegisterStaffMember.of(GeneratedSchool.DIRECTOR_ID,
                PersonName.of("Директоров", "Олег", "Павлович"), StaffRole.DIRECTOR));
        send(t, GeneratedSchool.ADMIN, RegisterStaffMember.of(GeneratedSchool.DEPUTY_ID,
                PersonName.of("Завучева", "Ирина", "Юрьевна"), StaffRole.DEPUTY_DIRECTOR, StaffRole.TEACHER));
        send(t, GeneratedSchool.ADMIN, RegisterStaffMember.of(GeneratedSchool.CLERK_ID,
                PersonName.of("Архивова", "Вера", "Петровна"), StaffRole.RECORDS_CLERK));
    }

    private void year(Instant t) {
        send(t, GeneratedSchool.ADMIN, new OpenSchoolYear(SchoolYear2026.YEAR, SchoolYear2026.FIRST,
                SchoolYear2026.LAST, calendar));
        for (Period p : SchoolYear2026.PERIODS) {
            send(t, GeneratedSchool.ADMIN, new DefineStudyPeriod(p.id(), SchoolYear2026.YEAR, p.kind(), p.number(),
                    p.first(), p.last(), p.grades()));
        }
        for (CurriculumSubject s : subjects) {
            send(t, GeneratedSchool.ADMIN, new DefineSubject(s.id(), s.title(), s.scale()));
        }
    }

    private void classes(Instant t) {
        for (int grade = 1; grade <= 11; grade++) {
            for (int l = 0; l < k.classesPerGrade().get(grade - 1); l++) {
                ClassId id = ClassId.of("c-" + grade + LATIN[l]);
                send(t, GeneratedSchool.ADMIN, new CreateClass(id, SchoolYear2026.YEAR, grade, LETTERS[l]));
                classes.add(id);
                ex.classNames.put(id, grade + LETTERS[l]);
                ex.grades.put(id, grade);
                ex.firstPeriods.put(id, grade <= 9 ? SchoolYear2026.Q1.id() : SchoolYear2026.H1.id());
                List<org.ejournal.core.model.SubjectId> list = new ArrayList<>();
                for (CurriculumSubject s : subjects) {
                    if (s.hoursPerWeek(grade) > 0) {
                        list.add(s.id());
                        send(t, GeneratedSchool.ADMIN, SetCurriculumLoad.of(id, s.id(), s.hoursPerWeek(grade)));
                    }
                }
                ex.subjects.put(id, list);
                rosters.put(id, new ArrayList<>());
                teacherOf.put(id, new LinkedHashMap<>());
            }
        }
    }

    private void pupils(Instant t) {
        for (ClassId c : classes) {
            int n = k.minPupils() + rnd.nextInt(k.maxPupils() - k.minPupils() + 1);
            for (int i = 0; i < n; i++) {
                pupil(t, c, first, true);
            }
        }
        for (ClassId c : classes) {
            if (!subjects.contains(CurriculumSubject.ENGLISH)
                    || CurriculumSubject.ENGLISH.hoursPerWeek(grade(c)) == 0
                    || rosters.get(c).size() < GROUP_SPLIT_FROM) {
                continue;
            }
            // the class list is split in two halves, as on paper
            List<StudentId> list = new ArrayList<>(rosters.get(c));
            list.sort(Comparator.comparing((StudentId s) -> ex.pupils.get(s).surname())
                    .thenComparing(s -> ex.pupils.get(s).givenName()).thenComparing(StudentId::value));
            List<GroupId> groups = new ArrayList<>();
            for (int g = 1; g <= 2; g++) {
                GroupId id = GroupId.of(c.value() + "-eng-" + g);
                Set<StudentId> members = new LinkedHashSet<>(g == 1 ? list.subList(0, list.size() / 2)
                        : list.subList(list.size() / 2, list.size()));
                send(t, GeneratedSchool.ADMIN, new CreateGroup(id, c, g + " группа (английский язык)", members));
                ex.groups.put(id, members);
                groups.add(id);
            }
            englishGroups.put(c, groups);
        }
    }

    /** Registers a pupil with a family, enrols them, links the guardians. */
    private StudentId pupil(Instant t, ClassId c, LocalDate from, boolean mayJoinFamily) {
        StudentId id = StudentId.of(String.format(Locale.ROOT, "s-%04d", ++studentCount));
        Family family;
        if (mayJoinFamily && !families.isEmpty() && rnd.nextInt(100) < 10) {
            family = families.get(rnd.nextInt(families.size()));
        } else {
            family = family(t);
        }
        boolean girl = rnd.nextBoolean();
        PersonName name = PersonName.of(family.surname()[girl ? 1 : 0], pick(girl ? Names.GIRLS : Names.BOYS),
                family.father()[girl ? 2 : 1]);
        LocalDate born = LocalDate.of(2019 - grade(c), 9, 1).plusDays(rnd.nextInt(365));
        send(t, GeneratedSchool.ADMIN, new RegisterStudent(id, name, born));
        boolean atStart = from.equals(first);
        send(t, GeneratedSchool.ADMIN, RecordMovement.enrolment(id, c, OrderRef.of(atStart ? "112-у"
                : "1" + studentCount + "-у", from.minusDays(atStart ? 7 : 1)), from));
        for (int g = 0; g < family.guardians().size(); g++) {
            send(t, GeneratedSchool.ADMIN, new LinkGuardian(family.guardians().get(g), id,
                    g == 0 ? Kinship.MOTHER : Kinship.FATHER));
        }
        if (!family.guardians().isEmpty()) {
            ex.guardians.put(id, family.guardians());
        }
        ex.pupils.put(id, name);
        ex.stays.computeIfAbsent(id, x -> new ArrayList<>()).add(new Stay(c, from, null));
        rosters.get(c).add(id);
        ability.put(id, clamp(3.9 + rnd.nextGaussian() * 0.55, 2.6, 4.95));
        return id;
    }

    private Family family(Instant t) {
        String[] surname = pick(Names.SURNAMES);
        String[] father = pick(Names.FATHERS);
        List<GuardianId> guardians = new ArrayList<>();
        if (rnd.nextInt(100) < k.guardianPercent()) {
            guardians.add(guardian(t, PersonName.of(surname[1], pick(Names.MOTHERS), pick(Names.FATHERS)[2])));
            if (rnd.nextInt(100) < 45) {
                guardians.add(guardian(t, PersonName.of(surname[0], father[0], pick(Names.FATHERS)[1])));
            }
        }
        Family f = new Family(surname, father, List.copyOf(guardians));
        families.add(f);
        return f;
    }

    private GuardianId guardian(Instant t, PersonName name) {
        GuardianId id = GuardianId.of(String.format(Locale.ROOT, "g-%04d", ++guardianCount));
        boolean electronic = rnd.nextInt(100) >= k.withoutElectronicAccessPercent();
        Contact contact = Contact.of(String.format(Locale.ROOT, "+7 914 %03d-%02d-%02d", rnd.nextInt(1000),
                rnd.nextInt(100), rnd.nextInt(100)), electronic ? "parent" + guardianCount + "@example.ru" : null, null);
        send(t, GeneratedSchool.ADMIN, new RegisterGuardian(id, name, contact, electronic));
        if (!electronic) {
            ex.withoutAccess.add(id);
        }
        return id;
    }

    /** Subject teachers in pools sized by the hours they give, primary teachers, assignments, class teachers. */
    private void teachers(Instant t) {
        Map<String, Integer> poolHours = new LinkedHashMap<>();
        for (String pool : POOL_ORDER) {
            poolHours.put(pool, 0);
        }
        for (ClassId c : classes) {
            for (CurriculumSubject s : subjects) {
                int h = s.hoursPerWeek(grade(c));
                if (h > 0 && !s.taughtByPrimaryTeacher(grade(c))) {
                    int units = s == CurriculumSubject.ENGLISH && englishGroups.containsKey(c) ? 2 : 1;
                    poolHours.merge(s.pool(), h * units, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> pool : poolHours.entrySet()) {
            int n = (pool.getValue() + HOURS_PER_TEACHER - 1) / HOURS_PER_TEACHER;
            if (pool.getKey().equals("eng") && !englishGroups.isEmpty()) {
                n = Math.max(n, 2); // the two groups of a class have two teachers
            }
            List<StaffId> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(teacher(t));
            }
            pools.put(pool.getKey(), list);
        }
        for (ClassId c : classes) {
            int grade = grade(c);
            Map<CurriculumSubject, StaffId> map = teacherOf.get(c);
            if (grade <= 4) {
                StaffId own = teacher(t);
                primaryTeacher.put(c, own);
                ex.classTeachers.put(c, own);
                send(t, GeneratedSchool.ADMIN, new AssignClassTeacher(c, own));
            }
            for (CurriculumSubject s : subjects) {
                int h = s.hoursPerWeek(grade);
                if (h == 0) {
                    continue;
                }
                if (s == CurriculumSubject.ENGLISH && englishGroups.containsKey(c)) {
                    for (GroupId g : englishGroups.get(c)) {
                        StaffId teacher = leastLoaded(s.pool(), c);
                        hours.merge(teacher, h, Integer::sum);
                        groupTeacher.put(g, teacher);
                        send(t, GeneratedSchool.ADMIN, new AssignTeacher(c, s.id(), teacher, g));
                    }
                    continue;
                }
                StaffId teacher;
                if (s.taughtByPrimaryTeacher(grade)) {
                    teacher = primaryTeacher.get(c);
                } else if (s == CurriculumSubject.LITERATURE && map.containsKey(CurriculumSubject.RUSSIAN)) {
                    teacher = map.get(CurriculumSubject.RUSSIAN);
                } else {
                    teacher = leastLoaded(s.pool(), c);
                }
                hours.merge(teacher, h, Integer::sum);
                map.put(s, teacher);
                send(t, GeneratedSchool.ADMIN, AssignTeacher.of(c, s.id(), teacher));
            }
        }
        // class teachers of grades 5–11: one of the class's subject teachers, one class each where possible
        Set<StaffId> taken = new HashSet<>(primaryTeacher.values());
        for (ClassId c : classes) {
            if (grade(c) <= 4) {
                continue;
            }
            List<StaffId> candidates = teachersOfClass(c);
            StaffId chosen = null;
            for (StaffId candidate : candidates) {
                if (taken.add(candidate)) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null && !candidates.isEmpty()) {
                chosen = candidates.get(0);
            }
            if (chosen != null) {
                ex.classTeachers.put(c, chosen);
                send(t, GeneratedSchool.ADMIN, new AssignClassTeacher(c, chosen));
            }
        }
    }

    private StaffId teacher(Instant t) {
        StaffId id = StaffId.of(String.format(Locale.ROOT, "t-%02d", ++staffCount));
        String[] surname = pick(Names.SURNAMES);
        String[] father = pick(Names.FATHERS);
        boolean woman = rnd.nextInt(100) < 80;
        send(t, GeneratedSchool.ADMIN, RegisterStaffMember.of(id, woman
                ? PersonName.of(surname[1], pick(Names.MOTHERS), father[2])
                : PersonName.of(surname[0], pick(Names.BOYS), father[1]), StaffRole.TEACHER));
        hours.put(id, 0);
        ex.teachers.add(id);
        return id;
    }

    /** The pool's teacher with the fewest hours, not the other group's teacher of the same class. */
    private StaffId leastLoaded(String pool, ClassId c) {
        StaffId best = null;
        for (StaffId s : pools.get(pool)) {
            boolean otherGroup = englishGroups.getOrDefault(c, List.of()).stream()
                    .anyMatch(g -> s.equals(groupTeacher.get(g)));
            if (!otherGroup && (best == null || hours.get(s) < hours.get(best))) {
                best = s;
            }
        }
        return best;
    }

    /** Every teacher who teaches in the class, in the order of the subjects, group teachers last. */
    private List<StaffId> teachersOfClass(ClassId c) {
        Set<StaffId> out = new LinkedHashSet<>(teacherOf.get(c).values());
        for (GroupId g : englishGroups.getOrDefault(c, List.of())) {
            out.add(groupTeacher.get(g));
        }
        return new ArrayList<>(out);
    }

    /** The calendar-thematic plans (КТП), each entered by a teacher of the subject in the class. */
    private void plans(Instant t) {
        for (ClassId c : classes) {
            int grade = grade(c);
            for (CurriculumSubject s : subjects) {
                int h = s.hoursPerWeek(grade);
                if (h == 0) {
                    continue;
                }
                List<PlannedTopic> topics = new ArrayList<>();
                for (int i = 1; i <= h * 34; i++) {
                    topics.add(PlannedTopic.of(i, topic(s, grade, i), BigDecimal.ONE));
                }
                send(t, Actor.staff(teachersOf(c, s).get(0)), new RecordThematicPlan(c, s.id(), topics));
            }
        }
    }

    private static String topic(CurriculumSubject s, int grade, int i) {
        return s.title() + ", " + grade + " класс: урок " + i;
    }

    // ---------------------------------------------------------------- the timetable

    /** A weekly timetable in which no teacher is in two places at once. */
    private void timetable() {
        List<ClassId> order = new ArrayList<>(classes);
        Collections.reverse(order); // senior classes first: they need the most subject teachers
        for (ClassId c : order) {
            int grade = grade(c);
            List<CurriculumSubject> bySize = new ArrayList<>(subjects);
            bySize.sort(Comparator.comparingInt((CurriculumSubject s) -> -s.hoursPerWeek(grade)));
            Map<Integer, List<CurriculumSubject>> perDay = new LinkedHashMap<>();
            for (int d = 1; d <= 5; d++) {
                perDay.put(d, new ArrayList<>());
            }
            int pos = rnd.nextInt(5);
            for (CurriculumSubject s : bySize) {
                for (int h = 0; h < s.hoursPerWeek(grade); h++) {
                    perDay.get(1 + pos % 5).add(s);
                    pos++;
                }
            }
            Map<Integer, Map<Integer, CurriculumSubject>> week = new LinkedHashMap<>();
            for (int d = 1; d <= 5; d++) {
                week.put(d, placeDay(c, d, perDay.get(d)));
            }
            timetable.put(c, week);
        }
    }

    private Map<Integer, CurriculumSubject> placeDay(ClassId c, int day, List<CurriculumSubject> list) {
        for (int attempt = 0; attempt < 200; attempt++) {
            List<CurriculumSubject> left = new ArrayList<>(list);
            Collections.shuffle(left, rnd);
            Map<Integer, CurriculumSubject> placed = new LinkedHashMap<>();
            int n = 1;
            boolean gapless = attempt < 150;
            while (!left.isEmpty() && n <= MAX_NUMBER) {
                CurriculumSubject fit = null;
                int number = n;
                for (CurriculumSubject s : left) {
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
                for (Map.Entry<Integer, CurriculumSubject> e : placed.entrySet()) {
                    for (StaffId t : teachersOf(c, e.getValue())) {
                        busy.add(slot(t, day, e.getKey()));
                    }
                }
                return placed;
            }
        }
        throw new IllegalStateException("EJ1001 no timetable fits for class " + ex.classNames.get(c) + " on day "
                + day + ": too few teachers for the knobs " + k);
    }

    private List<StaffId> teachersOf(ClassId c, CurriculumSubject s) {
        if (s == CurriculumSubject.ENGLISH && englishGroups.containsKey(c)) {
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
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (calendar.isSchoolDay(d, 5)) {
                schoolDays.add(d);
            }
        }
        Map<Integer, List<Runnable>> movementsByDay = movements(schoolDays);
        int i = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (i < schoolDays.size() && schoolDays.get(i).equals(d)) {
                ex.schoolDays.add(d);
                for (Runnable m : movementsByDay.getOrDefault(i, List.of())) {
                    m.run();
                }
                health(i);
                lessonsOf(d, i);
                i++;
            }
            paperReports(d);
            periodMarks(d);
            closePeriods(d);
        }
    }

    private void lessonsOf(LocalDate d, int day) {
        for (int n = 1; n <= MAX_NUMBER; n++) {
            for (ClassId c : classes) {
                if (!calendar.isSchoolDay(d, grade(c))) {
                    continue;
                }
                CurriculumSubject s = timetable.get(c).get(d.getDayOfWeek().getValue()).get(n);
                if (s == null) {
                    continue;
                }
                if (s == CurriculumSubject.ENGLISH && englishGroups.containsKey(c)) {
                    for (GroupId g : englishGroups.get(c)) {
                        lesson(c, s, g, groupTeacher.get(g), d, n, day);
                    }
                } else {
                    lesson(c, s, null, teacherOf.get(c).get(s), d, n, day);
                }
            }
        }
    }

    /**
     * The movements of the weeks, by the index of the school day they take effect. Pupils join or
     * change only classes without groups: the journal has no command that adds a pupil to a group.
     */
    private Map<Integer, List<Runnable>> movements(List<LocalDate> days) {
        Map<Integer, List<Runnable>> out = new HashMap<>();
        List<ClassId> open = classes.stream().filter(c -> !englishGroups.containsKey(c)).toList();
        for (int i = 0; i < k.lateEnrolments() && !open.isEmpty(); i++) {
            int day = days.size() / 4 + i;
            if (day >= days.size()) {
                break;
            }
            ClassId c = open.get(rnd.nextInt(open.size()));
            out.computeIfAbsent(day, x -> new ArrayList<>()).add(() ->
                    pupil(at(days.get(day), 7, 30), c, days.get(day), false));
        }
        List<ClassId> transferable = open.stream()
                .filter(c -> open.stream().filter(o -> grade(o) == grade(c)).count() >= 2).toList();
        for (int i = 0; i < k.transfers() && !transferable.isEmpty(); i++) {
            int day = days.size() / 2 + i;
            if (day >= days.size()) {
                break;
            }
            out.computeIfAbsent(day, x -> new ArrayList<>()).add(() -> {
                ClassId from = transferable.get(rnd.nextInt(transferable.size()));
                List<ClassId> others = transferable.stream()
                        .filter(c -> grade(c) == grade(from) && !c.equals(from)).toList();
                ClassId to = others.get(rnd.nextInt(others.size()));
                if (!rosters.get(from).isEmpty()) {
                    StudentId pupil = rosters.get(from).get(rnd.nextInt(rosters.get(from).size()));
                    move(days.get(day), pupil, from, to);
                }
            });
        }
        for (int i = 0; i < k.withdrawals(); i++) {
            int day = days.size() * 2 / 3 + i;
            if (day >= days.size()) {
                break;
            }
            out.computeIfAbsent(day, x -> new ArrayList<>()).add(() -> {
                ClassId from = classes.get(rnd.nextInt(classes.size()));
                if (!rosters.get(from).isEmpty()) {
                    StudentId pupil = rosters.get(from).get(rnd.nextInt(rosters.get(from).size()));
                    move(days.get(day), pupil, from, null);
                }
            });
        }
        return out;
    }

    private void move(LocalDate d, StudentId pupil, ClassId from, ClassId to) {
        OrderRef order = OrderRef.of("2" + d.getDayOfMonth() + "-у", d.minusDays(1));
        send(at(d, 7, 30), GeneratedSchool.ADMIN, to == null ? RecordMovement.withdrawal(pupil, order, d)
                : RecordMovement.transfer(pupil, to, order, d));
        rosters.get(from).remove(pupil);
        List<Stay> stays = ex.stays.get(pupil);
        Stay left = stays.remove(stays.size() - 1);
        stays.add(new Stay(left.schoolClass(), left.from(), d.minusDays(1)));
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

    private void lesson(ClassId c, CurriculumSubject s, GroupId group, StaffId teacher, LocalDate d, int n, int day) {
        int grade = grade(c);
        String unit = c.value() + "/" + s.id().value() + "/" + (group == null ? "" : group.value());
        int index = lessonIndex.merge(unit, 1, Integer::sum);
        boolean test = grade >= 2 && index % 8 == 0;
        boolean lab = !test && (s == CurriculumSubject.PHYSICS || s == CurriculumSubject.CHEMISTRY
                || s == CurriculumSubject.BIOLOGY) && index % 8 == 4;
        StaffId substitute = null;
        if (rnd.nextInt(100) < k.substitutionPercent()) {
            substitute = freeTeacher(d, n, teacher);
        }
        Actor actor = Actor.staff(substitute == null ? teacher : substitute);
        Instant end = lessonEnd(d, n);
        String date = String.format(Locale.ROOT, "%02d%02d", d.getMonthValue(), d.getDayOfMonth());
        LessonId id = LessonId.of("l-" + c.value().substring(2) + "-" + date + "-" + n
                + (group == null ? "" : "-g" + group.value().charAt(group.value().length() - 1)));
        Instant cutoff = cutoff(d, grade);

        // a lesson entered a day late comes with all its entries; one without a topic is never completed
        Duration shift = Duration.ZERO;
        if (slip(MistakeKind.LATE_LESSON)) {
            Duration late = Duration.between(end, at(d.plusDays(1), 18, slips.nextInt(120)));
            if (end.plus(late).plusSeconds(600).isBefore(cutoff)) {
                shift = late;
            }
        }
        boolean late = !shift.isZero();
        boolean noTopic = !late && slip(MistakeKind.MISSING_TOPIC);
        String topic = noTopic ? null : topic(s, grade, index);
        Step recorded = send(end.plus(shift), actor, new RecordLesson(id, c, group, s.id(), d, n, LessonKind.LESSON,
                test ? WorkKind.TEST : lab ? WorkKind.LABORATORY : WorkKind.ORDINARY, topic, teacher, substitute));
        if (late) {
            slipped(recorded, MistakeKind.LATE_LESSON, EntryRef.lesson(id).describe(),
                    "lesson " + id + " of " + d + " entered the next day");
        } else if (noTopic) {
            slipped(recorded, MistakeKind.MISSING_TOPIC, EntryRef.lesson(id).describe(),
                    "lesson " + id + " of " + d + " entered without its topic");
        }
        lessonsByUnit.computeIfAbsent(c.value() + "|" + s.id().value(), x -> new ArrayList<>()).add(id);

        List<Period> periods = periodsOf(d, grade);
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
            for (Period period : periods) {
                Tally tally = tally(p, s, period);
                tally.lessons++;
                if (code != null && !code.equals("оп")) {
                    tally.absences++;
                }
            }
            if (code != null) {
                absent.put(p, code);
                Instant when = end.plus(shift).plusSeconds(60);
                boolean lateAbsence = false;
                if (!late && slip(MistakeKind.LATE_ABSENCE)) {
                    Instant next = at(d.plusDays(1), 8, slips.nextInt(60));
                    if (next.isBefore(cutoff)) {
                        when = next;
                        lateAbsence = true;
                    }
                }
                Step sent = send(when, actor, RecordAttendance.of(id, p, code));
                if (lateAbsence) {
                    slipped(sent, MistakeKind.LATE_ABSENCE, EntryRef.attendance(id, p).describe(),
                            "absence «" + code + "» of " + p + " at lesson " + id + " entered the next day");
                }
            }
        }
        if (!absent.isEmpty()) {
            ex.absences.put(id, absent);
        }
        List<StudentId> present = due.stream().filter(p -> !absent.containsKey(p) || "оп".equals(absent.get(p)))
                .toList();

        List<TaskId> tasks = new ArrayList<>();
        HomeworkId homework = null;
        LessonContext ctx = new LessonContext(id, c, s, d, actor, end.plus(shift), late, cutoff, periods);
        if (grade >= 2) {
            if (test) {
                TaskType type = s == CurriculumSubject.RUSSIAN ? TaskType.DICTATION
                        : s == CurriculumSubject.PHYSICAL_EDUCATION ? TaskType.PRACTICAL_WORK : TaskType.TEST_PAPER;
                tasks.add(task(ctx, 1, type, 3, present, present.size(), false));
            } else if (lab) {
                tasks.add(task(ctx, 1, TaskType.LABORATORY_WORK, 2, present, present.size(), false));
            } else {
                TaskType type = rnd.nextBoolean() ? TaskType.CLASS_WORK : TaskType.ORAL_ANSWER;
                tasks.add(task(ctx, 1, type, 1, present, 2 + rnd.nextInt(5), true));
                if (s != CurriculumSubject.PHYSICAL_EDUCATION && rnd.nextInt(100) < 30) {
                    tasks.add(task(ctx, 2, TaskType.HOMEWORK, 1, present, 1 + rnd.nextInt(3), false));
                }
            }
            if (s != CurriculumSubject.PHYSICAL_EDUCATION && rnd.nextInt(100) < 70) {
                homework = HomeworkId.of(id.value() + "-hw");
                LocalDate dueDay = d.getDayOfWeek() == DayOfWeek.FRIDAY ? d.plusDays(3) : d.plusDays(1);
                homework(ctx, homework, new AssignHomework(homework, id,
                        "§ " + index + ", упражнения " + (index * 3) + "–" + (index * 3 + 2), dueDay));
            }
            if (!late && !tasks.isEmpty() && !present.isEmpty() && slip(MistakeKind.TEACHER_OUTSIDE_THEIR_CLASS)) {
                outsider(ctx, tasks.get(0), teacher, substitute, present);
            }
        }
        ex.lessons.put(id, new PlannedLesson(id, c, s.id(), group, d, n, teacher, substitute, topic, tasks, homework));
    }

    /** What the entries of one lesson share. */
    private record LessonContext(LessonId id, ClassId schoolClass, CurriculumSubject subject, LocalDate date,
            Actor actor, Instant end, boolean late, Instant cutoff, List<Period> periods) {
    }

    private void homework(LessonContext at, HomeworkId id, AssignHomework command) {
        Instant when = at.end().plusSeconds(300);
        boolean lateHomework = false;
        if (!at.late() && slip(MistakeKind.LATE_HOMEWORK)) {
            int lastNumber = Collections.max(timetable.get(at.schoolClass())
                    .get(at.date().getDayOfWeek().getValue()).keySet());
            Instant evening = lessonEnd(at.date(), lastNumber).plus(Duration.ofHours(profile.homeworkHoursAfterLessons()))
                    .plusSeconds(60L * (60 + slips.nextInt(120)));
            if (evening.isBefore(at.cutoff())) {
                when = evening;
                lateHomework = true;
            }
        }
        Step sent = send(when, at.actor(), command);
        if (lateHomework) {
            slipped(sent, MistakeKind.LATE_HOMEWORK, EntryRef.homework(id).describe(),
                    "homework " + id + " entered in the evening of " + at.date());
        }
    }

    /**
     * A task and its marks. The teacher marks first the pupils furthest from the local act's minimum for
     * the period, and as many as it takes to reach it with a reserve of lessons to spare for those who
     * were away (накопляемость, POL-4.4c).
     */
    private TaskId task(LessonContext at, int number, TaskType type, int weight, List<StudentId> present,
            int howMany, boolean accumulate) {
        TaskId id = TaskId.of(at.id().value() + "-t" + number);
        send(at.end().plusSeconds(120), at.actor(), new AssignTask(id, at.id(), type, weight, null));
        int grade = grade(at.schoolClass());
        Period period = accumulationPeriod(at.date(), grade, at.subject());
        List<StudentId> chosen = new ArrayList<>(present);
        Collections.shuffle(chosen, rnd);
        if (period != null) {
            int minimum = minimum(at.subject(), grade, period);
            chosen.sort(Comparator.comparingInt((StudentId p) -> -need(p, at.subject(), period, minimum)));
            if (accumulate) {
                howMany = Math.max(howMany, target(at, period, minimum, present));
            }
        }
        Map<StudentId, MarkValue> marks = new LinkedHashMap<>();
        for (StudentId p : chosen.subList(0, Math.min(howMany, chosen.size()))) {
            MarkValue v = at.subject().scale().equals(PassFail.ID)
                    ? (rnd.nextInt(100) < 95 ? PassFail.PASS : PassFail.FAIL) : FivePoint.of(markFor(p));
            if (period != null && victims.contains(key(p, at.subject(), period))
                    && tally(p, at.subject(), period).marks >= minimum(at.subject(), grade, period) - 1) {
                continue; // the teacher forgets this pupil's marks in the subject
            }
            marks.put(p, v);
            mark(at, id, type, weight, p, v);
        }
        ex.marks.put(id, marks);
        return id;
    }

    private void mark(LessonContext at, TaskId task, TaskType type, int weight, StudentId p, MarkValue v) {
        Instant when = at.end().plusSeconds(180);
        boolean lateMark = false;
        if (!at.late() && slip(MistakeKind.LATE_MARK)) {
            int days = profile.markDaysFor(type.code());
            LocalDate day = addDays(at.date(), days + 1 + slips.nextInt(2), grade(at.schoolClass()));
            Instant evening = at(day, 18, slips.nextInt(120));
            if (evening.isBefore(at.cutoff())) {
                when = evening;
                lateMark = true;
            }
        }
        Instant fixed = k.correctionPerMille() == 0 ? null : when.plusSeconds(60L * (20 + fixes.nextInt(100)));
        boolean miskey = fixed != null && !lateMark && fixes.nextInt(1000) < k.correctionPerMille()
                && fixed.isBefore(at.cutoff()) && fixed.isBefore(windowEnd)
                && fixed.atZone(zone).toLocalDate().equals(when.atZone(zone).toLocalDate());
        Step sent;
        if (miskey) {
            MarkValue miskeyed = oneOff(v);
            sent = send(when, at.actor(), RecordMark.of(task, p, miskeyed));
            send(fixed, at.actor(), new CorrectMark(task, p, v, "ошибка при вводе: выставлена «" + miskeyed.symbol()
                    + "» вместо «" + v.symbol() + "»"));
            ex.correctedMarks.computeIfAbsent(task, x -> new LinkedHashMap<>()).put(p, miskeyed);
        } else {
            sent = send(when, at.actor(), RecordMark.of(task, p, v));
        }
        if (lateMark) {
            slipped(sent, MistakeKind.LATE_MARK, EntryRef.mark(task, p).describe(),
                    "mark " + v.symbol() + " of " + p + " for task " + task + " of " + at.date() + " entered on "
                            + when.atZone(zone).toLocalDate());
        }
        int taskWeight = profile.averaging().weightOf(type.code(), weight);
        for (Period period : at.periods()) {
            Tally tally = tally(p, at.subject(), period);
            tally.marks++;
            if (v.equals(PassFail.PASS)) {
                tally.passes++;
            } else if (v.equals(PassFail.FAIL)) {
                tally.fails++;
            } else {
                tally.weightedSum += (long) (v.symbol().charAt(0) - '0') * taskWeight;
                tally.weights += taskWeight;
            }
        }
    }

    /** The mark a slip of the finger enters instead: a neighbouring five-point mark, the other pass/fail result. */
    private MarkValue oneOff(MarkValue v) {
        if (v.equals(PassFail.PASS)) {
            return PassFail.FAIL;
        } else if (v.equals(PassFail.FAIL)) {
            return PassFail.PASS;
        }
        int mark = v.symbol().charAt(0) - '0';
        int other = mark == 5 ? 4 : mark == 1 ? 2 : fixes.nextBoolean() ? mark + 1 : mark - 1;
        return FivePoint.of(other);
    }

    /** How many pupils to mark so that the needy reach the minimum before the reserve lessons. */
    private int target(LessonContext at, Period period, int minimum, List<StudentId> present) {
        int need = 0;
        int needy = 0;
        for (StudentId p : present) {
            int n = need(p, at.subject(), period, minimum);
            need += n;
            needy += n > 0 ? 1 : 0;
        }
        if (need == 0) {
            return 0;
        }
        int total = lessonsInPeriod(at.schoolClass(), at.subject(), period);
        int remaining = lessonsIn(at.schoolClass(), at.subject(), at.date(), period.last());
        int spread = remaining - (int) Math.round(total * RESERVE);
        return spread >= 1 ? (need + spread - 1) / spread : needy;
    }

    private int need(StudentId p, CurriculumSubject s, Period period, int minimum) {
        Tally t = tallies.get(key(p, s, period));
        return Math.max(0, minimum - (t == null ? 0 : t.marks));
    }

    /** The class's lessons of the subject in a whole period, by the timetable and the calendar. */
    private int lessonsInPeriod(ClassId c, CurriculumSubject s, Period period) {
        return periodLessons.computeIfAbsent(c.value() + "|" + s.id().value() + "|" + period.id().value(),
                x -> lessonsIn(c, s, period.first(), period.last()));
    }

    /** The class's lessons of the subject on the school days from one day to another, by the timetable. */
    private int lessonsIn(ClassId c, CurriculumSubject s, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!calendar.isSchoolDay(d, grade(c))) {
                continue;
            }
            Map<Integer, CurriculumSubject> day = timetable.get(c).get(d.getDayOfWeek().getValue());
            if (day != null) {
                for (CurriculumSubject x : day.values()) {
                    count += x == s ? 1 : 0;
                }
            }
        }
        return count;
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

    /** A teacher of another class opens this class's page by mistake and marks a pupil who has no mark yet. */
    private void outsider(LessonContext at, TaskId task, StaffId teacher, StaffId substitute, List<StudentId> present) {
        List<StaffId> strangers = new ArrayList<>();
        List<StaffId> own = teachersOfClass(at.schoolClass());
        for (StaffId t : ex.teachers) {
            if (!own.contains(t) && !t.equals(teacher) && !t.equals(substitute)
                    && !t.equals(primaryTeacher.get(at.schoolClass()))) {
                strangers.add(t);
            }
        }
        Map<StudentId, MarkValue> marked = ex.marks.getOrDefault(task, Map.of());
        List<StudentId> unmarked = present.stream().filter(p -> !marked.containsKey(p)).toList();
        Instant when = at.end().plus(Duration.ofHours(2));
        if (strangers.isEmpty() || unmarked.isEmpty() || !when.isBefore(windowEnd)) {
            return;
        }
        StaffId stranger = strangers.get(slips.nextInt(strangers.size()));
        StudentId pupil = unmarked.get(slips.nextInt(unmarked.size()));
        Step sent = send(when, Actor.staff(stranger), RecordMark.of(task, pupil, slipValue(at.subject())));
        slipped(sent, MistakeKind.TEACHER_OUTSIDE_THEIR_CLASS, EntryRef.mark(task, pupil).describe(),
                "teacher " + stranger + ", who does not teach class " + ex.classNames.get(at.schoolClass())
                        + ", marks " + pupil + " for task " + task);
    }

    private MarkValue slipValue(CurriculumSubject s) {
        return s.scale().equals(PassFail.ID) ? PassFail.PASS : FivePoint.of(3 + slips.nextInt(3));
    }

    // ---------------------------------------------------------------- weekly reports, period ends

    /** Every Friday (or every so many days, if the local act asks more often) the class teacher's paper reports. */
    private void paperReports(LocalDate d) {
        int every = Math.min(7, profile.paperReportDays());
        boolean reportDay = every == 7 ? d.getDayOfWeek() == DayOfWeek.FRIDAY
                : (d.toEpochDay() - first.toEpochDay()) % every == every - 1;
        if (!reportDay || ex.withoutAccess.isEmpty()) {
            return;
        }
        for (ClassId c : classes) {
            StaffId classTeacher = ex.classTeachers.get(c);
            Actor actor = classTeacher == null ? GeneratedSchool.ADMIN : Actor.staff(classTeacher);
            for (StudentId p : rosters.get(c)) {
                for (GuardianId g : ex.guardians.getOrDefault(p, List.of())) {
                    if (ex.withoutAccess.contains(g)) {
                        send(at(d, 16, 30), actor, new RecordPaperReport(g, p, d.minusDays(every - 1), d));
                        ex.paperReports++;
                    }
                }
            }
        }
    }

    /** On a period's last school day each subject teacher sets the period marks of the class's pupils. */
    private void periodMarks(LocalDate d) {
        for (Period period : SchoolYear2026.PERIODS) {
            if (period.last().isAfter(last)) {
                continue;
            }
            for (ClassId c : classes) {
                int grade = grade(c);
                if (grade < 2 || !period.grades().contains(grade) || !lastSchoolDay(period, grade).equals(d)) {
                    continue;
                }
                // a pupil who left the school before the period's end gets no period mark from it
                List<StudentId> pupils = new ArrayList<>();
                ex.stays.forEach((p, stays) -> {
                    if (stays.stream().anyMatch(st -> st.schoolClass().equals(c) && st.covers(period.last()))) {
                        pupils.add(p);
                    }
                });
                int minute = 0;
                for (CurriculumSubject s : subjects) {
                    if (s.hoursPerWeek(grade) == 0) {
                        continue;
                    }
                    Instant when = at(d, 17, minute++);
                    for (StudentId p : pupils) {
                        StaffId teacher = periodMarkTeacher(c, s, p);
                        if (teacher != null) {
                            periodMark(when, Actor.staff(teacher), p, s, period, grade, d);
                        }
                    }
                }
            }
        }
    }

    private void periodMark(Instant when, Actor actor, StudentId p, CurriculumSubject s, Period period, int grade,
            LocalDate d) {
        Tally t = tallies.getOrDefault(key(p, s, period), new Tally());
        int minimum = minimum(s, grade, period);
        boolean tooFew = t.marks < minimum;
        boolean missedMost = t.lessons > 0 && BigDecimal.valueOf(t.absences)
                .compareTo(profile.notAttestedAbsenceShare().multiply(BigDecimal.valueOf(t.lessons))) > 0;
        MarkValue value;
        if (missedMost && tooFew) {
            value = SpecialResults.NOT_ATTESTED;
        } else if (s.scale().equals(PassFail.ID)) {
            value = t.marks == 0 ? SpecialResults.NOT_ATTESTED : t.passes >= t.fails ? PassFail.PASS : PassFail.FAIL;
        } else if (t.weights == 0) {
            value = SpecialResults.NOT_ATTESTED;
        } else {
            BigDecimal mean = BigDecimal.valueOf(t.weightedSum).divide(BigDecimal.valueOf(t.weights), 2,
                    RoundingMode.HALF_UP);
            value = FivePoint.of(profile.averaging().round(mean));
        }
        Step sent = send(when, actor, new RecordPeriodMark(p, s.id(), period.id(), value));
        ex.periodMarks.computeIfAbsent(period.id(), x -> new LinkedHashMap<>())
                .computeIfAbsent(p, x -> new LinkedHashMap<>()).put(s.id(), value);
        if (victims.contains(key(p, s, period)) && tooFew) {
            slipped(sent, MistakeKind.TOO_FEW_MARKS, EntryRef.periodMark(p, s.id(), period.id()).describe(),
                    p + " has " + t.marks + " of the " + minimum + " marks in " + s.id() + " for " + period.id()
                            + ": the teacher forgot to enter the others");
        }
    }

    /** The teacher of the subject in the class, for English in groups the teacher of the pupil's group. */
    private StaffId periodMarkTeacher(ClassId c, CurriculumSubject s, StudentId p) {
        if (s == CurriculumSubject.ENGLISH && englishGroups.containsKey(c)) {
            for (GroupId g : englishGroups.get(c)) {
                if (ex.groups.get(g).contains(p)) {
                    return groupTeacher.get(g);
                }
            }
            return null;
        }
        return teacherOf.get(c).get(s);
    }

    /** The day after a period ends the administrator closes it; a teacher may then try a forgotten mark. */
    private void closePeriods(LocalDate d) {
        for (Period period : SchoolYear2026.PERIODS) {
            if (!period.last().plusDays(1).equals(d)) {
                continue;
            }
            Instant closing = at(d, 10, 0);
            send(closing, GeneratedSchool.ADMIN, new ClosePeriod(period.id()));
            ex.closedPeriods.add(period.id());
            for (ClassId c : classes) {
                int grade = grade(c);
                if (grade < 2 || !period.grades().contains(grade)) {
                    continue;
                }
                for (CurriculumSubject s : subjects) {
                    if (s.hoursPerWeek(grade) > 0 && slip(MistakeKind.MARK_IN_CLOSED_PERIOD)) {
                        forgottenMark(closing.plus(Duration.ofMinutes(60 + slips.nextInt(240))), c, s, period);
                    }
                }
            }
        }
    }

    private void forgottenMark(Instant when, ClassId c, CurriculumSubject s, Period period) {
        List<LessonId> lessons = lessonsByUnit.getOrDefault(c.value() + "|" + s.id().value(), List.of()).stream()
                .filter(l -> period.covers(ex.lessons.get(l).date(), grade(c)) && !ex.lessons.get(l).tasks().isEmpty())
                .toList();
        if (lessons.isEmpty() || !when.isBefore(windowEnd)) {
            return;
        }
        PlannedLesson lesson = ex.lessons.get(lessons.get(slips.nextInt(lessons.size())));
        TaskId task = lesson.tasks().get(0);
        Map<StudentId, String> absent = ex.absences.getOrDefault(lesson.id(), Map.of());
        Map<StudentId, MarkValue> marked = ex.marks.getOrDefault(task, Map.of());
        List<StudentId> candidates = new ArrayList<>();
        ex.stays.forEach((p, stays) -> {
            boolean there = stays.stream().anyMatch(st -> st.schoolClass().equals(c) && st.covers(lesson.date()));
            boolean inGroup = lesson.group() == null || ex.groups.get(lesson.group()).contains(p);
            String code = absent.get(p);
            if (there && inGroup && (code == null || code.equals("оп")) && !marked.containsKey(p)) {
                candidates.add(p);
            }
        });
        if (candidates.isEmpty()) {
            return;
        }
        StudentId pupil = candidates.get(slips.nextInt(candidates.size()));
        Step sent = send(when, Actor.staff(lesson.teacher()), RecordMark.of(task, pupil, slipValue(s)));
        slipped(sent, MistakeKind.MARK_IN_CLOSED_PERIOD, EntryRef.mark(task, pupil).describe(),
                "a mark for " + pupil + " on task " + task + " of " + lesson.date() + " after " + period.id()
                        + " was closed");
    }

    // ---------------------------------------------------------------- mistakes

    /** Decides, before the first day, whose marks in which subject and period a teacher will forget. */
    private void chooseVictims() {
        if (k.mistakes().perMille(MistakeKind.TOO_FEW_MARKS) == 0) {
            return;
        }
        for (Period period : SchoolYear2026.PERIODS) {
            if (period.last().isAfter(last)) {
                continue;
            }
            for (ClassId c : classes) {
                int grade = grade(c);
                if (grade < 2 || !period.grades().contains(grade)) {
                    continue;
                }
                for (CurriculumSubject s : subjects) {
                    if (s.hoursPerWeek(grade) == 0 || minimum(s, grade, period) == 0) {
                        continue;
                    }
                    for (StudentId p : rosters.get(c)) {
                        if (slip(MistakeKind.TOO_FEW_MARKS)) {
                            victims.add(key(p, s, period));
                        }
                    }
                }
            }
        }
    }

    private boolean slip(MistakeKind kind) {
        int perMille = k.mistakes().perMille(kind);
        return perMille > 0 && slips.nextInt(1000) < perMille;
    }

    private void slipped(Step step, MistakeKind kind, String concerns, String description) {
        made.add(new Slip(step, kind, concerns, description));
    }

    // ---------------------------------------------------------------- periods and time

    /** The periods a lesson of a class of that grade on that day belongs to. */
    private static List<Period> periodsOf(LocalDate d, int grade) {
        List<Period> out = new ArrayList<>(2);
        for (Period p : SchoolYear2026.PERIODS) {
            if (p.covers(d, grade)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The period whose accumulation table the teacher works to: the quarter or half-year, not the year. */
    private Period accumulationPeriod(LocalDate d, int grade, CurriculumSubject s) {
        for (Period p : periodsOf(d, grade)) {
            if (minimum(s, grade, p) > 0) {
                return p;
            }
        }
        return null;
    }

    private int minimum(CurriculumSubject s, int grade, Period period) {
        return profile.minimumMarksFor(s.load(grade)).forKind(period.kind());
    }

    /**
     * When the entries of a lesson of that day stop being only late: the period marks of a period it
     * belongs to that ends within the weeks, else the end of the weeks.
     */
    private Instant cutoff(LocalDate d, int grade) {
        Instant cutoff = windowEnd;
        for (Period p : periodsOf(d, grade)) {
            if (!p.last().isAfter(last)) {
                Instant marks = at(lastSchoolDay(p, grade), 17, 0);
                if (marks.isBefore(cutoff)) {
                    cutoff = marks;
                }
            }
        }
        return cutoff;
    }

    private LocalDate lastSchoolDay(Period p, int grade) {
        LocalDate d = p.last();
        while (!calendar.isSchoolDay(d, grade)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A deadline in days, counted as the local act says (calendar or school days). */
    private LocalDate addDays(LocalDate from, int days, int grade) {
        if (profile.dayCounting() == DayCounting.CALENDAR_DAYS) {
            return from.plusDays(days);
        }
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (calendar.isSchoolDay(d, grade)) {
                left--;
            }
        }
        return d;
    }

    /** When lesson {@code n} ends by the local act's bell schedule (the last one listed for a later number). */
    private Instant lessonEnd(LocalDate d, int n) {
        Map<Integer, LocalTime> ends = profile.lessonEnds();
        LocalTime end = ends.get(n);
        if (end == null) {
            int best = -1;
            for (int number : ends.keySet()) {
                if (number <= n && number > best) {
                    best = number;
                }
            }
            end = ends.get(best < 0 ? Collections.min(ends.keySet()) : best);
        }
        return LocalDateTime.of(d, end).atZone(zone).toInstant();
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).plusMinutes(minute).atZone(zone).toInstant();
    }

    // ---------------------------------------------------------------- helpers

    private Tally tally(StudentId p, CurriculumSubject s, Period period) {
        return tallies.computeIfAbsent(key(p, s, period), x -> new Tally());
    }

    private static String key(StudentId p, CurriculumSubject s, Period period) {
        return p.value() + "|" + s.id().value() + "|" + period.id().value();
    }

    private int grade(ClassId c) {
        return ex.grades.get(c);
    }

    private Step send(Instant at, Actor actor, Command command) {
        Step step = new Step(at, actor, command);
        steps.add(step);
        return step;
    }

    private <T> T pick(T[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
