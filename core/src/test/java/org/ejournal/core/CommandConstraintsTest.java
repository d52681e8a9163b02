package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ejournal.core.command.*;
import org.ejournal.core.internal.CommandValidation;
import org.ejournal.core.model.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Bean Validation constraint declared on a command, or on a value type a command cascades
 * into, gives exactly one violation {@code EJ1100} when it alone is broken, with the command's
 * clause and the path of the broken value — and the table of cases covers every declared constraint,
 * so a constraint added without a case makes {@link #every_declared_constraint_has_a_case()} fail.
 *
 * <p>Case names are {@code Command.property.path @Constraint}; {@code []} stands for an element of
 * a list or set (the cases break the first one, so the violation says {@code [0]}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandConstraintsTest {

    private SchoolFixture school;
    private Validator validator;

    @BeforeAll
    void setUp() {
        school = SchoolFixture.create();
        validator = CommandValidation.defaultValidator(school.clock);
    }

    // ------------------------------------------------------------------ the cases

    /**
     * A command with one constraint broken.
     *
     * @param name {@code Command.path @Constraint}, the constraint it breaks
     * @param command the command
     * @param alsoBroken constraints that cannot hold while this one is broken (same form as name)
     */
    record Broken(String name, Command command, List<String> alsoBroken) {
        @Override
        public String toString() {
            return name;
        }

        List<String> keys() {
            List<String> all = new ArrayList<>(List.of(name));
            all.addAll(alsoBroken);
            return all;
        }
    }

    private static final List<Broken> BROKEN = new ArrayList<>();
    /** The valid commands the cases break, one of each type. */
    private static final Set<Command> BASES = new LinkedHashSet<>();

    private static final PersonName NAME = PersonName.of("Новикова", "Анна", "Игоревна");
    private static final Contact CONTACT = Contact.of("+74152000002", "anna@example.ru",
            "683000, Петропавловск-Камчатский, ул. Ленинская, д. 1");
    private static final String LONG_EMAIL = "anna.novikova@" + "a".repeat(63) + "." + "b".repeat(63) + "."
            + "c".repeat(63) + ".ru";

    static {
        RegisterStaffMember staff = RegisterStaffMember.of(StaffId.of("new-teacher"), NAME, StaffRole.TEACHER);
        broken(staff, "id @NotNull", with(staff, "id", null));
        personName(staff);
        broken(staff, "roles @NotEmpty", with(staff, "roles", Set.of()));
        guarded(staff, "roles[] @NotNull", RegisterStaffMember.class, "roles", nullIn(new HashSet<>()));

        SchoolCalendar calendar = SchoolCalendar.ofWeek(5)
                .withDaysOff(Set.of(LocalDate.of(2027, 11, 4)))
                .withVacation(Vacation.of("осенние каникулы", LocalDate.of(2027, 10, 25), LocalDate.of(2027, 11, 2),
                        GradeRange.ALL));
        OpenSchoolYear year = new OpenSchoolYear(SchoolYearId.of("2027-2028"), LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 5, 31), calendar);
        Vacation vacation = calendar.vacations().get(0);
        broken(year, "id @NotNull", with(year, "id", null));
        broken(year, "firstDay @NotNull", with(year, "firstDay", null));
        broken(year, "lastDay @NotNull", with(year, "lastDay", null));
        broken(year, "withinOneYear @AssertTrue", with(year, "lastDay", year.firstDay().plusDays(401)));
        broken(year, "calendar @NotNull", with(year, "calendar", null));
        broken(year, "calendar.daysPerWeek @Min", with(year, "calendar", with(calendar, "daysPerWeek", 4)));
        broken(year, "calendar.daysPerWeek @Max", with(year, "calendar", with(calendar, "daysPerWeek", 7)));
        broken(year, "calendar.daysOff @NotNull", with(year, "calendar", with(calendar, "daysOff", null)));
        broken(year, "calendar.extraSchoolDays @NotNull",
                with(year, "calendar", with(calendar, "extraSchoolDays", null)));
        broken(year, "calendar.vacations @NotNull", with(year, "calendar", with(calendar, "vacations", null)));
        guarded(year, "calendar.daysOff[] @NotNull", SchoolCalendar.class, "daysOff", nullIn(new HashSet<>()),
                "calendar", v -> with(calendar, "daysOff", v));
        guarded(year, "calendar.extraSchoolDays[] @NotNull", SchoolCalendar.class, "extraSchoolDays",
                nullIn(new HashSet<>()), "calendar", v -> with(calendar, "extraSchoolDays", v));
        guarded(year, "calendar.vacations[] @NotNull", SchoolCalendar.class, "vacations",
                nullIn(new ArrayList<>()), "calendar", v -> with(calendar, "vacations", v));
        String v = "calendar.vacations[].";
        broken(year, v + "name @NotBlank", withVacation(year, calendar, with(vacation, "name", " ")));
        broken(year, v + "name @Size", withVacation(year, calendar, with(vacation, "name", "к".repeat(101))));
        broken(year, v + "first @NotNull", withVacation(year, calendar, with(vacation, "first", null)));
        broken(year, v + "last @NotNull", withVacation(year, calendar, with(vacation, "last", null)));
        broken(year, v + "ordered @AssertTrue",
                withVacation(year, calendar, with(vacation, "last", vacation.first().minusDays(1))));
        broken(year, v + "grades @NotNull", withVacation(year, calendar, with(vacation, "grades", null)));
        gradeRange(year, v + "grades", g -> withVacation(year, calendar, with(vacation, "grades", g)));

        DefineStudyPeriod period = new DefineStudyPeriod(StudyPeriodId.of("q3"), YEAR, PeriodKind.QUARTER, 3,
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 21), GradeRange.of(1, 9));
        broken(period, "id @NotNull", with(period, "id", null));
        broken(period, "year @NotNull", with(period, "year", null));
        broken(period, "kind @NotNull", with(period, "kind", null));
        broken(period, "number @Min", with(period, "number", 0));
        broken(period, "number @Max", with(period, "number", 5));
        broken(period, "firstDay @NotNull", with(period, "firstDay", null));
        broken(period, "lastDay @NotNull", with(period, "lastDay", null));
        broken(period, "ordered @AssertTrue", with(period, "lastDay", period.firstDay().minusDays(1)));
        broken(period, "grades @NotNull", with(period, "grades", null));
        gradeRange(period, "grades", g -> with(period, "grades", g));

        DefineSubject subject = DefineSubject.of(SubjectId.of("bio"), "Биология");
        broken(subject, "id @NotNull", with(subject, "id", null));
        broken(subject, "name @NotBlank", with(subject, "name", "   "));
        broken(subject, "name @Size", with(subject, "name", "Б".repeat(201)));
        broken(subject, "scale @NotNull", with(subject, "scale", null));

        CreateClass schoolClass = new CreateClass(ClassId.of("5v"), YEAR, 5, "В");
        broken(schoolClass, "id @NotNull", with(schoolClass, "id", null));
        broken(schoolClass, "year @NotNull", with(schoolClass, "year", null));
        broken(schoolClass, "grade @Min", with(schoolClass, "grade", 0));
        broken(schoolClass, "grade @Max", with(schoolClass, "grade", 12));
        // a blank letter breaks the pattern too; null is blank but lets @Pattern pass
        broken(schoolClass, "letter @NotBlank", with(schoolClass, "letter", null));
        broken(schoolClass, "letter @Pattern", with(schoolClass, "letter", "в"));

        CreateGroup group = new CreateGroup(GroupId.of("5a-g2"), C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA));
        broken(group, "id @NotNull", with(group, "id", null));
        broken(group, "schoolClass @NotNull", with(group, "schoolClass", null));
        broken(group, "name @NotBlank", with(group, "name", " "));
        broken(group, "name @Size", with(group, "name", "г".repeat(101)));
        broken(group, "members @NotEmpty", with(group, "members", Set.of()));
        guarded(group, "members[] @NotNull", CreateGroup.class, "members", nullIn(new HashSet<>(Set.of(SIDOROV))));

        RegisterStudent student = new RegisterStudent(StudentId.of("s-novikova"), NAME, LocalDate.of(2015, 2, 1));
        broken(student, "id @NotNull", with(student, "id", null));
        personName(student);
        // the journal's clock says it is MONDAY: today is not in the past
        broken(student, "birthDate @Past", with(student, "birthDate", MONDAY));

        RecordMovement movement = RecordMovement.enrolment(StudentId.of("s-novikova"), C5B, order("2-у"),
                LocalDate.of(2026, 10, 12));
        broken(movement, "student @NotNull", with(movement, "student", null));
        broken(movement, "kind @NotNull", with(movement, "kind", null));
        broken(movement, "order @NotNull", with(movement, "order", null));
        broken(movement, "order.number @NotBlank", with(movement, "order", with(movement.order(), "number", "  ")));
        broken(movement, "order.number @Size",
                with(movement, "order", with(movement.order(), "number", "1".repeat(41))));
        broken(movement, "order.date @NotNull", with(movement, "order", with(movement.order(), "date", null)));
        broken(movement, "effective @NotNull", with(movement, "effective", null));
        broken(movement, "academicDebts @NotNull", with(movement, "academicDebts", null));
        // a null debt alone: in a conditional promotion, where debts are expected
        brokenWith(movement, "academicDebts[] @NotNull", with(with(movement, "kind",
                MovementKind.CONDITIONAL_PROMOTION), "academicDebts", nullIn(new HashSet<>())));
        broken(movement, "consistent @AssertTrue", with(movement, "kind", MovementKind.WITHDRAWAL));

        JoinGroup join = new JoinGroup(G5A_1, SIDOROV, LocalDate.of(2026, 10, 12));
        broken(join, "group @NotNull", with(join, "group", null));
        broken(join, "student @NotNull", with(join, "student", null));
        broken(join, "effective @NotNull", with(join, "effective", null));

        LeaveGroup leave = new LeaveGroup(G5A_1, PETROV, LocalDate.of(2026, 10, 12));
        broken(leave, "group @NotNull", with(leave, "group", null));
        broken(leave, "student @NotNull", with(leave, "student", null));
        broken(leave, "effective @NotNull", with(leave, "effective", null));

        RegisterGuardian guardian = new RegisterGuardian(GuardianId.of("g-novikova"), NAME, CONTACT, true);
        broken(guardian, "id @NotNull", with(guardian, "id", null));
        personName(guardian);
        broken(guardian, "contact @NotNull", with(guardian, "contact", null));
        broken(guardian, "contact.phone @Pattern", with(guardian, "contact", with(CONTACT, "phone", "звоните")));
        broken(guardian, "contact.email @Email", with(guardian, "contact", with(CONTACT, "email", "anna.example.ru")));
        broken(guardian, "contact.email @Size", with(guardian, "contact", with(CONTACT, "email", LONG_EMAIL)));
        broken(guardian, "contact.postalAddress @Size",
                with(guardian, "contact", with(CONTACT, "postalAddress", "д".repeat(301))));
        broken(guardian, "reachable @AssertTrue", new RegisterGuardian(guardian.id(), NAME,
                Contact.of(null, "anna@example.ru", null), false));

        LinkGuardian link = new LinkGuardian(IVANOVA_MOTHER, PETROV, Kinship.OTHER);
        broken(link, "guardian @NotNull", with(link, "guardian", null));
        broken(link, "student @NotNull", with(link, "student", null));
        broken(link, "kinship @NotNull", with(link, "kinship", null));

        AssignClassTeacher classTeacher = new AssignClassTeacher(C5B, MATH_TEACHER_ID);
        broken(classTeacher, "schoolClass @NotNull", with(classTeacher, "schoolClass", null));
        broken(classTeacher, "teacher @NotNull", with(classTeacher, "teacher", null));

        SetCurriculumLoad load = new SetCurriculumLoad(C5A, MATH, new BigDecimal("4.5"));
        broken(load, "schoolClass @NotNull", with(load, "schoolClass", null));
        broken(load, "subject @NotNull", with(load, "subject", null));
        broken(load, "hoursPerWeek @NotNull", with(load, "hoursPerWeek", null));
        broken(load, "hoursPerWeek @DecimalMin", with(load, "hoursPerWeek", new BigDecimal("0.49")));
        broken(load, "hoursPerWeek @DecimalMax", with(load, "hoursPerWeek", new BigDecimal("40.01")));

        AssignTeacher teacher = new AssignTeacher(C5A, PE, MATH_TEACHER_ID, G5A_1);
        broken(teacher, "schoolClass @NotNull", with(teacher, "schoolClass", null));
        broken(teacher, "subject @NotNull", with(teacher, "subject", null));
        broken(teacher, "teacher @NotNull", with(teacher, "teacher", null));

        PlannedTopic topic = PlannedTopic.of(1, "Натуральные числа", new BigDecimal("2"));
        RecordThematicPlan plan = new RecordThematicPlan(C5A, MATH,
                List.of(topic, PlannedTopic.of(2, "Обыкновенные дроби", new BigDecimal("1.5"))));
        broken(plan, "schoolClass @NotNull", with(plan, "schoolClass", null));
        broken(plan, "subject @NotNull", with(plan, "subject", null));
        broken(plan, "topics @NotEmpty", with(plan, "topics", List.of()));
        broken(plan, "topics @Size", with(plan, "topics", IntStream.rangeClosed(1, 501)
                .mapToObj(i -> PlannedTopic.of(Math.min(i, 500), "Тема " + i, BigDecimal.ONE)).toList()));
        guarded(plan, "topics[] @NotNull", RecordThematicPlan.class, "topics", nullIn(new ArrayList<>(List.of(topic))));
        String t = "topics[].";
        broken(plan, t + "number @Min", withFirstTopic(plan, with(topic, "number", 0)));
        broken(plan, t + "number @Max", withFirstTopic(plan, with(topic, "number", 501)));
        broken(plan, t + "title @NotBlank", withFirstTopic(plan, with(topic, "title", "\t")));
        broken(plan, t + "title @Size", withFirstTopic(plan, with(topic, "title", "т".repeat(501))));
        broken(plan, t + "hours @NotNull", withFirstTopic(plan, with(topic, "hours", null)));
        broken(plan, t + "hours @DecimalMin", withFirstTopic(plan, with(topic, "hours", new BigDecimal("0.25"))));
        broken(plan, t + "hours @DecimalMax", withFirstTopic(plan, with(topic, "hours", new BigDecimal("100.5"))));

        RecordLesson lesson = new RecordLesson(LessonId.of("l-math-1005-3"), C5A, null, MATH, MONDAY, 3,
                LessonKind.LESSON, WorkKind.ORDINARY, "Вычитание дробей", MATH_TEACHER_ID, null);
        broken(lesson, "id @NotNull", with(lesson, "id", null));
        broken(lesson, "schoolClass @NotNull", with(lesson, "schoolClass", null));
        broken(lesson, "subject @NotNull", with(lesson, "subject", null));
        broken(lesson, "date @NotNull", with(lesson, "date", null));
        broken(lesson, "number @Min", with(lesson, "number", -1));
        broken(lesson, "number @Max", with(lesson, "number", 13));
        broken(lesson, "kind @NotNull", with(lesson, "kind", null));
        broken(lesson, "workKind @NotNull", with(lesson, "workKind", null));
        broken(lesson, "topic @Size", with(lesson, "topic", "т".repeat(501)));
        broken(lesson, "teacher @NotNull", with(lesson, "teacher", null));
        broken(lesson, "substituteDistinct @AssertTrue", lesson.withSubstitute(MATH_TEACHER_ID));

        CorrectLesson correctLesson = new CorrectLesson(LESSON, "Сложение дробей с разными знаменателями",
                WorkKind.ORDINARY, "уточнение темы");
        broken(correctLesson, "lesson @NotNull", with(correctLesson, "lesson", null));
        broken(correctLesson, "topic @Size", with(correctLesson, "topic", "т".repeat(501)));
        broken(correctLesson, "workKind @NotNull", with(correctLesson, "workKind", null));
        reason(correctLesson);

        AssignHomework homework = new AssignHomework(HomeworkId.of("hw-1005-2"), LESSON, "№ 15, 16", MONDAY.plusDays(2));
        broken(homework, "id @NotNull", with(homework, "id", null));
        broken(homework, "lesson @NotNull", with(homework, "lesson", null));
        broken(homework, "text @NotBlank", with(homework, "text", " \n "));
        broken(homework, "text @Size", with(homework, "text", "д".repeat(4001)));
        broken(homework, "due @NotNull", with(homework, "due", null));

        AssignTask task = new AssignTask(TaskId.of("t-math-1005-2-oral"), LESSON, TaskType.ORAL_ANSWER, 1,
                "ответ у доски");
        broken(task, "id @NotNull", with(task, "id", null));
        broken(task, "lesson @NotNull", with(task, "lesson", null));
        broken(task, "type @NotNull", with(task, "type", null));
        // a blank code breaks the pattern too; null is blank but lets @Pattern pass
        broken(task, "type.code @NotBlank", with(task, "type", with(task.type(), "code", null)));
        broken(task, "type.code @Pattern", with(task, "type", with(task.type(), "code", "Oral answer")));
        broken(task, "type.nameRu @NotBlank", with(task, "type", with(task.type(), "nameRu", " ")));
        broken(task, "type.nameRu @Size", with(task, "type", with(task.type(), "nameRu", "о".repeat(101))));
        broken(task, "type.nameEn @NotBlank", with(task, "type", with(task.type(), "nameEn", " ")));
        broken(task, "type.nameEn @Size", with(task, "type", with(task.type(), "nameEn", "o".repeat(101))));
        broken(task, "weight @Min", with(task, "weight", 0));
        broken(task, "weight @Max", with(task, "weight", 11));
        broken(task, "description @Size", with(task, "description", "о".repeat(501)));

        RecordMark mark = RecordMark.of(TASK, IVANOVA, FivePoint.of(5));
        broken(mark, "task @NotNull", with(mark, "task", null));
        broken(mark, "student @NotNull", with(mark, "student", null));
        markValue(mark, "value");

        CorrectMark correctMark = new CorrectMark(TASK, IVANOVA, FivePoint.of(4), "ошибка при вводе");
        broken(correctMark, "task @NotNull", with(correctMark, "task", null));
        broken(correctMark, "student @NotNull", with(correctMark, "student", null));
        markValue(correctMark, "value");
        reason(correctMark);

        CancelMark cancelMark = new CancelMark(TASK, IVANOVA, "ошибка при вводе");
        broken(cancelMark, "task @NotNull", with(cancelMark, "task", null));
        broken(cancelMark, "student @NotNull", with(cancelMark, "student", null));
        reason(cancelMark);

        RecordAttendance attendance = RecordAttendance.of(LESSON, PETROV, "н");
        broken(attendance, "lesson @NotNull", with(attendance, "lesson", null));
        broken(attendance, "student @NotNull", with(attendance, "student", null));
        broken(attendance, "code @NotBlank", with(attendance, "code", "  "));
        broken(attendance, "code @Size", with(attendance, "code", "ннннн"));

        CorrectAttendance correctAttendance = new CorrectAttendance(LESSON, PETROV, "б", "справка из поликлиники");
        broken(correctAttendance, "lesson @NotNull", with(correctAttendance, "lesson", null));
        broken(correctAttendance, "student @NotNull", with(correctAttendance, "student", null));
        broken(correctAttendance, "code @Size", with(correctAttendance, "code", ""));
        reason(correctAttendance);

        RecordPeriodMark periodMark = new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5));
        broken(periodMark, "student @NotNull", with(periodMark, "student", null));
        broken(periodMark, "subject @NotNull", with(periodMark, "subject", null));
        broken(periodMark, "period @NotNull", with(periodMark, "period", null));
        markValue(periodMark, "value");

        CorrectPeriodMark correctPeriodMark = new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4), "пересчёт");
        broken(correctPeriodMark, "student @NotNull", with(correctPeriodMark, "student", null));
        broken(correctPeriodMark, "subject @NotNull", with(correctPeriodMark, "subject", null));
        broken(correctPeriodMark, "period @NotNull", with(correctPeriodMark, "period", null));
        markValue(correctPeriodMark, "value");
        reason(correctPeriodMark);

        RecordExamResult exam = new RecordExamResult(ExamResultId.of("ex-ivanova-math"), IVANOVA, MATH,
                ExamKind.INTERMEDIATE_ATTESTATION, MONDAY, FivePoint.of(5));
        broken(exam, "id @NotNull", with(exam, "id", null));
        broken(exam, "student @NotNull", with(exam, "student", null));
        broken(exam, "subject @NotNull", with(exam, "subject", null));
        broken(exam, "kind @NotNull", with(exam, "kind", null));
        broken(exam, "date @NotNull", with(exam, "date", null));
        markValue(exam, "result");

        DeclareOutage outage = new DeclareOutage(OutageId.of("outage-1"), at(MONDAY, 8, 0), at(MONDAY, 12, 0),
                "нет электричества");
        broken(outage, "id @NotNull", with(outage, "id", null));
        broken(outage, "start @NotNull", with(outage, "start", null));
        broken(outage, "end @NotNull", with(outage, "end", null));
        broken(outage, "ordered @AssertTrue", with(outage, "end", outage.start()));
        broken(outage, "reason @NotBlank", with(outage, "reason", ""));
        broken(outage, "reason @Size", with(outage, "reason", "с".repeat(501)));

        ClosePeriod close = new ClosePeriod(Q1);
        broken(close, "period @NotNull", with(close, "period", null));

        ReopenPeriod reopen = new ReopenPeriod(Q1, "исправление ошибки по приказу № 77");
        broken(reopen, "period @NotNull", with(reopen, "period", null));
        reason(reopen);

        RecordPaperReport report = new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, MONDAY, MONDAY.plusDays(6));
        broken(report, "guardian @NotNull", with(report, "guardian", null));
        broken(report, "student @NotNull", with(report, "student", null));
        broken(report, "first @NotNull", with(report, "first", null));
        broken(report, "last @NotNull", with(report, "last", null));
        broken(report, "ordered @AssertTrue", with(report, "last", MONDAY.minusDays(1)));

        CloseSchoolYear closeYear = new CloseSchoolYear(YEAR, OrderRef.of("101-о", YEAR_LAST));
        broken(closeYear, "year @NotNull", with(closeYear, "year", null));
        broken(closeYear, "order.number @NotBlank", with(closeYear, "order", with(closeYear.order(), "number", " ")));
        broken(closeYear, "order.number @Size",
                with(closeYear, "order", with(closeYear.order(), "number", "1".repeat(41))));
        broken(closeYear, "order.date @NotNull", with(closeYear, "order", with(closeYear.order(), "date", null)));

        ReopenSchoolYear reopenYear = new ReopenSchoolYear(YEAR, "исправление итоговой отметки");
        broken(reopenYear, "year @NotNull", with(reopenYear, "year", null));
        reason(reopenYear);

        PupilDecision debt = PupilDecision.conditionalPromotion(PETROV, Set.of(MATH));
        PromoteClass promote = PromoteClass.of(C5A, ClassId.of("6a-2027"), order("88-у"), LocalDate.of(2027, 9, 1),
                debt, PupilDecision.graduation(SIDOROV));
        broken(promote, "schoolClass @NotNull", with(promote, "schoolClass", null));
        broken(promote, "order @NotNull", with(promote, "order", null));
        broken(promote, "order.number @NotBlank", with(promote, "order", with(promote.order(), "number", "")));
        broken(promote, "order.number @Size", with(promote, "order", with(promote.order(), "number", "1".repeat(41))));
        broken(promote, "order.date @NotNull", with(promote, "order", with(promote.order(), "date", null)));
        broken(promote, "effective @NotNull", with(promote, "effective", null));
        broken(promote, "exceptions @NotNull", with(promote, "exceptions", null));
        guarded(promote, "exceptions[] @NotNull", PromoteClass.class, "exceptions",
                nullIn(new ArrayList<>(List.of(debt))));
        broken(promote, "eachPupilOnce @AssertTrue", with(promote, "exceptions", List.of(debt,
                PupilDecision.graduation(PETROV))));
        String d = "exceptions[].";
        broken(promote, d + "student @NotNull", withFirstDecision(promote, with(debt, "student", null)));
        broken(promote, d + "kind @NotNull", withFirstDecision(promote, with(debt, "kind", null)));
        broken(promote, d + "academicDebts @NotNull", withFirstDecision(promote, with(debt, "academicDebts", null)));
        broken(promote, d + "academicDebts[] @NotNull", withFirstDecision(promote, with(debt, "academicDebts",
                nullIn(new HashSet<>(Set.of(MATH))))));
        broken(promote, d + "consistent @AssertTrue", withFirstDecision(promote, with(debt, "academicDebts",
                Set.of())));
    }

    private static Command withFirstDecision(PromoteClass promote, PupilDecision decision) {
        List<PupilDecision> decisions = new ArrayList<>(promote.exceptions());
        decisions.set(0, decision);
        return with(promote, "exceptions", decisions);
    }

    private static void personName(Command base) {
        PersonName name = (PersonName) component(base, "name");
        broken(base, "name @NotNull", with(base, "name", null));
        broken(base, "name.surname @NotBlank", with(base, "name", with(name, "surname", " ")));
        broken(base, "name.surname @Size", with(base, "name", with(name, "surname", "ф".repeat(101))));
        broken(base, "name.givenName @NotBlank", with(base, "name", with(name, "givenName", "")));
        broken(base, "name.givenName @Size", with(base, "name", with(name, "givenName", "и".repeat(101))));
        broken(base, "name.patronymic @Size", with(base, "name", with(name, "patronymic", "о".repeat(101))));
    }

    private static void markValue(Command base, String property) {
        MarkValue value = (MarkValue) component(base, property);
        broken(base, property + " @NotNull", with(base, property, null));
        broken(base, property + ".scale @NotNull", with(base, property, with(value, "scale", null)));
        broken(base, property + ".symbol @NotBlank", with(base, property, with(value, "symbol", " ")));
        broken(base, property + ".symbol @Size", with(base, property, with(value, "symbol", "123456789")));
    }

    private static void reason(Command base) {
        broken(base, "reason @NotBlank", with(base, "reason", "   "));
        broken(base, "reason @Size", with(base, "reason", "п".repeat(501)));
    }

    /**
     * A grade range 1–11 whose bounds must be ordered: a lower bound above 11 or an upper bound below 1
     * cannot be broken alone — the other bound would have to break its own limit — so those two break
     * together with {@code ordered}.
     */
    private static void gradeRange(Command base, String path, java.util.function.Function<GradeRange, Command> in) {
        broken(base, path + ".from @Min", in.apply(new GradeRange(0, 5)));
        broken(base, path + ".to @Max", in.apply(new GradeRange(5, 12)));
        broken(base, path + ".ordered @AssertTrue", in.apply(new GradeRange(7, 6)));
        brokenWith(base, path + ".from @Max", in.apply(new GradeRange(12, 11)), path + ".ordered @AssertTrue");
        brokenWith(base, path + ".to @Min", in.apply(new GradeRange(1, 0)), path + ".ordered @AssertTrue");
    }

    private static Command withVacation(OpenSchoolYear year, SchoolCalendar calendar, Vacation vacation) {
        return with(year, "calendar", with(calendar, "vacations", List.of(vacation)));
    }

    private static Command withFirstTopic(RecordThematicPlan plan, PlannedTopic topic) {
        List<PlannedTopic> topics = new ArrayList<>(plan.topics());
        topics.set(0, topic);
        return with(plan, "topics", topics);
    }

    private static void broken(Command base, String what, Command command) {
        brokenWith(base, what, command);
    }

    private static void brokenWith(Command base, String what, Command command, String... alsoBroken) {
        assertThat(command.commandName()).isEqualTo(base.commandName());
        BASES.add(base);
        BROKEN.add(new Broken(base.commandName() + "." + what, command,
                Arrays.stream(alsoBroken).map(a -> base.commandName() + "." + a).toList()));
    }

    private static void guarded(Command base, String what, Class<?> bean, String property, Collection<?> value) {
        broken(base, what, with(base, property, value));
    }

    /** A guarded collection of a value the command carries in {@code component}. */
    private static void guarded(Command base, String what, Class<?> bean, String property, Collection<?> value,
            String component, java.util.function.Function<Collection<?>, Object> rebuild) {
        broken(base, what, with(base, component, rebuild.apply(value)));
    }

    private static <C extends Collection<Object>> C nullIn(Collection<?> values) {
        @SuppressWarnings("unchecked")
        C c = (C) values;
        c.add(null);
        return c;
    }

    // ------------------------------------------------------------------ the tests

    Stream<Broken> broken() {
        return BROKEN.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void a_broken_constraint_gives_exactly_one_violation_through_the_journal(Broken c) {
        List<String> identified = validator.validate(c.command()).stream().map(CommandConstraintsTest::key).toList();
        assertThat(identified).as("the constraints the command breaks").containsExactlyInAnyOrderElementsOf(c.keys());

        Outcome.Rejected rejected = school.reject(ADMIN, c.command());

        assertThat(rejected.violations()).as("violations of %s", c.name())
                .extracting(v -> v.concerns().replaceAll("\\[\\d*\\]", "[]"))
                .containsExactlyInAnyOrderElementsOf(c.keys().stream().map(CommandConstraintsTest::concerns).toList());
        assertThat(rejected.violations()).allSatisfy(v -> {
            assertThat(v.code()).isEqualTo(ViolationCodes.INVALID_VALUE);
            // a mark's task is POL-4.4f's own ("a mark is given only for an assigned task")
            String clause = v.concerns().matches("\\w+Mark\\.task") ? "POL-4.4f" : c.command().clause();
            assertThat(v.clause()).isEqualTo(clause);
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageRu()).isNotBlank().matches("(?s).*[А-Яа-яЁё].*");
            assertThat(v.messageEn()).isNotBlank().isNotEqualTo(v.messageRu());
        });
    }

    @Test
    void the_commands_the_cases_break_are_valid_and_of_every_type() {
        assertThat(BASES.stream().<Class<?>>map(Command::getClass).toList())
                .containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
        assertThat(BASES).allSatisfy(base -> assertThat(validator.validate(base)).as(base.commandName()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void the_quick_check_of_the_library_validator_never_holds_for_a_broken_constraint(Broken c) {
        assertThat(CommandValidation.quickConstraints().holds(c.command())).isFalse();
    }

    @Test
    void the_quick_check_holds_for_the_valid_commands_recorded_most_often() {
        var quick = CommandValidation.quickConstraints();
        assertThat(BASES.stream().filter(quick::holds).map(Command::commandName).toList()).contains("RecordMark",
                "CorrectMark", "CancelMark", "RecordAttendance", "CorrectAttendance", "AssignTask", "AssignHomework",
                "CorrectLesson", "RecordPeriodMark", "CorrectPeriodMark");
    }

    @Test
    void every_declared_constraint_has_a_case_and_every_case_a_declared_constraint() {
        List<String> declared = new ArrayList<>();
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            declare(type, type.getSimpleName(), declared);
        }
        List<String> cases = new ArrayList<>();
        BROKEN.forEach(c -> cases.add(c.name()));

        assertThat(Command.class.getPermittedSubclasses()).hasSize(35);
        assertThat(declared).as("each declared constraint is seen once").doesNotHaveDuplicates();
        assertThat(cases).as("one case per constraint").doesNotHaveDuplicates();
        assertThat(cases).as("cases").containsExactlyInAnyOrderElementsOf(declared);
        assertThat(declared).as("the table is not trivially small").hasSizeGreaterThan(180);
    }

    // ------------------------------------------------------------------ metadata and paths

    private void declare(Class<?> type, String prefix, List<String> out) {
        assertThat(prefix.chars().filter(ch -> ch == '.').count()).as("cascade depth at %s", prefix).isLessThan(8);
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        for (ConstraintDescriptor<?> d : bean.getConstraintDescriptors()) {
            out.add(prefix + " " + annotation(d));
        }
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            String path = prefix + "." + p.getPropertyName();
            for (ConstraintDescriptor<?> d : p.getConstraintDescriptors()) {
                out.add(path + " " + annotation(d));
            }
            declareElements(p.getConstrainedContainerElementTypes(), path, out);
            if (p.isCascaded()) {
                declare(p.getElementClass(), path, out);
            }
        }
    }

    private void declareElements(Set<ContainerElementTypeDescriptor> elements, String path, List<String> out) {
        for (ContainerElementTypeDescriptor e : elements) {
            String elementPath = path + "[]";
            for (ConstraintDescriptor<?> d : e.getConstraintDescriptors()) {
                out.add(elementPath + " " + annotation(d));
            }
            declareElements(e.getConstrainedContainerElementTypes(), elementPath, out);
            if (e.isCascaded()) {
                declare(e.getElementClass(), elementPath, out);
            }
        }
    }

    private static String annotation(ConstraintDescriptor<?> d) {
        return "@" + d.getAnnotation().annotationType().getSimpleName();
    }

    /** {@code Command.path @Constraint} of a violation, with {@code []} for any element index. */
    private static String key(ConstraintViolation<Command> v) {
        String path = normalized(v.getPropertyPath());
        return v.getRootBeanClass().getSimpleName() + (path.isEmpty() ? "" : "." + path) + " "
                + annotation(v.getConstraintDescriptor());
    }

    private static String normalized(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                b.append("[]");
            }
            if (n.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT || n.getName() == null) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append('.');
            }
            b.append(n.getName());
        }
        return b.toString();
    }

    /** The {@code concerns} of the violation a key gives: the cases break the first element. */
    private static String concerns(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    // ------------------------------------------------------------------ records

    /** A copy of a record with one component replaced, through its canonical constructor. */
    @SuppressWarnings("unchecked")
    static <R> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (components[i].getName().equals(component)) {
                args[i] = value;
                found = true;
            } else {
                args[i] = component(record, components[i].getName());
            }
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
    }

}
