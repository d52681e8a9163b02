package org.ejournal.core.codec;

import static org.ejournal.core.SchoolFixture.*;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.ejournal.core.Actor;
import org.ejournal.core.CommandGenerators;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.QuickTheoriesGenerators;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.quicktheories.core.Gen;

/**
 * Events for the codec's tests: a valid sample of every command type, and random events — commands
 * from {@link CommandGenerators} (valid and invalid ones), mixed with commands that stress the
 * encoding (large sets with a null element, decimals of every scale, extreme dates and instants,
 * every nullable component null, any Unicode text), wrapped with random sequences, instants, actors
 * and warnings.
 */
final class CodecSamples {

    private CodecSamples() {
    }

    static final Instant T0 = Instant.parse("2026-10-05T00:00:00Z");

    /** One valid command of each type, in {@link Command}'s order of permits. */
    static final Map<Class<? extends Command>, Command> SAMPLES = samples();

    private static Map<Class<? extends Command>, Command> samples() {
        Map<Class<? extends Command>, Command> m = new LinkedHashMap<>();
        m.put(RegisterStaffMember.class, RegisterStaffMember.of(StaffId.of("t-hist"),
                PersonName.of("Историкова", "Нина", "Львовна"), StaffRole.TEACHER, StaffRole.DEPUTY_DIRECTOR));
        m.put(OpenSchoolYear.class, new OpenSchoolYear(SchoolYearId.of("2027-2028"), LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 5, 31), SchoolCalendar.ofWeek(5)
                        .withDaysOff(Set.of(LocalDate.of(2027, 11, 4), LocalDate.of(2028, 3, 8)))
                        .withVacation(Vacation.of("Осенние каникулы", LocalDate.of(2027, 10, 26),
                                LocalDate.of(2027, 11, 3), GradeRange.ALL))));
        m.put(DefineStudyPeriod.class, new DefineStudyPeriod(StudyPeriodId.of("q3"), YEAR, PeriodKind.QUARTER, 3,
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 20), GradeRange.of(1, 9)));
        m.put(DefineSubject.class, DefineSubject.of(SubjectId.of("hist"), "История"));
        m.put(CreateClass.class, new CreateClass(ClassId.of("6a"), YEAR, 6, "А"));
        m.put(CreateGroup.class, new CreateGroup(GroupId.of("5a-g2"), C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)));
        m.put(RegisterStudent.class, new RegisterStudent(StudentId.of("s-orlova"),
                PersonName.of("Орлова", "Анна", "Павловна"), LocalDate.of(2015, 6, 1)));
        m.put(RecordMovement.class, new RecordMovement(KUZNETSOV, MovementKind.CONDITIONAL_PROMOTION, C5B,
                order("7-у"), LocalDate.of(2026, 10, 12), Set.of(MATH, RUSSIAN)));
        m.put(RegisterGuardian.class, new RegisterGuardian(GuardianId.of("g-petrov"),
                PersonName.of("Петров", "Сергей", "Иванович"),
                Contact.of("+7 914 555-12-34", "petrov@example.ru", "ул. Ленинская, 1"), false));
        m.put(LinkGuardian.class, new LinkGuardian(IVANOVA_MOTHER, PETROV, Kinship.CUSTODIAN));
        m.put(AssignClassTeacher.class, new AssignClassTeacher(C5B, MATH_TEACHER_ID));
        m.put(SetCurriculumLoad.class, new SetCurriculumLoad(C5A, MATH, new BigDecimal("5.5")));
        m.put(AssignTeacher.class, new AssignTeacher(C5A, PE, DIRECTOR_ID, G5A_1));
        m.put(RecordThematicPlan.class, new RecordThematicPlan(C5A, MATH, List.of(
                PlannedTopic.of(1, "Натуральные числа", BigDecimal.valueOf(10)),
                PlannedTopic.of(2, "Дроби", new BigDecimal("12.5")))));
        m.put(RecordLesson.class, RecordLesson.of(LessonId.of("l-rus-1005-3"), C5A, RUSSIAN, MONDAY, 3,
                RUS_TEACHER_ID, "Имя существительное").withGroup(G5A_1).withSubstitute(DIRECTOR_ID));
        m.put(CorrectLesson.class, new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.PRACTICAL,
                "тема указана неверно"));
        m.put(AssignHomework.class, new AssignHomework(HomeworkId.of("hw-1"), LESSON, "№ 123, 125",
                MONDAY.plusDays(2)));
        m.put(AssignTask.class, new AssignTask(TaskId.of("t-oral"), LESSON, TaskType.ORAL_ANSWER, 2, "У доски"));
        m.put(RecordMark.class, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        m.put(CorrectMark.class, new CorrectMark(TASK, PETROV, FivePoint.of(4), "ошибка при вводе"));
        m.put(CancelMark.class, new CancelMark(TASK, PETROV, "отметка не тому ученику"));
        m.put(RecordAttendance.class, RecordAttendance.of(LESSON, SIDOROV, "б"));
        m.put(CorrectAttendance.class, new CorrectAttendance(LESSON, SIDOROV, "б", "принесена справка"));
        m.put(RecordPeriodMark.class, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)));
        m.put(CorrectPeriodMark.class, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5), "ошибка при вводе"));
        m.put(RecordExamResult.class, new RecordExamResult(ExamResultId.of("ex-1"), IVANOVA, MATH,
                ExamKind.INTERMEDIATE_ATTESTATION, LocalDate.of(2026, 10, 10), FivePoint.of(4)));
        m.put(DeclareOutage.class, new DeclareOutage(OutageId.of("o-1"), at(MONDAY, 9, 0), at(MONDAY, 11, 30),
                "отключение электроэнергии"));
        m.put(ClosePeriod.class, new ClosePeriod(Q1));
        m.put(ReopenPeriod.class, new ReopenPeriod(Q2, "исправление ошибки по приказу № 77"));
        m.put(RecordPaperReport.class, new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, MONDAY, MONDAY.plusDays(6)));
        m.put(CloseSchoolYear.class, new CloseSchoolYear(YEAR, OrderRef.of("101-о", LocalDate.of(2027, 6, 1))));
        m.put(ReopenSchoolYear.class, new ReopenSchoolYear(YEAR, "исправление итоговой отметки по решению педсовета"));
        m.put(PromoteClass.class, PromoteClass.of(C5A, ClassId.of("6a-2027"), OrderRef.of("88-у", LocalDate.of(2027,
                5, 28)), LocalDate.of(2027, 9, 1), PupilDecision.conditionalPromotion(PETROV, Set.of(MATH, RUSSIAN)),
                PupilDecision.repetition(SIDOROV, ClassId.of("5a-2027")), PupilDecision.promotion(ALEKSEEVA,
                        ClassId.of("6b-2027"))));
        return Collections.unmodifiableMap(m);
    }

    /**
     * @param sequence the sequence
     * @param command the command
     * @return an event of the math teacher at {@link #T0} plus {@code sequence} seconds, with one
     *     warning
     */
    static JournalEvent event(long sequence, Command command) {
        return new JournalEvent(sequence, T0.plusSeconds(sequence), MATH_TEACHER, command,
                List.of(Violation.warning("EJ2101", "REG-7", command.commandName(), "отметка выставлена поздно",
                        "the mark was entered late")));
    }

    // ---------------------------------------------------------------- random events

    /** @return random events, valid and invalid commands alike */
    static Gen<JournalEvent> events() {
        return QuickTheoriesGenerators.fromRandom(CodecSamples::event);
    }

    /**
     * @param r the source of randomness
     * @return one random event
     */
    static JournalEvent event(RandomGenerator r) {
        Command command;
        Actor actor;
        if (r.nextInt(10) < 7) {
            // a few attempts first, so that the last one may refer to identifiers they minted
            List<CommandGenerators.Attempt> attempts = CommandGenerators.overFixture().attempts(r, 1 + r.nextInt(6));
            CommandGenerators.Attempt last = attempts.get(attempts.size() - 1);
            command = last.command();
            actor = r.nextInt(3) == 0 ? actor(r) : last.actor();
        } else {
            command = stressing(r);
            actor = actor(r);
        }
        return new JournalEvent(sequence(r), instant(r), actor, command, warnings(r));
    }

    static long sequence(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> 1 + r.nextInt(1000);
            case 1 -> Long.MAX_VALUE - r.nextInt(3);
            default -> 1 + (r.nextLong() & 0x7FFF_FFFF_FFFF_FFFEL);
        };
    }

    static Instant instant(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextInt(2) == 0 ? Instant.MIN : Instant.MAX;
            case 1 -> Instant.ofEpochSecond(r.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                    r.nextInt(1_000_000_000));
            case 2 -> Instant.ofEpochSecond(-r.nextInt(2_000_000_000), r.nextInt(1_000_000_000));
            default -> T0.plusSeconds(r.nextInt(30_000_000)).plusNanos(r.nextInt(2) == 0 ? 0 : r.nextInt(1_000_000_000));
        };
    }

    static Actor actor(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> Actor.staff(StaffId.of(id(r)));
            case 1 -> Actor.student(StudentId.of(id(r)));
            case 2 -> Actor.guardian(GuardianId.of(id(r)));
            default -> Actor.system(id(r));
        };
    }

    static List<Violation> warnings(RandomGenerator r) {
        int n = r.nextInt(3) == 0 ? r.nextInt(4) : 0;
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Violation(text(r, 8), text(r, 8), Severity.values()[r.nextInt(3)], text(r, 30),
                    text(r, 60), text(r, 60)));
        }
        return out;
    }

    /** @return an identifier's text: 1 to 64 characters, no white space, any script */
    static String id(RandomGenerator r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(r.nextInt(4) == 0 ? 64 : 12);
        while (b.length() < n) {
            int cp = codePoint(r);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && b.length() + Character.charCount(cp) <= 64) {
                b.appendCodePoint(cp);
            } else if (b.length() + 1 <= 64) {
                b.append('x');
            }
        }
        return b.toString();
    }

    /** @return any text of up to {@code max} code points: Latin, Cyrillic, controls, NUL, emoji, CJK */
    static String text(RandomGenerator r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(codePoint(r));
        }
        return b.toString();
    }

    private static int codePoint(RandomGenerator r) {
        return switch (r.nextInt(8)) {
            case 0 -> r.nextInt(0x20);                  // controls and NUL
            case 1 -> 0x410 + r.nextInt(0x40);          // А–я
            case 2 -> 0x1F600 + r.nextInt(0x50);        // emoji, a surrogate pair in Java
            case 3 -> 0x4E00 + r.nextInt(0x100);        // CJK
            case 4 -> pickOf(r, 0x401, 0x451, 0xA0, 0x2028, 0xFEFF, 0xFFFF, 0x10FFFF);
            default -> 0x20 + r.nextInt(0x5F);          // printable ASCII
        };
    }

    private static int pickOf(RandomGenerator r, int... options) {
        return options[r.nextInt(options.length)];
    }

    /** @return a command that stresses the encoding rather than the rules */
    static Command stressing(RandomGenerator r) {
        switch (r.nextInt(9)) {
            case 0: {
                Set<StudentId> members = new java.util.HashSet<>();
                int n = r.nextInt(25);
                for (int i = 0; i < n; i++) {
                    members.add(r.nextInt(15) == 0 ? null : StudentId.of(id(r)));
                }
                return new CreateGroup(GroupId.of(id(r)), ClassId.of(id(r)), text(r, 20), members);
            }
            case 1: {
                Set<LocalDate> off = new java.util.HashSet<>();
                Set<LocalDate> extra = new java.util.TreeSet<>();
                List<Vacation> vacations = new ArrayList<>();
                for (int i = r.nextInt(12); i > 0; i--) {
                    off.add(date(r));
                }
                for (int i = r.nextInt(4); i > 0; i--) {
                    extra.add(date(r));
                }
                for (int i = r.nextInt(4); i > 0; i--) {
                    vacations.add(new Vacation(text(r, 20), date(r), date(r), new GradeRange(r.nextInt(13), r.nextInt(13))));
                }
                return new OpenSchoolYear(SchoolYearId.of(id(r)), date(r), date(r),
                        new SchoolCalendar(r.nextInt(8), off, extra, vacations));
            }
            case 2:
                return new SetCurriculumLoad(ClassId.of(id(r)), SubjectId.of(id(r)), r.nextInt(10) == 0 ? null : decimal(r));
            case 3: {
                List<PlannedTopic> topics = new ArrayList<>();
                for (int i = r.nextInt(6); i > 0; i--) {
                    topics.add(r.nextInt(10) == 0 ? null : new PlannedTopic(r.nextInt(), text(r, 30), decimal(r)));
                }
                return new RecordThematicPlan(ClassId.of(id(r)), SubjectId.of(id(r)), topics);
            }
            case 4:
                return new RegisterStudent(StudentId.of(id(r)), new PersonName(text(r, 20), text(r, 20),
                        r.nextInt(2) == 0 ? null : text(r, 20)), r.nextInt(4) == 0 ? null : date(r));
            case 5:
                return new DeclareOutage(OutageId.of(id(r)), instant(r), instant(r), text(r, 50));
            case 6:
                // every nullable component null
                return new RecordLesson(LessonId.of(id(r)), null, null, null, null, r.nextInt(), null, null, null,
                        null, null);
            case 7: {
                // decisions nested in a list, each with a set of debts, nulls at every level
                List<PupilDecision> decisions = new ArrayList<>();
                for (int i = r.nextInt(30); i > 0; i--) {
                    Set<SubjectId> debts = new java.util.HashSet<>();
                    for (int j = r.nextInt(5); j > 0; j--) {
                        debts.add(r.nextInt(10) == 0 ? null : SubjectId.of(id(r)));
                    }
                    decisions.add(r.nextInt(12) == 0 ? null : new PupilDecision(StudentId.of(id(r)),
                            r.nextInt(8) == 0 ? null : MovementKind.values()[r.nextInt(MovementKind.values().length)],
                            r.nextInt(3) == 0 ? null : ClassId.of(id(r)), r.nextInt(10) == 0 ? null : debts));
                }
                return new PromoteClass(ClassId.of(id(r)), r.nextInt(3) == 0 ? null : ClassId.of(id(r)),
                        r.nextInt(5) == 0 ? null : new OrderRef(text(r, 40), date(r)), date(r), decisions);
            }
            default: {
                Set<StaffRole> roles = new LinkedHashSet<>();
                List<StaffRole> all = new ArrayList<>(List.of(StaffRole.values()));
                Collections.shuffle(all, new java.util.Random(r.nextInt(1000)));
                all.stream().limit(r.nextInt(all.size() + 1)).forEach(roles::add);
                return new RegisterStaffMember(StaffId.of(id(r)), new PersonName(text(r, 10), text(r, 10), null),
                        roles);
            }
        }
    }

    static LocalDate date(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(2) == 0 ? LocalDate.MIN : LocalDate.MAX;
            case 1 -> LocalDate.ofEpochDay(r.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
            default -> LocalDate.of(2026, 9, 1).plusDays(r.nextInt(400) - 30);
        };
    }

    /** @return a decimal of any sign and scale, negative scales too */
    static BigDecimal decimal(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> new BigDecimal(pickOf(r, 0, 1, 2, 5, 40) + (r.nextInt(2) == 0 ? "" : ".0"));
            case 1 -> BigDecimal.valueOf(r.nextLong(), r.nextInt(40) - 10);
            case 2 -> new BigDecimal(new BigInteger(1 + r.nextInt(200), new java.util.Random(r.nextInt(1000))),
                    r.nextInt(60) - 20);
            case 3 -> BigDecimal.valueOf(0, r.nextInt(20) - 10);
            default -> new BigDecimal(r.nextInt(100) + "." + r.nextInt(10)).negate();
        };
    }

    // ---------------------------------------------------------------- reordering

    /**
     * Rebuilds a value with every set inside it, at any depth, in reverse iteration order: an equal
     * value whose sets iterate differently.
     *
     * @param value a value of the event's type graph, possibly {@code null}
     * @return the equal value rebuilt
     */
    @SuppressWarnings("unchecked")
    static <T> T reversingSets(T value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Set<?> set) {
            List<Object> elements = new ArrayList<>();
            for (Object e : set) {
                elements.add(reversingSets(e));
            }
            Collections.reverse(elements);
            return (T) new LinkedHashSet<>(elements);
        }
        if (value instanceof List<?> list) {
            List<Object> elements = new ArrayList<>();
            for (Object e : list) {
                elements.add(reversingSets(e));
            }
            return (T) elements;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord()) {
            return value;
        }
        try {
            RecordComponent[] rc = type.getRecordComponents();
            Object[] args = new Object[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                args[i] = reversingSets(rc[i].getAccessor().invoke(value));
            }
            Constructor<?> c = type.getDeclaredConstructor(types);
            return (T) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
