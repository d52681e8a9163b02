package org.ejournal.testkit.gen;

import static org.ejournal.testkit.gen.Values.*;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;

/**
 * Generators of every command of the journal, in a valid shape (every Bean Validation constraint
 * holds) and in invalid shapes (exactly the kind of value that breaks one named constraint).
 *
 * <p>A valid command passes the library's Bean Validation; whether the journal accepts it depends on
 * the school it is sent to (the identifiers are drawn, not looked up), so a test that needs accepted
 * commands uses the school generator or the fixtures instead. An invalid command is a valid one with one
 * value replaced: {@code null} for {@code @NotNull}, blank text for {@code @NotBlank}, text one
 * character too long for {@code @Size}, a number just outside {@code @Min}/{@code @Max}/
 * {@code @DecimalMin}/{@code @DecimalMax}, text that does not match a {@code @Pattern} or
 * {@code @Email}, a day in the future for {@code @Past}, a null element in a collection of
 * {@code @NotNull} elements (when the collection's constructor lets it through), or values that break a cross-field
 * {@code @AssertTrue} check — and it names the field and the constraint ({@link InvalidCommand}).
 * The constraints are read from the commands' own annotations, so a constraint added to a command is
 * broken too without changing this class.
 *
 * <p>Stateless; every generator is immutable and thread-safe.
 */
public final class Commands {

    private static final Map<Class<? extends Command>, Gen<? extends Command>> VALID = new LinkedHashMap<>();
    private static final Map<Class<? extends Command>, Function<Command, List<InvalidCommand>>> CROSS_FIELD =
            new LinkedHashMap<>();

