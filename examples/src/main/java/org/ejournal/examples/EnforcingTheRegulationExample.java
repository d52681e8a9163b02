package org.ejournal.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ejournal.core.Actor;
import org.ejournal.core.Answer;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.view.Diary;
import org.ejournal.rules.Profile;
import org.ejournal.rules.ProfileFile;
import org.ejournal.rules.Regulation;

/**
 * Enforcing the regulation: the school's profile (its local act) is read from a file with
 * {@link ProfileFile#read(Path)}, the journal is built with {@link Regulation#journal}, and the example
 * shows what comes back, with codes, clauses and Russian messages, for
 * <ul>
 *   <li>a late mark: under the default profile a warning (REG-7, EJ2215) recorded with the accepted mark;
 *       under this school's file, which makes {@code MarksAreEnteredWithinTheDeadline} {@code BLOCKING}, a
 *       rejection;</li>
 *   <li>a change in a closed period: rejected (REC-6.4, EJ2300);</li>
 *   <li>a guardian reading another child's diary: a refused {@link Answer} (POL-3.6, POL-8.2).</li>
 * </ul>
 */
public final class EnforcingTheRegulationExample {

    static final ZoneId ZONE = ZoneId.of("Asia/Kamchatka");
    static final String PROFILE_RESOURCE = "local-act.json";

    static final StaffId ADMIN = StaffId.of("admin");
    static final StaffId TEACHER = StaffId.of("t-math");
    static final SchoolYearId YEAR = SchoolYearId.of("2026-2027");
    static final StudyPeriodId Q1 = StudyPeriodId.of("q1");
    static final ClassId C5A = ClassId.of("5a");
    static final SubjectId MATH = SubjectId.of("math");
    static final StudentId MARIA = StudentId.of("s-1");
    static final StudentId IVAN = StudentId.of("s-2");
    static final GuardianId MOTHER = GuardianId.of("g-1");
    static final LocalDate LESSON_DAY = LocalDate.of(2026, 10, 5);
    static final TaskId TASK = TaskId.of("t-1");

    /**
     * What the example saw.
     *
     * @param profile the profile read from the file
     * @param lateMarkByDefault the late mark under the default profile
     * @param lateMarkByTheFile the same late mark under the school's profile
     * @param closedPeriod a correction after the quarter was closed
     * @param forbiddenRead the guardian's read of another child's diary
     * @param ownChildsRead the guardian's read of her own child's diary
     */
    public record Result(Profile profile, Outcome lateMarkByDefault, Outcome lateMarkByTheFile,
            Outcome closedPeriod, Answer<Diary> forbiddenRead, Answer<Diary> ownChildsRead) {
    }

    private EnforcingTheRegulationExample() {
    }

