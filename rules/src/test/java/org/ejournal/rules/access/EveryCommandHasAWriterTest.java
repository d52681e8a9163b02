package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.AdministratorManagesTheSchool;
import org.ejournal.rules.catalogue.ClassTeacherManagesPupilAndGuardianData;
import org.ejournal.rules.catalogue.OnlyLeadershipReopensPeriods;
import org.ejournal.rules.catalogue.TeachersWriteOnlyForTheirLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command type has a defined writer (POL-1.6): it belongs to exactly one writer rule, its
 * rightful writer gets it accepted, and a pupil, a guardian and a member of staff with no part in it
 * (the records clerk, who reads everything and writes nothing) are refused with an access code.
 */
class EveryCommandHasAWriterTest {

    /** A sample of one command type: what must be there first, who writes it, and the command. */
    record Sample(List<Step> prepare, Actor writer, Command command) {
        @Override
        public String toString() {
            return command.commandName();
        }
    }

    record Step(Actor actor, Command command) {
    }

    private static final Actor MATH_T = MATH_TEACHER;
    private static final Actor CLASS_T = RUS_TEACHER;

    /** One valid sample per command type, in the fixture's school on its Monday. */
    static Map<Class<? extends Command>, Sample> samples() {
        Map<Class<? extends Command>, Sample> m = new LinkedHashMap<>();
        put(m, ADMIN, RegisterStaffMember.of(StaffId.of("t-new"), PersonName.of("Новикова", "Ада", null),
                StaffRole.TEACHER));
        put(m, ADMIN, new OpenSchoolYear(SchoolYearId.of("2027-2028"), LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 5, 31), SchoolCalendar.ofWeek(5)));
        put(m, ADMIN, new DefineStudyPeriod(StudyPeriodId.of("t1"), YEAR, PeriodKind.TRIMESTER, 1, YEAR_FIRST,
                LocalDate.of(2026, 11, 30), GradeRange.of(10, 11)));
        put(m, ADMIN, DefineSubject.of(SubjectId.of("cs"), "Информатика"));
        put(m, ADMIN, new CreateClass(ClassId.of("6a"), YEAR, 6, "А"));
        put(m, ADMIN, new CreateGroup(GroupId.of("5a-g2"), C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)));
        put(m, ADMIN, new RegisterStudent(StudentId.of("s-new"), PersonName.of("Новиков", "Лев", null),
                LocalDate.of(2015, 1, 1)));
        put(m, ADMIN, RecordMovement.transfer(KUZNETSOV, C5A, order("2-у"), LocalDate.of(2026, 10, 6)));
        put(m, ADMIN, new JoinGroup(G5A_1, SIDOROV, LocalDate.of(2026, 10, 6)));
        put(m, ADMIN, new LeaveGroup(G5A_1, PETROV, LocalDate.of(2026, 10, 6)));
        put(m, ADMIN, new AssignClassTeacher(C5B, MATH_TEACHER_ID));
        put(m, ADMIN, SetCurriculumLoad.of(C5A, PE, 3));
        put(m, ADMIN, AssignTeacher.of(C5A, PE, MATH_TEACHER_ID));
        put(m, ADMIN, new ClosePeriod(Q1));
        put(m, ADMIN, new DeclareOutage(OutageId.of("o-1"), at(MONDAY, 8, 0), at(MONDAY, 9, 0), "сервер недоступен"));
        put(m, CLASS_T, new RegisterGuardian(GuardianId.of("g-new"), PersonName.of("Петрова", "Анна", null),
                Contact.of("+74152000002", null, null), true));
        put(m, CLASS_T, new LinkGuardian(IVANOVA_MOTHER, PETROV, Kinship.CUSTODIAN));
        put(m, CLASS_T, new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, MONDAY.minusDays(7), MONDAY.minusDays(1)));
        put(m, MATH_T, new RecordThematicPlan(C5A, MATH, List.of(PlannedTopic.of(1, "Дроби", BigDecimal.ONE))));
        put(m, MATH_T, RecordLesson.of(LessonId.of("l-new"), C5A, MATH, MONDAY, 3, MATH_TEACHER_ID, "Дроби"));
        put(m, MATH_T, new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.ORDINARY, "опечатка"));
        put(m, MATH_T, new AssignHomework(HomeworkId.of("h-new"), LESSON, "№ 12", MONDAY.plusDays(2)));
        put(m, MATH_T, AssignTask.of(TaskId.of("t-new"), LESSON, TaskType.ORAL_ANSWER));
        put(m, MATH_T, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        RecordMark mark = RecordMark.of(TASK, PETROV, FivePoint.of(3));
        put(m, List.of(new Step(MATH_T, mark)), MATH_T, new CorrectMark(TASK, PETROV, FivePoint.of(4), "ошибка"));
        put(m, List.of(new Step(MATH_T, mark)), MATH_T, new CancelMark(TASK, PETROV, "не та работа"));
        put(m, MATH_T, RecordAttendance.of(LESSON, SIDOROV, "н"));
        put(m, List.of(new Step(MATH_T, RecordAttendance.of(LESSON, SIDOROV, "н"))), MATH_T,
                new CorrectAttendance(LESSON, SIDOROV, "б", "справка"));
        put(m, MATH_T, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));
        put(m, List.of(new Step(MATH_T, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)))), MATH_T,
                new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5), "пересчёт"));
        put(m, MATH_T, new RecordExamResult(ExamResultId.of("e-1"), IVANOVA, MATH, ExamKind.INTERMEDIATE_ATTESTATION,
                MONDAY, FivePoint.of(4)));
        put(m, List.of(new Step(ADMIN, new ClosePeriod(Q1))), DIRECTOR, new ReopenPeriod(Q1, "ошибка в отметках"));
        // a past year, ended on the fixture's Monday, with no periods left open: it can be closed
        SchoolYearId past = SchoolYearId.of("2025-2026");
        Step openPast = new Step(ADMIN, new OpenSchoolYear(past, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31),
                SchoolCalendar.ofWeek(5)));
        put(m, List.of(openPast), ADMIN, CloseSchoolYear.of(past));
        put(m, List.of(openPast, new Step(ADMIN, CloseSchoolYear.of(past))), DIRECTOR,
                new ReopenSchoolYear(past, "исправление итоговой отметки"));
        put(m, List.of(new Step(ADMIN, new OpenSchoolYear(NEXT_YEAR, NEXT_FIRST, NEXT_LAST, SchoolCalendar.ofWeek(5))),
                new Step(ADMIN, new CreateClass(C6B, NEXT_YEAR, 6, "Б"))), ADMIN,
                PromoteClass.of(C5B, C6B, order("88-у"), NEXT_FIRST));
        return m;
    }

    private static void put(Map<Class<? extends Command>, Sample> m, Actor writer, Command c) {
        put(m, List.of(), writer, c);
    }

    private static void put(Map<Class<? extends Command>, Sample> m, List<Step> prepare, Actor writer, Command c) {
        m.put(c.getClass(), new Sample(prepare, writer, c));
    }

    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Command>> commandTypes() {
        return Arrays.stream(Command.class.getPermittedSubclasses()).map(c -> (Class<? extends Command>) c)
                .collect(Collectors.toSet());
    }

    @Test
    void POL_1_6_every_command_type_belongs_to_exactly_one_writer_rule() {
        Set<Class<? extends Command>> types = commandTypes();
        assertThat(types).hasSize(35);
        for (Class<? extends Command> type : types) {
            long owners = Stream.of(TeachersWriteOnlyForTheirLessons.COMMANDS,
                    ClassTeacherManagesPupilAndGuardianData.COMMANDS, AdministratorManagesTheSchool.COMMANDS,
                    OnlyLeadershipReopensPeriods.COMMANDS).filter(s -> s.contains(type)).count();
            assertThat(owners).as("writer rules defining %s", type.getSimpleName()).isEqualTo(1);
        }
        // the administrator's rule claims what nobody else does, so that access fails closed; today that is nothing more
        assertThat(types.stream().filter(AdministratorManagesTheSchool::governs))
                .containsExactlyInAnyOrderElementsOf(AdministratorManagesTheSchool.COMMANDS);
    }

    @Test
    void POL_1_6_there_is_a_sample_for_every_command_type() {
        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(commandTypes());
    }

    static Stream<Sample> everySample() {
        return samples().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySample")
    void POL_1_6_the_rightful_writer_is_accepted_and_no_one_else(Sample sample) {
        SchoolFixture f = guarded();
        sample.prepare().forEach(s -> f.accept(s.actor(), s.command()));

        Outcome pupil = f.reject(IVANOVA_PUPIL, sample.command());
        refusedBy(pupil, AccessRules.CODE_PUPIL_WRITES, "POL-1.7");
        Outcome guardian = f.reject(MOTHER, sample.command());
        refusedBy(guardian, AccessRules.CODE_GUARDIAN_WRITES, "POL-3.6");
        Outcome clerk = f.reject(CLERK, sample.command());
        assertThat(clerk.violations()).isNotEmpty().allMatch(Violation::isBlocking)
                .allMatch(v -> isAccessCode(v.code()), "access codes");

        acceptedCleanly(f.journal.execute(sample.writer(), sample.command()));
    }
}
