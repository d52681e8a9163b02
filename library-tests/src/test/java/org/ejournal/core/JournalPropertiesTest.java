package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.ejournal.core.SchoolFixture.*;
import static org.quicktheories.QuickTheory.qt;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejournal.core.*;
import org.ejournal.core.command.*;
import org.ejournal.core.internal.CommandValidation;
import org.ejournal.core.model.*;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.JournalPage;
import org.ejournal.testkit.gen.Attempt;
import org.ejournal.testkit.gen.Commands;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the journal that hold for any command: a rejected command changes nothing, the
 * accepted ones replay into the same journal, and no command type is left without a check and a
 * state change. Commands come from the test kit's {@link Commands#historiesOver} over {@link SchoolFixture}'s
 * school, through {@link QuickTheoriesGens};
 * seeds are fixed so that every run tries the same examples.
 */
class JournalPropertiesTest {

    private static final long SEED = 20_261_005L;
    /** Replays do not validate; one validator spares building a factory per replay. */
    private static final Validator VALIDATOR = CommandValidation.defaultValidator(
            java.time.Clock.fixed(at(MONDAY, 10, 0), KAMCHATKA));

    // ---------------------------------------------------------------- a. rejection changes nothing

    @Test
    void a_rejected_command_leaves_the_journal_exactly_as_it_was() {
        Tally tally = new Tally();
        qt().withFixedSeed(SEED).withExamples(120).withShrinkCycles(300)
                .forAll(QuickTheoriesGens.of(Commands.historiesOver(FixtureUniverse.of(), 40)))
                .checkAssert(attempts -> {
                    SchoolFixture f = SchoolFixture.create();
                    for (Attempt a : attempts) {
                        long size = f.journal.size();
                        long stored = f.store.size(SCHOOL_ID);
                        Outcome o = f.journal.execute(a.actor(), a.command());
                        if (o instanceof Outcome.Rejected rejected) {
                            tally.rejected(a.command(), rejected);
                            assertThat(rejected.violations()).as("violations of %s", a).isNotEmpty()
                                    .anyMatch(Violation::isBlocking);
                            assertThat(f.journal.size()).as("journal size after %s", a).isEqualTo(size);
                            assertThat(f.store.size(SCHOOL_ID)).as("store size after %s", a).isEqualTo(stored);
                            assertThat(f.state()).as("state after %s", a).isEqualTo(SchoolFixture.stateOf(replay(f)));
                        } else {
                            tally.accepted(a.command());
                            assertThat(f.journal.size()).as("journal size after %s", a).isEqualTo(size + 1);
                            assertThat(f.store.size(SCHOOL_ID)).as("store size after %s", a).isEqualTo(size + 1);
                        }
                        f.clock.advance(Duration.ofMinutes(7));
                    }
                });

        // the generator really produces both outcomes, for the reasons it claims to
        assertThat(tally.accepted).as("accepted").isGreaterThan(200);
        assertThat(tally.rejected).as("rejected").isGreaterThan(500);
        assertThat(tally.codes).contains(ViolationCodes.UNKNOWN_REFERENCE, ViolationCodes.OUTSIDE_SCALE,
                ViolationCodes.NOT_IN_CLASS, ViolationCodes.ALREADY_RECORDED, ViolationCodes.UNKNOWN_ATTENDANCE_CODE,
                ViolationCodes.NOTHING_TO_CORRECT, ViolationCodes.OUTSIDE_SCHOOL_YEAR, ViolationCodes.INVALID_VALUE,
                ViolationCodes.DUPLICATE_ID, ViolationCodes.SLOT_TAKEN, ViolationCodes.UNKNOWN_ACTOR,
                ViolationCodes.UNCHANGED, ViolationCodes.INVALID_MOVEMENT, ViolationCodes.NOT_A_TEACHER);
        List<String> core = List.of("RecordMark", "RecordAttendance", "RecordLesson", "AssignTask", "AssignHomework",
                "CorrectMark", "CancelMark", "CorrectAttendance", "CorrectLesson", "RecordPeriodMark");
        assertThat(tally.acceptedTypes).containsAll(core);
        assertThat(tally.rejectedTypes).containsAll(core);
    }

