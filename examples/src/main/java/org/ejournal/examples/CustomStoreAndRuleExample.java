package org.ejournal.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.*;
import org.ejournal.core.view.Diary;

/**
 * Plugging in a custom store and a custom rule: the journal keeps its log in {@link FolderStore} (files
 * of a folder, one folder per school) and judges every lesson by {@link NoLessonsOnSundays}, a rule of
 * the school's own local act, besides whatever else it is given. A lesson dated on a Sunday comes back
 * rejected with the rule's code and clause, and nothing is recorded; then the journal is opened again
 * from the folder, as after a restart, with the same root hash and the same diary.
 */
public final class CustomStoreAndRuleExample {

    static final ZoneId ZONE = ZoneId.of("Asia/Kamchatka");

    /**
     * What the example saw.
     *
     * @param sundayLesson the outcome of the lesson dated on a Sunday
     * @param mondayLesson the outcome of the same lesson dated on the Monday
     * @param size the number of events recorded
     * @param root the log's root hash
     * @param reopenedSize the number of events of the journal reopened from the folder
     * @param reopenedRoot the root of the reopened journal
     * @param sameDiary whether the reopened journal gives the same diary
     * @param reopenedIntact whether the reopened journal's log verifies
     * @param reopenedRejectsSunday whether the reopened journal still rejects a Sunday lesson by the rule
     * @param files the files of the school's folder
     */
    public record Result(Outcome sundayLesson, Outcome mondayLesson, long size, Hash root, long reopenedSize,
            Hash reopenedRoot, boolean sameDiary, boolean reopenedIntact, boolean reopenedRejectsSunday,
            List<String> files) {
    }

    private CustomStoreAndRuleExample() {
    }

    /**
     * Runs the example.
     *
     * @param folder the folder for the store (a school's log goes into a subfolder)
     * @param out where to print
     * @return what it saw
     */
    public static Result run(Path folder, PrintStream out) {
        School school = School.builder().id(SchoolId.of("school-3")).name("МБОУ «Школа № 3»").zone(ZONE).build();
        SimulatedClock clock = new SimulatedClock(LocalDateTime.of(2026, 9, 1, 8, 0), ZONE);
        FolderStore store = FolderStore.open(folder);
        Journal journal = Journal.builder().school(school).store(store).rule(new NoLessonsOnSundays()).clock(clock)
                .build();

        Actor admin = Actor.system("installer");
        var year = SchoolYearId.of("2026-2027");
        var teacher = StaffId.of("t-1");
        var pupil = StudentId.of("s-1");
        ClassId c5a = ClassId.of("5a");
        SubjectId math = SubjectId.of("math");
        journal.execute(admin, RegisterStaffMember.of(teacher, PersonName.of("Петрова", "Анна", "Ивановна"),
                StaffRole.TEACHER));
        journal.execute(admin, new OpenSchoolYear(year, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
                SchoolCalendar.ofWeek(5)));
        journal.execute(admin, DefineSubject.of(math, "Математика"));
        journal.execute(admin, new CreateClass(c5a, year, 5, "А"));
        journal.execute(admin, new RegisterStudent(pupil, PersonName.of("Иванова", "Мария", null), null));
        journal.execute(admin, RecordMovement.enrolment(pupil, c5a, OrderRef.of("12-у", LocalDate.of(2026, 8, 28)),
                LocalDate.of(2026, 9, 1)));

        Actor petrova = Actor.staff(teacher);
        LocalDate sunday = LocalDate.of(2026, 10, 4);
        LocalDate monday = sunday.plusDays(1);
        clock.set(monday.atTime(12, 0));
        out.println("Custom store: " + store.folder().getFileName() + " (" + FolderStore.class.getSimpleName()
                + "); custom rule: " + new NoLessonsOnSundays().id());
        out.println();
        out.println("A lesson dated on Sunday " + sunday + ":");
        long before = journal.size();
        Outcome onSunday = journal.execute(petrova, RecordLesson.of(LessonId.of("l-1"), c5a, math, sunday, 2,
                teacher, "Сложение дробей"));
        print(onSunday, out);
        out.println("  events in the log: " + before + " before, " + journal.size() + " after (nothing recorded)");
        Outcome onMonday = journal.execute(petrova, RecordLesson.of(LessonId.of("l-1"), c5a, math, monday, 2,
                teacher, "Сложение дробей"));
        out.println("The same lesson on Monday " + monday + ": " + (onMonday.isAccepted() ? "accepted" : "rejected"));
        journal.execute(petrova, AssignTask.of(TaskId.of("t-1"), LessonId.of("l-1"), TaskType.CLASS_WORK));
        journal.execute(petrova, RecordMark.of(TaskId.of("t-1"), pupil, FivePoint.of(5)));
        Diary diary = journal.diary(petrova, pupil, monday, monday).orElseThrow();

        Journal reopened = Journal.builder().school(school).store(FolderStore.open(folder))
                .rule(new NoLessonsOnSundays()).clock(clock).build();
        boolean sameDiary = reopened.diary(petrova, pupil, monday, monday).orElseThrow().equals(diary);
        boolean intact = reopened.verify().isIntact();
        boolean stillRejects = !reopened.execute(petrova, RecordLesson.of(LessonId.of("l-2"), c5a, math, sunday, 3,
                teacher, "Вычитание дробей")).isAccepted();
        List<String> files;
        try (var list = Files.list(folder.resolve("school-3"))) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.println("Reopened from the folder " + folder.getFileName() + "/school-3 " + files + ":");
        out.println("  " + reopened.size() + " events (were " + journal.size() + "), root " + reopened.root().toHex()
                .substring(0, 16) + "… (was " + journal.root().toHex().substring(0, 16) + "…), every hash checked: "
                + (intact ? "intact" : "BROKEN"));
        out.println("  the same diary: " + (sameDiary ? "yes" : "NO") + "; the rule still applies: "
                + (stillRejects ? "yes" : "NO"));
        return new Result(onSunday, onMonday, journal.size(), journal.root(), reopened.size(), reopened.root(),
                sameDiary, intact, stillRejects, files);
    }

    private static void print(Outcome outcome, PrintStream out) {
        out.println("  " + (outcome.isAccepted() ? "accepted" : "rejected") + ":");
        for (Violation v : outcome.violations()) {
            out.println("  " + v.code() + " [" + v.clause() + "] " + v.severity() + " " + v.concerns() + ": "
                    + v.message(Locale.forLanguageTag("ru")));
        }
    }

    /**
     * Runs the example.
     *
     * @param args the folder for the store, made afresh; by default a new temporary folder
     * @throws IOException if the folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("ejournal-folder-store");
        if (Files.exists(folder.resolve("school-3"))) {
            try (var files = Files.walk(folder.resolve("school-3"))) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        run(folder, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
