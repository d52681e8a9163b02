package org.ejournal.core.codec;

import static org.ejournal.core.SchoolFixture.*;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;

/**
 * Events for the codec's tests: a valid sample of every command type, an event around a given
 * command, and sets reordered. Random events are in the library tests ({@code RandomEvents}, over the
 * test kit's generators).
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
        m.put(JoinGroup.class, new JoinGroup(G5A_1, SIDOROV, LocalDate.of(2026, 10, 12)));
        m.put(LeaveGroup.class, new LeaveGroup(G5A_1, PETROV, LocalDate.of(2026, 10, 12)));
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