    @Test
    void a_single_random_command_on_a_fresh_journal_is_accepted_whole_or_changes_nothing() {
        qt().withFixedSeed(SEED + 2).withExamples(150).withShrinkCycles(300)
                .forAll(QuickTheoriesGens.of(Commands.over(FixtureUniverse.of()).map(Attempt::command)))
                .checkAssert(command -> {
                    SchoolFixture f = SchoolFixture.create();
                    long size = f.journal.size();
                    Outcome o = f.journal.execute(ADMIN, command);
                    long expected = o.isAccepted() ? size + 1 : size;
                    assertThat(f.journal.size()).isEqualTo(expected);
                    assertThat(f.store.size(SCHOOL_ID)).isEqualTo(expected);
                    assertThat(f.state()).isEqualTo(SchoolFixture.stateOf(replay(f)));
                });
    }

    // ---------------------------------------------------------------- b. replay

    @Test
    void the_accepted_commands_replay_into_an_equal_journal_that_reads_the_same() {
        int[] pagesWithMarks = {0};
        int[] diariesWithMarks = {0};
        qt().withFixedSeed(SEED + 1).withExamples(60).withShrinkCycles(200)
                .forAll(QuickTheoriesGens.of(Commands.historiesOver(FixtureUniverse.of(), 80)))
                .checkAssert(attempts -> {
                    SchoolFixture f = SchoolFixture.create();
                    for (Attempt a : attempts) {
                        f.journal.execute(a.actor(), a.command());
                        f.clock.advance(Duration.ofMinutes(11));
                    }
                    Journal replayed = Journal.builder().school(SchoolFixture.school()).store(f.store)
                            .clock(f.clock).build();

                    assertThat(replayed.size()).isEqualTo(f.journal.size()).isEqualTo(f.store.size(SCHOOL_ID));
                    assertThat(SchoolFixture.stateOf(replayed)).isEqualTo(f.state());
                    for (ClassId c : classesOf(f.journal)) {
                        for (SubjectId s : subjectsOf(f.journal)) {
                            for (StudyPeriodId p : periodsOf(f.journal)) {
                                Answer<JournalPage> page = f.journal.page(DIRECTOR, c, s, p);
                                assertThat(replayed.page(DIRECTOR, c, s, p)).as("page %s %s %s", c, s, p)
                                        .isEqualTo(page);
                                if (page.isGranted() && page.orElseThrow().rows().stream()
                                        .anyMatch(r -> !r.marks().isEmpty())) {
                                    pagesWithMarks[0]++;
                                }
                            }
                        }
                    }
                    for (StudentId s : studentsIn(attempts)) {
                        Answer<Diary> diary = f.journal.diary(DIRECTOR, s, YEAR_FIRST, YEAR_LAST);
                        assertThat(replayed.diary(DIRECTOR, s, YEAR_FIRST, YEAR_LAST)).as("diary of %s", s)
                                .isEqualTo(diary);
                        if (diary.isGranted() && !diary.orElseThrow().marks().isEmpty()) {
                            diariesWithMarks[0]++;
                        }
                    }
                });
        assertThat(pagesWithMarks[0]).as("pages with marks").isGreaterThan(20);
        assertThat(diariesWithMarks[0]).as("diaries with marks").isGreaterThan(20);
    }

    // ---------------------------------------------------------------- c. every command type is handled