    static {
        valid(RegisterStaffMember.class, r -> new RegisterStaffMember(staffIds().next(r), personNames().next(r),
                r.nextInt(4) == 0 ? new LinkedHashSet<>(List.of(StaffRole.TEACHER, enums(StaffRole.class).next(r)))
                        : Set.of(StaffRole.TEACHER)));
        valid(OpenSchoolYear.class, r -> {
            int shift = r.nextInt(3);
            return new OpenSchoolYear(SchoolYearId.of((2026 + shift) + "-" + (2027 + shift)),
                    YEAR_FIRST.plusYears(shift), YEAR_LAST.plusYears(shift), schoolCalendars().next(r));
        });
        valid(DefineStudyPeriod.class, r -> {
            LocalDate first = schoolDays().next(r);
            PeriodKind kind = enums(PeriodKind.class).next(r);
            return new DefineStudyPeriod(studyPeriodIds().next(r), schoolYearIds().next(r),
                    kind, 1 + r.nextInt(kind.perYear()), first, first.plusDays(r.nextInt(90)),
                    gradeRanges().next(r));
        });
        valid(DefineSubject.class, r -> new DefineSubject(subjectIds().next(r), subjectNames().next(r),
                Gen.elements(FivePoint.ID, PassFail.ID).next(r)));
        valid(CreateClass.class, r -> new CreateClass(classIds().next(r), schoolYearIds().next(r), 1 + r.nextInt(11),
                classLetters().next(r)));
        valid(CreateGroup.class, r -> new CreateGroup(groupIds().next(r), classIds().next(r),
                (1 + r.nextInt(2)) + " группа", new LinkedHashSet<>(Gen.listOf(studentIds(), 1, 5).next(r))));
        valid(RegisterStudent.class, r -> new RegisterStudent(studentIds().next(r), personNames().next(r),
                r.nextInt(5) == 0 ? null : birthDates().next(r)));
        valid(RecordMovement.class, r -> {
            StudentId s = studentIds().next(r);
            OrderRef order = orderRefs().next(r);
            LocalDate effective = schoolDays().next(r);
            return switch (r.nextInt(5)) {
                case 0 -> RecordMovement.enrolment(s, classIds().next(r), order, effective);
                case 1 -> RecordMovement.transfer(s, classIds().next(r), order, effective);
                case 2 -> RecordMovement.withdrawal(s, order, effective);
                case 3 -> new RecordMovement(s, MovementKind.PROMOTION, classIds().next(r), order, effective, Set.of());
                default -> new RecordMovement(s, MovementKind.CONDITIONAL_PROMOTION, classIds().next(r), order,
                        effective, Set.of(subjectIds().next(r)));
            };
        });
        valid(JoinGroup.class, r -> new JoinGroup(groupIds().next(r), studentIds().next(r), schoolDays().next(r)));
        valid(LeaveGroup.class, r -> new LeaveGroup(groupIds().next(r), studentIds().next(r), schoolDays().next(r)));
        valid(RegisterGuardian.class, r -> {
            boolean electronic = r.nextInt(3) != 0;
            return new RegisterGuardian(guardianIds().next(r), personNames().next(r),
                    electronic ? contacts().next(r) : reachableContacts().next(r), electronic);
        });
        valid(LinkGuardian.class, r -> new LinkGuardian(guardianIds().next(r), studentIds().next(r),
                enums(Kinship.class).next(r)));
        valid(AssignClassTeacher.class, r -> new AssignClassTeacher(classIds().next(r), staffIds().next(r)));
        valid(SetCurriculumLoad.class, r -> new SetCurriculumLoad(classIds().next(r), subjectIds().next(r),
                weeklyHours().next(r)));
        valid(AssignTeacher.class, r -> new AssignTeacher(classIds().next(r), subjectIds().next(r),
                staffIds().next(r), r.nextInt(3) == 0 ? groupIds().next(r) : null));
        valid(RecordThematicPlan.class, r -> new RecordThematicPlan(classIds().next(r), subjectIds().next(r),
                thematicPlans().next(r)));
        valid(RecordLesson.class, r -> {
            StaffId teacher = staffIds().next(r);
            StaffId substitute = r.nextInt(5) == 0 ? StaffId.of(teacher.value() + "-sub") : null;
            return new RecordLesson(lessonIds().next(r), classIds().next(r),
                    r.nextInt(5) == 0 ? groupIds().next(r) : null, subjectIds().next(r), schoolDays().next(r),
                    lessonNumbers().next(r), enums(LessonKind.class).next(r), enums(WorkKind.class).next(r),
                    r.nextInt(10) == 0 ? null : topics().next(r), teacher, substitute);
        });
        valid(CorrectLesson.class, r -> new CorrectLesson(lessonIds().next(r),
                r.nextInt(10) == 0 ? null : topics().next(r), enums(WorkKind.class).next(r), reasons().next(r)));
        valid(AssignHomework.class, r -> new AssignHomework(homeworkIds().next(r), lessonIds().next(r),
                homeworkTexts().next(r), schoolDays().next(r)));
        valid(AssignTask.class, r -> new AssignTask(taskIds().next(r), lessonIds().next(r), taskTypes().next(r),
                taskWeights().next(r), r.nextInt(2) == 0 ? null : "задание " + (1 + r.nextInt(20))));
        valid(RecordMark.class, r -> RecordMark.of(taskIds().next(r), studentIds().next(r), marks().next(r)));
        valid(CorrectMark.class, r -> new CorrectMark(taskIds().next(r), studentIds().next(r), marks().next(r),
                reasons().next(r)));
        valid(CancelMark.class, r -> new CancelMark(taskIds().next(r), studentIds().next(r), reasons().next(r)));
        valid(RecordAttendance.class, r -> RecordAttendance.of(lessonIds().next(r), studentIds().next(r),
                attendanceCodes().next(r)));
        valid(CorrectAttendance.class, r -> new CorrectAttendance(lessonIds().next(r), studentIds().next(r),
                r.nextInt(4) == 0 ? null : attendanceCodes().next(r), reasons().next(r)));
        valid(RecordPeriodMark.class, r -> new RecordPeriodMark(studentIds().next(r), subjectIds().next(r),
                studyPeriodIds().next(r), marks().next(r)));
        valid(CorrectPeriodMark.class, r -> new CorrectPeriodMark(studentIds().next(r), subjectIds().next(r),
                studyPeriodIds().next(r), marks().next(r), reasons().next(r)));
        valid(RecordExamResult.class, r -> new RecordExamResult(examResultIds().next(r), studentIds().next(r),
                subjectIds().next(r), enums(ExamKind.class).next(r), schoolDays().next(r), marks().next(r)));
        valid(DeclareOutage.class, r -> {
            var start = schoolHours().next(r);
            return new DeclareOutage(outageIds().next(r), start, start.plusSeconds(600L * (1 + r.nextInt(36))),
                    Gen.elements("нет интернета", "отключение электричества", "сбой сервера").next(r));
        });
        valid(ClosePeriod.class, r -> new ClosePeriod(studyPeriodIds().next(r)));
        valid(ReopenPeriod.class, r -> new ReopenPeriod(studyPeriodIds().next(r), reasons().next(r)));
        valid(RecordPaperReport.class, r -> {
            LocalDate first = schoolDays().next(r);
            return new RecordPaperReport(guardianIds().next(r), studentIds().next(r), first,
                    first.plusDays(r.nextInt(7)));
        });
        valid(CloseSchoolYear.class, r -> new CloseSchoolYear(schoolYearIds().next(r),
                r.nextInt(2) == 0 ? null : OrderRef.of((1 + r.nextInt(300)) + "-о", YEAR_LAST)));
        valid(ReopenSchoolYear.class, r -> new ReopenSchoolYear(schoolYearIds().next(r), reasons().next(r)));
        valid(PromoteClass.class, r -> {
            List<PupilDecision> decisions = new ArrayList<>();
            int n = r.nextInt(3);
            for (int i = 0; i < n; i++) {
                StudentId pupil = StudentId.of("s-" + (i + 1) + "-" + r.nextInt(100));
                decisions.add(switch (r.nextInt(4)) {
                    case 0 -> PupilDecision.conditionalPromotion(pupil, Set.of(subjectIds().next(r)));
                    case 1 -> PupilDecision.repetition(pupil, classIds().next(r));
                    case 2 -> PupilDecision.graduation(pupil);
                    default -> PupilDecision.promotion(pupil, classIds().next(r));
                });
            }
            return new PromoteClass(classIds().next(r), r.nextInt(5) == 0 ? null : classIds().next(r),
                    orderRefs().next(r), YEAR_LAST.plusDays(1 + r.nextInt(92)), decisions);
        });

        cross(OpenSchoolYear.class, c -> List.of(new InvalidCommand(
                with(c, "lastDay", c.firstDay().plusDays(401)), "withinOneYear", "AssertTrue")));
        cross(DefineStudyPeriod.class, c -> List.of(new InvalidCommand(
                with(c, "lastDay", c.firstDay().minusDays(1)), "ordered", "AssertTrue")));
        cross(DeclareOutage.class, c -> List.of(new InvalidCommand(
                with(c, "end", c.start().minusSeconds(60)), "ordered", "AssertTrue")));
        cross(RecordPaperReport.class, c -> List.of(new InvalidCommand(
                with(c, "last", c.first().minusDays(1)), "ordered", "AssertTrue")));
        cross(RecordMovement.class, c -> List.of(new InvalidCommand(
                new RecordMovement(c.student(), MovementKind.WITHDRAWAL, ClassId.of("c-1"), c.order(), c.effective(),
                        Set.of()), "consistent", "AssertTrue")));
        cross(RegisterGuardian.class, c -> List.of(new InvalidCommand(
                new RegisterGuardian(c.id(), c.name(), Contact.of(null, "parent@example.ru", null), false),
                "reachable", "AssertTrue")));
        cross(RecordLesson.class, c -> List.of(new InvalidCommand(
                with(c, "substitute", c.teacher()), "substituteDistinct", "AssertTrue")));
        cross(PromoteClass.class, c -> {
            StudentId pupil = StudentId.of("s-twice");
            return List.of(new InvalidCommand(with(c, "exceptions", List.of(PupilDecision.graduation(pupil),
                    PupilDecision.repetition(pupil, ClassId.of("c-1")))), "eachPupilOnce", "AssertTrue"));
        });
    }