    /**
     * Copies the example's profile file (a resource beside this class) into a folder, as a school would
     * keep its local act on disk.
     *
     * @param folder the folder
     * @return the file written
     */
    public static Path writeProfileFile(Path folder) {
        Path file = folder.resolve(PROFILE_RESOURCE);
        try (InputStream in = Objects.requireNonNull(
                EnforcingTheRegulationExample.class.getResourceAsStream(PROFILE_RESOURCE), PROFILE_RESOURCE)) {
            Files.createDirectories(folder);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A school of one class under the regulation with a profile, its lesson of 5 October recorded. */
    private static final class SchoolUnder {
        final SimulatedClock clock = new SimulatedClock(LocalDateTime.of(2026, 8, 28, 9, 0), ZONE);
        final Journal journal;
        final Actor admin = Actor.staff(ADMIN);
        final Actor teacher = Actor.staff(TEACHER);

        SchoolUnder(Profile profile) {
            School school = School.builder().id(SchoolId.of("school-2")).name("МБОУ «Гимназия № 2»").zone(ZONE)
                    .build();
            journal = Regulation.journal(school, profile).store(InMemoryStore.create()).clock(clock).build();
            accept(Actor.system("installer"), RegisterStaffMember.of(ADMIN, PersonName.of("Админова", "Анна",
                    "Сергеевна"), StaffRole.JOURNAL_ADMINISTRATOR));
            accept(admin, RegisterStaffMember.of(TEACHER, PersonName.of("Петрова", "Елена", "Ивановна"),
                    StaffRole.TEACHER));
            accept(admin, new OpenSchoolYear(YEAR, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
                    SchoolCalendar.ofWeek(5)));
            accept(admin, new DefineStudyPeriod(Q1, YEAR, PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 10, 25), GradeRange.of(1, 9)));
            accept(admin, DefineSubject.of(MATH, "Математика"));
            accept(admin, new CreateClass(C5A, YEAR, 5, "А"));
            accept(admin, new SetCurriculumLoad(C5A, MATH, BigDecimal.valueOf(5)));
            accept(admin, AssignTeacher.of(C5A, MATH, TEACHER));
            accept(admin, new RegisterStudent(MARIA, PersonName.of("Иванова", "Мария", null), null));
            accept(admin, new RegisterStudent(IVAN, PersonName.of("Петров", "Иван", null), null));
            for (StudentId pupil : List.of(MARIA, IVAN)) {
                accept(admin, RecordMovement.enrolment(pupil, C5A, OrderRef.of("45-у", LocalDate.of(2026, 8, 28)),
                        LocalDate.of(2026, 9, 1)));
            }
            accept(admin, new RegisterGuardian(MOTHER, PersonName.of("Иванова", "Светлана", "Викторовна"),
                    Contact.of("+74152000001", null, null), true));
            accept(admin, new LinkGuardian(MOTHER, MARIA, Kinship.MOTHER));
            clock.set(LESSON_DAY.atTime(11, 0));
            accept(teacher, RecordLesson.of(LessonId.of("l-1"), C5A, MATH, LESSON_DAY, 2, TEACHER,
                    "Сложение дробей"));
            accept(teacher, AssignTask.of(TASK, LessonId.of("l-1"), TaskType.CLASS_WORK));
            accept(teacher, RecordMark.of(TASK, MARIA, FivePoint.of(5)));
        }

        void accept(Actor actor, Command command) {
            Outcome o = journal.execute(actor, command);
            if (!o.isAccepted() || !o.violations().isEmpty()) {
                throw new IllegalStateException("the example's set-up was not accepted cleanly: " + command + " → "
                        + o.violations());
            }
        }

        /** Ivan's mark for the work of 5 October, entered a week later: REG-7 gives 3 days. */
        Outcome lateMark() {
            clock.set(LocalDateTime.of(2026, 10, 12, 15, 0));
            return journal.execute(teacher, RecordMark.of(TASK, IVAN, FivePoint.of(4)));
        }
    }

    /**
     * Runs the example.
     *
     * @param profileFile the school's profile file
     * @param out where to print
     * @return what it saw
     */
    public static Result run(Path profileFile, PrintStream out) {
        Profile profile = ProfileFile.read(profileFile);
        out.println("The school's profile, read from " + profileFile.getFileName() + ": «" + profile.policyVersion()
                + "»");
        out.println();

        out.println("1. A mark entered a week after the work (REG-7: within 3 days)");
        out.println("   under the default profile:");
        Outcome byDefault = new SchoolUnder(Profile.defaults()).lateMark();
        print(byDefault, out);
        SchoolUnder school = new SchoolUnder(profile);
        out.println("   under the school's profile (MarksAreEnteredWithinTheDeadline: BLOCKING):");
        Outcome byTheFile = school.lateMark();
        print(byTheFile, out);

        out.println("2. A correction after the administrator closed the first quarter (REC-6.4):");
        school.clock.set(LocalDateTime.of(2026, 10, 26, 9, 0));
        school.accept(school.admin, new ClosePeriod(Q1));
        Outcome closed = school.journal.execute(school.teacher, new CorrectMark(TASK, MARIA, FivePoint.of(4),
                "пересмотр работы"));
        print(closed, out);

        out.println("3. A guardian opens another child's diary (POL-3.6, POL-8.2):");
        Actor mother = Actor.guardian(MOTHER);
        Answer<Diary> forbidden = school.journal.diary(mother, IVAN, LESSON_DAY, LESSON_DAY);
        out.println("   " + (forbidden.isGranted() ? "granted" : "refused") + ":");
        if (forbidden instanceof Answer.Refused<Diary> refused) {
            refused.violations().forEach(v -> out.println("   " + describe(v)));
        }
        Answer<Diary> own = school.journal.diary(mother, MARIA, LESSON_DAY, LESSON_DAY);
        out.println("   her own child's diary: " + (own.isGranted() ? "granted, " + own.orElseThrow().marks().size()
                + " mark(s)" : "refused"));
        return new Result(profile, byDefault, byTheFile, closed, forbidden, own);
    }

    static String describe(Violation v) {
        return v.code() + " [" + v.clause() + "] " + v.severity() + ": " + v.message(Locale.forLanguageTag("ru"));
    }

    private static void print(Outcome outcome, PrintStream out) {
        out.println("   " + (outcome.isAccepted() ? "accepted" + (outcome.violations().isEmpty() ? "" : ", with")
                : "rejected, nothing recorded:"));
        outcome.violations().forEach(v -> out.println("   " + describe(v)));
    }

    /**
     * Runs the example.
     *
     * @param args the profile file to read; by default the example's own, copied into a temporary folder
     * @throws IOException if the temporary folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0])
                : writeProfileFile(Files.createTempDirectory("ejournal-profile"));
        run(file, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