    @Test
    void there_is_a_valid_sample_of_every_command_type() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    }

    static Stream<Class<?>> commandTypes() {
        return Arrays.stream(Command.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandTypes")
    void every_command_type_is_checked_and_applied_whole(Class<?> type) {
        SchoolFixture f = SchoolFixture.create();
        Function<SchoolFixture, Command> sample = SAMPLES.get(type);
        assertThat(sample).as("a valid sample of %s in SAMPLES", type.getSimpleName()).isNotNull();
        Command command = sample.apply(f);
        assertThat(command).isInstanceOf(type);
        long size = f.journal.size();

        Outcome[] outcome = new Outcome[1];
        assertThatCode(() -> outcome[0] = f.journal.execute(ADMIN, command))
                .as("executing %s", type.getSimpleName()).doesNotThrowAnyException();

        assertThat(outcome[0].violations()).as("violations of %s", command).noneMatch(Violation::isBlocking);
        assertThat(outcome[0]).isInstanceOf(Outcome.Accepted.class);
        assertThat(((Outcome.Accepted) outcome[0]).events()).singleElement()
                .satisfies(e -> assertThat(e.command()).isEqualTo(command));
        assertThat(f.journal.size()).isEqualTo(size + 1);
        assertThat(f.store.size(SCHOOL_ID)).isEqualTo(size + 1);
        assertThat(SchoolFixture.stateOf(replay(f))).isEqualTo(f.state());
    }

    /** One valid command of each type on a fresh fixture; some first record what they correct. */
    private static final Map<Class<?>, Function<SchoolFixture, Command>> SAMPLES = samples();

    private static Map<Class<?>, Function<SchoolFixture, Command>> samples() {
        Map<Class<?>, Function<SchoolFixture, Command>> m = new LinkedHashMap<>();
        m.put(RegisterStaffMember.class, f -> RegisterStaffMember.of(StaffId.of("t-hist"),
                PersonName.of("Историкова", "Нина", "Львовна"), StaffRole.TEACHER));
        m.put(OpenSchoolYear.class, f -> new OpenSchoolYear(SchoolYearId.of("2027-2028"), LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 5, 31), SchoolCalendar.ofWeek(5)));
        m.put(DefineStudyPeriod.class, f -> new DefineStudyPeriod(StudyPeriodId.of("q3"), YEAR, PeriodKind.QUARTER, 3,
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 20), GradeRange.of(1, 9)));
        m.put(DefineSubject.class, f -> DefineSubject.of(SubjectId.of("hist"), "История"));
        m.put(CreateClass.class, f -> new CreateClass(ClassId.of("6a"), YEAR, 6, "А"));
        m.put(CreateGroup.class, f -> new CreateGroup(GroupId.of("5a-g2"), C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)));
        m.put(RegisterStudent.class, f -> new RegisterStudent(StudentId.of("s-orlova"),
                PersonName.of("Орлова", "Анна", null), LocalDate.of(2015, 6, 1)));
        m.put(RecordMovement.class, f -> RecordMovement.transfer(KUZNETSOV, C5A, order("7-у"), LocalDate.of(2026, 10, 12)));
        m.put(JoinGroup.class, f -> new JoinGroup(G5A_1, SIDOROV, LocalDate.of(2026, 10, 12)));
        m.put(LeaveGroup.class, f -> new LeaveGroup(G5A_1, PETROV, LocalDate.of(2026, 10, 12)));
        m.put(RegisterGuardian.class, f -> new RegisterGuardian(GuardianId.of("g-petrov"),
                PersonName.of("Петров", "Сергей", "Иванович"), Contact.of(null, null, "ул. Ленинская, 1"), false));
        m.put(LinkGuardian.class, f -> new LinkGuardian(IVANOVA_MOTHER, PETROV, Kinship.CUSTODIAN));
        m.put(AssignClassTeacher.class, f -> new AssignClassTeacher(C5B, MATH_TEACHER_ID));
        m.put(SetCurriculumLoad.class, f -> new SetCurriculumLoad(C5A, MATH, new BigDecimal("5.5")));
        m.put(AssignTeacher.class, f -> new AssignTeacher(C5A, PE, DIRECTOR_ID, G5A_1));
        m.put(RecordThematicPlan.class, f -> new RecordThematicPlan(C5A, MATH, List.of(
                PlannedTopic.of(1, "Натуральные числа", BigDecimal.valueOf(10)),
                PlannedTopic.of(2, "Дроби", new BigDecimal("12.5")))));
        m.put(RecordLesson.class, f -> RecordLesson.of(LessonId.of("l-rus-1005-3"), C5A, RUSSIAN, MONDAY, 3,
                RUS_TEACHER_ID, "Имя существительное").withGroup(G5A_1).withSubstitute(DIRECTOR_ID));
        m.put(CorrectLesson.class, f -> new CorrectLesson(LESSON, "Вычитание дробей", WorkKind.PRACTICAL,
                "тема указана неверно"));
        m.put(AssignHomework.class, f -> new AssignHomework(HomeworkId.of("hw-1"), LESSON, "№ 123, 125",
                MONDAY.plusDays(2)));
        m.put(AssignTask.class, f -> new AssignTask(TaskId.of("t-oral"), LESSON, TaskType.ORAL_ANSWER, 2, "У доски"));
        m.put(RecordMark.class, f -> RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        m.put(CorrectMark.class, f -> {
            f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(3)));
            return new CorrectMark(TASK, PETROV, FivePoint.of(4), "ошибка при вводе");
        });
        m.put(CancelMark.class, f -> {
            f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(3)));
            return new CancelMark(TASK, PETROV, "отметка не тому ученику");
        });
        m.put(RecordAttendance.class, f -> RecordAttendance.of(LESSON, SIDOROV, "б"));
        m.put(CorrectAttendance.class, f -> {
            f.accept(MATH_TEACHER, RecordAttendance.of(LESSON, SIDOROV, "н"));
            return new CorrectAttendance(LESSON, SIDOROV, "б", "принесена справка");
        });
        m.put(RecordPeriodMark.class, f -> new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)));
        m.put(CorrectPeriodMark.class, f -> {
            f.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));
            return new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5), "ошибка при вводе");
        });
        m.put(RecordExamResult.class, f -> new RecordExamResult(ExamResultId.of("ex-1"), IVANOVA, MATH,
                ExamKind.INTERMEDIATE_ATTESTATION, LocalDate.of(2026, 10, 10), FivePoint.of(4)));
        m.put(DeclareOutage.class, f -> new DeclareOutage(OutageId.of("o-1"), at(MONDAY, 9, 0), at(MONDAY, 11, 30),
                "отключение электроэнергии"));
        m.put(ClosePeriod.class, f -> new ClosePeriod(Q1));
        m.put(ReopenPeriod.class, f -> {
            f.accept(ADMIN, new ClosePeriod(Q2));
            return new ReopenPeriod(Q2, "исправление ошибки по приказу № 77");
        });
        m.put(RecordPaperReport.class, f -> new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, MONDAY, MONDAY.plusDays(6)));
        m.put(CloseSchoolYear.class, f -> {
            f.endTheYear();
            return new CloseSchoolYear(YEAR, OrderRef.of("101-о", AFTER_THE_YEAR));
        });
        m.put(ReopenSchoolYear.class, f -> {
            f.endTheYear();
            f.accept(ADMIN, CloseSchoolYear.of(YEAR));
            return new ReopenSchoolYear(YEAR, "исправление итоговой отметки по решению педсовета");
        });
        m.put(PromoteClass.class, f -> {
            f.openTheNextYear();
            return PromoteClass.of(C5A, C6A, OrderRef.of("88-у", LocalDate.of(2027, 5, 28)), NEXT_FIRST,
                    PupilDecision.conditionalPromotion(PETROV, Set.of(MATH)), PupilDecision.repetition(SIDOROV, C5A_NEXT));
        });
        return m;
    }

    // ---------------------------------------------------------------- helpers

    /** A new journal over the fixture's store: a replay of its log. */
    private static Journal replay(SchoolFixture f) {
        return Journal.builder().school(SchoolFixture.school()).store(f.store).clock(f.clock).validator(VALIDATOR)
                .build();
    }

    private static List<ClassId> classesOf(Journal journal) {
        List<ClassId> out = new ArrayList<>();
        for (SchoolYear y : SchoolFixture.stateOf(journal).schoolYears()) {
            SchoolFixture.stateOf(journal).classes(y.id()).forEach(c -> out.add(c.id()));
        }
        out.add(ClassId.of("c-unknown"));
        return out;
    }

    private static List<SubjectId> subjectsOf(Journal journal) {
        List<SubjectId> out = new ArrayList<>();
        SchoolFixture.stateOf(journal).subjects().forEach(s -> out.add(s.id()));
        out.add(SubjectId.of("subj-unknown"));
        return out;
    }

    private static List<StudyPeriodId> periodsOf(Journal journal) {
        List<StudyPeriodId> out = new ArrayList<>();
        for (SchoolYear y : SchoolFixture.stateOf(journal).schoolYears()) {
            SchoolFixture.stateOf(journal).studyPeriods(y.id()).forEach(p -> out.add(p.id()));
        }
        out.add(StudyPeriodId.of("p-unknown"));
        return out;
    }

    private static Set<StudentId> studentsIn(List<Attempt> attempts) {
        Set<StudentId> out = new LinkedHashSet<>(FixtureUniverse.of().students());
        for (Attempt a : attempts) {
            if (a.command() instanceof RegisterStudent s) {
                out.add(s.id());
            }
        }
        out.add(StudentId.of("s-unknown"));
        return out;
    }

    /** What the generated commands led to, to show the generator covers what it claims. */
    private static final class Tally {
        int accepted;
        int rejected;
        final Set<String> codes = new HashSet<>();
        final Set<String> acceptedTypes = new HashSet<>();
        final Set<String> rejectedTypes = new HashSet<>();

        void accepted(Command c) {
            accepted++;
            acceptedTypes.add(c.commandName());
        }

        void rejected(Command c, Outcome.Rejected r) {
            rejected++;
            rejectedTypes.add(c.commandName());
            codes.addAll(r.codes());
        }
    }
}