    private Commands() {
    }

    private static <C extends Command> void valid(Class<C> type, Gen<C> gen) {
        VALID.put(type, gen);
    }

    @SuppressWarnings("unchecked")
    private static <C extends Command> void cross(Class<C> type, Function<C, List<InvalidCommand>> breakers) {
        CROSS_FIELD.put(type, c -> breakers.apply((C) c));
    }

    /**
     * Attempts over a known school, by plausible actors: a mix of valid and invalid commands (known
     * identifiers and unknown ones, marks off their scale, duplicates, corrections of entries that do
     * not exist, dates outside the school year, broken Bean Validation constraints), mostly sent by
     * one of the universe's actors and sometimes by a staff member the journal does not know.
     *
     * @param universe what exists before the first command, not null
     * @return the first attempt of a fresh history over that school
     * @see #historiesOver(Universe, int)
     */
    public static Gen<Attempt> over(Universe universe) {
        java.util.Objects.requireNonNull(universe, "universe");
        return r -> new AttemptGenerator(universe).attempt(r);
    }

    /**
     * Histories of attempts over a known school (see {@link #over(Universe)}): later attempts refer to
     * identifiers minted and entries tried by earlier ones, whether or not the journal accepted them.
     * The length is drawn first; a shorter history drawn from the same choices is a prefix of a longer
     * one.
     *
     * @param universe what exists before the first command, not null
     * @param maxLength the longest history, positive
     * @return histories of 1 to {@code maxLength} attempts
     * @throws IllegalArgumentException if {@code maxLength} is not positive
     */
    public static Gen<List<Attempt>> historiesOver(Universe universe, int maxLength) {
        java.util.Objects.requireNonNull(universe, "universe");
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        return r -> new AttemptGenerator(universe).attempts(r, 1 + r.nextInt(maxLength));
    }

    /** @return the command types this class generates: every command of the journal */
    public static Set<Class<? extends Command>> types() {
        return java.util.Collections.unmodifiableSet(VALID.keySet());
    }

    /**
     * @param type the command type, not null
     * @param <C> the command type
     * @return commands of that type that pass the library's Bean Validation
     * @throws IllegalArgumentException if the type is not a command this class knows
     */
    @SuppressWarnings("unchecked")
    public static <C extends Command> Gen<C> valid(Class<C> type) {
        Gen<? extends Command> gen = VALID.get(type);
        if (gen == null) {
            throw new IllegalArgumentException("no generator of " + type.getName());
        }
        return (Gen<C>) gen;
    }

    /** @return valid commands of any type, each type as likely */
    public static Gen<Command> anyValid() {
        List<Gen<? extends Command>> all = List.copyOf(VALID.values());
        return r -> all.get(r.nextInt(all.size())).next(r);
    }

    /**
     * @param type the command type, not null
     * @return commands of that type with one constraint broken, each of the type's breakable
     *     constraints as likely (those that apply to the drawn valid command: an optional value that is
     *     absent cannot be broken inside)
     * @throws IllegalArgumentException if the type is not a command this class knows
     */
    public static Gen<InvalidCommand> invalid(Class<? extends Command> type) {
        Gen<? extends Command> valid = valid(type);
        return r -> {
            List<InvalidCommand> options = breakings(valid.next(r));
            return options.get(r.nextInt(options.size()));
        };
    }

    /**
     * @param type the command type, not null
     * @param field the field path, as in {@link InvalidCommand#field()}
     * @param constraint the constraint's simple name, as in {@link InvalidCommand#constraint()}
     * @return commands of that type with exactly that constraint broken
     * @throws IllegalArgumentException if the type is unknown, or if that constraint cannot be broken
     *     in a hundred drawn commands
     */
    public static Gen<InvalidCommand> invalid(Class<? extends Command> type, String field, String constraint) {
        Gen<? extends Command> valid = valid(type);
        java.util.SplittableRandom probe = new java.util.SplittableRandom(0);
        boolean found = false;
        for (int i = 0; i < 100 && !found; i++) {
            found = breakings(valid.next(probe)).stream()
                    .anyMatch(b -> b.field().equals(field) && b.constraint().equals(constraint));
        }
        if (!found) {
            throw new IllegalArgumentException("cannot break " + type.getSimpleName() + "." + field + " @" + constraint);
        }
        return r -> {
            while (true) {
                for (InvalidCommand b : breakings(valid.next(r))) {
                    if (b.field().equals(field) && b.constraint().equals(constraint)) {
                        return b;
                    }
                }
            }
        };
    }

    /**
     * @param type the command type, not null
     * @return the {@code field @Constraint} names this class breaks for that type, drawn over a
     *     hundred commands from a fixed seed
     */
    public static Set<String> invalidShapes(Class<? extends Command> type) {
        Gen<? extends Command> valid = valid(type);
        java.util.SplittableRandom probe = new java.util.SplittableRandom(0);
        Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < 100; i++) {
            for (InvalidCommand b : breakings(valid.next(probe))) {
                out.add(b.field() + " @" + b.constraint());
            }
        }
        return out;
    }

    /** @return invalid commands of any type */
    public static Gen<InvalidCommand> anyInvalid() {
        List<Class<? extends Command>> all = List.copyOf(VALID.keySet());
        return r -> invalid(all.get(r.nextInt(all.size()))).next(r);
    }

    /**
     * @param command a valid command, not null
     * @return every way this class breaks one constraint of it
     */
    static List<InvalidCommand> breakings(Command command) {
        List<InvalidCommand> out = new ArrayList<>();
        for (Broken b : broken((Record) command, "")) {
            out.add(new InvalidCommand((Command) b.value(), b.path(), b.constraint()));
        }
        Function<Command, List<InvalidCommand>> cross = CROSS_FIELD.get(command.getClass());
        if (cross != null) {
            out.addAll(cross.apply(command));
        }
        return out;
    }

    /** A copy of a record with one constraint broken somewhere inside. */
    private record Broken(Object value, String path, String constraint) {
    }

    /** Breaks each annotated constraint of the record's components, and those of valid nested records. */
    private static List<Broken> broken(Record record, String prefix) {
        List<Broken> out = new ArrayList<>();
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            Field field;
            Object value;
            try {
                field = record.getClass().getDeclaredField(rc.getName());
                value = rc.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String path = prefix + rc.getName();
            Class<?> type = rc.getType();
            boolean hasPattern = field.isAnnotationPresent(Pattern.class);
            if (field.isAnnotationPresent(NotNull.class) && !type.isPrimitive()) {
                out.add(new Broken(with(record, rc.getName(), null), path, "NotNull"));
            }
            if (field.isAnnotationPresent(NotBlank.class)) {
                out.add(new Broken(with(record, rc.getName(), hasPattern ? null : " "), path, "NotBlank"));
            }
            if (field.isAnnotationPresent(NotEmpty.class)) {
                out.add(new Broken(with(record, rc.getName(), List.class.isAssignableFrom(type) ? List.of() : Set.of()),
                        path, "NotEmpty"));
            }
            Size size = field.getAnnotation(Size.class);
            if (size != null && type == String.class) {
                if (size.min() > 0 && !field.isAnnotationPresent(NotBlank.class)) {
                    out.add(new Broken(with(record, rc.getName(), ""), path, "Size"));
                }
                String tooLong = field.isAnnotationPresent(Email.class) ? longEmail(size.max() + 1)
                        : "д".repeat(size.max() + 1);
                out.add(new Broken(with(record, rc.getName(), tooLong), path, "Size"));
            }
            Min min = field.getAnnotation(Min.class);
            if (min != null && type == int.class) {
                out.add(new Broken(with(record, rc.getName(), (int) min.value() - 1), path, "Min"));
            }
            Max max = field.getAnnotation(Max.class);
            if (max != null && type == int.class) {
                out.add(new Broken(with(record, rc.getName(), (int) max.value() + 1), path, "Max"));
            }
            DecimalMin dmin = field.getAnnotation(DecimalMin.class);
            if (dmin != null) {
                out.add(new Broken(with(record, rc.getName(), new BigDecimal(dmin.value()).subtract(new BigDecimal("0.01"))),
                        path, "DecimalMin"));
            }
            DecimalMax dmax = field.getAnnotation(DecimalMax.class);
            if (dmax != null) {
                out.add(new Broken(with(record, rc.getName(), new BigDecimal(dmax.value()).add(new BigDecimal("0.01"))),
                        path, "DecimalMax"));
            }
            if (hasPattern) {
                out.add(new Broken(with(record, rc.getName(), "!!"), path, "Pattern"));
            }
            if (field.isAnnotationPresent(Email.class)) {
                out.add(new Broken(with(record, rc.getName(), "почта.example.ru"), path, "Email"));
            }
            if (field.isAnnotationPresent(Past.class)) {
                out.add(new Broken(with(record, rc.getName(), LocalDate.of(2200, 1, 1)), path, "Past"));
            }
            if (field.isAnnotationPresent(Valid.class) && value instanceof Record nested) {
                for (Broken b : broken(nested, path + ".")) {
                    out.add(new Broken(with(record, rc.getName(), b.value()), b.path(), b.constraint()));
                }
            }
            if (value instanceof Collection<?> elements && !elements.isEmpty() && elementsAre(field, NotNull.class)) {
                Collection<Object> copy = value instanceof List<?> ? new ArrayList<>(elements)
                        : new LinkedHashSet<>(elements);
                if (copy instanceof List<Object> l) {
                    l.set(0, null);
                } else {
                    copy.add(null);
                }
                Broken b = tryBreak(record, rc.getName(), copy, path + (value instanceof List<?> ? "[0]" : "[]"),
                        "NotNull");
                if (b != null) {
                    out.add(b);
                }
            }
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record first
                    && elementsAreValid(field)) {
                for (Broken b : broken(first, path + "[0].")) {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(0, b.value());
                    out.add(new Broken(with(record, rc.getName(), copy), b.path(), b.constraint()));
                }
            }
        }
        return out;
    }

    /** @return a well-formed e-mail address of at least {@code length} characters (labels of 63) */
    private static String longEmail(int length) {
        StringBuilder b = new StringBuilder("parent@");
        while (b.length() + 3 < length) {
            b.append("a".repeat(63)).append('.');
        }
        return b.append("ru").toString();
    }

    private static boolean elementsAreValid(Field field) {
        return elementsAre(field, Valid.class);
    }

    private static boolean elementsAre(Field field, Class<? extends java.lang.annotation.Annotation> annotation) {
        return field.getAnnotatedType() instanceof AnnotatedParameterizedType p
                && p.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(annotation);
    }

    /** @return the record broken so, or null if its constructor refuses the value (a guarded constraint) */
    private static Broken tryBreak(Record record, String component, Object value, String path, String constraint) {
        try {
            return new Broken(with(record, component, value), path, constraint);
        } catch (IllegalStateException | NullPointerException e) {
            return null;
        }
    }

    /**
     * @return a copy of the record with one component replaced, through its canonical constructor
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = components[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + record.getClass().getSimpleName() + " with "
                    + component + " = " + value, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
