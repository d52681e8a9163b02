package org.ejournal.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.Answer;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Violation;
import org.ejournal.storage.jdbc.JdbcStore;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;

/**
 * The main job until the command line exists: sets up a small school in Petropavlovsk-Kamchatsky
 * under the regulation's rules (the default profile), records two weeks of mathematics in 5А —
 * lessons, tasks, marks, absences, homework, a correction — shows what a bad entry gets back, prints
 * the journal page, a diary and a mark's history, then shows the regulation at work: a late mark, a
 * pupil who tries to write, a guardian who reads another child's diary, a closed period, and an audit
 * of the whole log. The journal lives in an SQLite file (the embedded default), made afresh at each
 * run; at the end the demo opens the file again, as a host would after a restart, and checks that
 * the journal reads back exactly as it was.
 * Deterministic: the same output every run.
 */
public final class Demo {

    static final ZoneId ZONE = ZoneId.of("Asia/Kamchatka");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    private final PrintStream out;
    private final SimulatedClock clock = new SimulatedClock(LocalDateTime.of(2026, 8, 28, 9, 0), ZONE);
    private final Journal journal;
    private final School school;
    private final Path database;
    private final JdbcStore store;
    private int accepted;
    private int rejected;

    Demo(PrintStream out, Path database) {
        this.out = out;
        this.database = database;
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(database + suffix));
            }
            Files.createDirectories(database.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo's database " + database, e);
        }
        this.store = JdbcStore.sqlite(database);
        this.school = School.builder().id(SchoolId.of("pk-school-1")).name("МБОУ «Средняя школа № 1»")
                .zone(ZONE).build();
        this.journal = Regulation.journal(school, Profile.defaults()).store(store).clock(clock).build();
    }

    /**
     * Runs the demo.
     *
     * @param args the SQLite file to record into (made afresh); by default {@code ejournal-demo.db} in the
     *     system's temporary folder
     */
    public static void main(String[] args) {
        Path database = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("java.io.tmpdir"), "ejournal-demo.db");
        new Demo(new PrintStream(System.out, true, StandardCharsets.UTF_8), database).run();
    }

    private Outcome execute(Actor actor, Command command) {
        Outcome o = journal.execute(actor, command);
        if (o.isAccepted()) {
            accepted++;
        } else {
            rejected++;
        }
        return o;
    }

    void run() {
        Actor installer = Actor.system("installer");
        StaffId adminId = StaffId.of("admin");
        StaffId teacherId = StaffId.of("t-math");
        Actor admin = Actor.staff(adminId);
        Actor teacher = Actor.staff(teacherId);
        SchoolYearId year = SchoolYearId.of("2026-2027");
        ClassId c5a = ClassId.of("5a");
        SubjectId math = SubjectId.of("math");
        StudyPeriodId q1 = StudyPeriodId.of("q1");

        execute(installer, RegisterStaffMember.of(adminId, PersonName.of("Админова", "Анна", "Сергеевна"),
                StaffRole.JOURNAL_ADMINISTRATOR));
        execute(admin, RegisterStaffMember.of(teacherId, PersonName.of("Петрова", "Елена", "Ивановна"),
                StaffRole.TEACHER));
        execute(admin, new OpenSchoolYear(year, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
                SchoolCalendar.ofWeek(5).withVacation(Vacation.of("осенние каникулы", LocalDate.of(2026, 10, 26),
                        LocalDate.of(2026, 11, 3), GradeRange.ALL))));
        execute(admin, new DefineStudyPeriod(q1, year, PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 25), GradeRange.of(1, 9)));
        execute(admin, DefineSubject.of(math, "Математика"));
        execute(admin, new CreateClass(c5a, year, 5, "А"));
        execute(admin, new SetCurriculumLoad(c5a, math, BigDecimal.valueOf(5)));
        execute(admin, AssignTeacher.of(c5a, math, teacherId));
        String[][] names = {{"Иванова", "Мария"}, {"Петров", "Иван"}, {"Сидоров", "Пётр"}, {"Алексеева", "Дарья"},
            {"Кузнецов", "Артём"}, {"Смирнова", "Анна"}};
        List<StudentId> pupils = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            StudentId id = StudentId.of("s-" + (i + 1));
            pupils.add(id);
            execute(admin, new RegisterStudent(id, PersonName.of(names[i][0], names[i][1], null), null));
            execute(admin, RecordMovement.enrolment(id, c5a, OrderRef.of("45-у", LocalDate.of(2026, 8, 28)),
                    LocalDate.of(2026, 9, 1)));
        }

        Random random = new Random(2026);
        String[] topics = {"Натуральные числа", "Сложение и вычитание", "Умножение", "Деление с остатком",
            "Упрощение выражений", "Уравнения", "Задачи на движение", "Площадь прямоугольника", "Объём", "Контрольная работа"};
        int n = 0;
        for (LocalDate d = LocalDate.of(2026, 10, 5); d.isBefore(LocalDate.of(2026, 10, 17)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            clock.set(d.atTime(11, 0));
            LessonId lesson = LessonId.of("l-" + d);
            boolean test = n == topics.length - 1;
            RecordLesson entry = RecordLesson.of(lesson, c5a, math, d, 2, teacherId, topics[n++]);
            execute(teacher, test ? entry.withWorkKind(WorkKind.TEST) : entry);
            TaskId task = TaskId.of("t-" + d);
            execute(teacher, new AssignTask(task, lesson, test ? TaskType.TEST_PAPER : TaskType.CLASS_WORK,
                    test ? 3 : 1, null));
            execute(teacher, new AssignHomework(HomeworkId.of("h-" + d), lesson, "№ " + (100 + n * 7) + ", "
                    + (101 + n * 7), d.plusDays(1)));
            for (StudentId p : pupils) {
                if (random.nextInt(12) == 0) {
                    execute(teacher, RecordAttendance.of(lesson, p, random.nextBoolean() ? "н" : "б"));
                } else if (test || random.nextInt(3) == 0) {
                    execute(teacher, RecordMark.of(task, p, FivePoint.of(2 + Math.min(3, random.nextInt(5)))));
                }
            }
        }

        out.println("ejournal demo — " + journal.school().name() + " (" + ZONE + ")");
        out.println();
        out.println("What a bad entry gets back (nothing is recorded):");
        TaskId someTask = TaskId.of("t-2026-10-05");
        show(execute(teacher, RecordMark.of(someTask, pupils.get(0), FivePoint.of(6))));
        show(execute(teacher, RecordMark.of(someTask, StudentId.of("s-404"), FivePoint.of(4))));
        show(execute(teacher, RecordLesson.of(LessonId.of("l-summer"), c5a, math, LocalDate.of(2027, 7, 1), 1,
                teacherId, "Летняя школа")));
        out.println();

        clock.set(LocalDateTime.of(2026, 10, 16, 16, 0));
        TaskId correctedTask = TaskId.of("t-2026-10-06");
        StudentId corrected = pupils.stream().filter(p -> journal.diary(teacher, p, LocalDate.of(2026, 10, 6),
                LocalDate.of(2026, 10, 6)).orElseThrow().marks().size() == 1).findFirst().orElseThrow();
        MarkValue before = journal.diary(teacher, corrected, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 6))
                .orElseThrow().marks().get(0).value();
        MarkValue after = FivePoint.of(before.symbol().equals("5") ? 4 : Integer.parseInt(before.symbol()) + 1);
        execute(teacher, new CorrectMark(correctedTask, corrected, after, "ошибка при вводе: перепутаны строки"));

        JournalPage page = journal.page(teacher, c5a, math, q1).orElseThrow();
        printPage(page);
        out.println();
        Diary diary = journal.diary(teacher, pupils.get(0), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16))
                .orElseThrow();
        out.println("Дневник: " + page.row(pupils.get(0)).orElseThrow().name().fullName() + ", 12–16 октября");
        for (Diary.Day day : diary.days()) {
            for (Diary.DiaryLesson l : day.lessons()) {
                out.printf("  %s  %d. %-11s %-28s д/з: %-16s %s%s%n", DAY.format(day.date()), l.lesson().number(),
                        l.subjectName(), l.lesson().topic().orElse(""),
                        l.homework().isEmpty() ? "" : l.homework().get(0).text(),
                        l.marks().stream().map(m -> m.value().symbol()).toList(),
                        l.attendance().map(a -> " " + a.code()).orElse(""));
            }
        }
        out.println();
        out.println("История отметки (REC-1.7):");
        journal.history(admin, EntryRef.mark(correctedTask, corrected)).orElseThrow().revisions()
                .forEach(r -> out.println("  #" + r.sequence() + " " + r.action() + " " + r.actor().describe() + ": "
                        + r.before().orElse("—") + " → " + r.after().orElse("—") + r.reason().map(s -> " («" + s + "»)")
                                .orElse("")));
        regulation(admin, teacher, pupils, q1);
        out.println();
        out.println("Commands: " + accepted + " accepted, " + rejected + " rejected; events in the log: "
                + journal.size());
        reopen(teacher, q1);
    }

    /** Opens the SQLite file again, as after a restart: the journal reads back exactly as it was. */
    private void reopen(Actor teacher, StudyPeriodId q1) {
        store.close();
        JdbcStore again = JdbcStore.sqlite(database);
        Journal reopened = Regulation.journal(school, Profile.defaults()).store(again).clock(clock).build();
        ClassId c5a = ClassId.of("5a");
        SubjectId math = SubjectId.of("math");
        boolean same = reopened.size() == journal.size() && reopened.root().equals(journal.root())
                && reopened.page(teacher, c5a, math, q1).orElseThrow().equals(journal.page(teacher, c5a, math, q1).orElseThrow())
                && reopened.verify().isIntact();
        again.close();
        out.println("Reopened from the SQLite file " + database.getFileName() + ": " + reopened.size()
                + " events, every hash checked; the same journal: " + (same ? "yes" : "NO"));
    }

    private void regulation(Actor admin, Actor teacher, List<StudentId> pupils, StudyPeriodId q1) {
        out.println();
        out.println("The regulation at work:");
        LocalDate day = LocalDate.of(2026, 10, 14);
        TaskId task = TaskId.of("t-" + day);
        StudentId unmarked = pupils.stream().filter(p -> journal.diary(teacher, p, day, day).orElseThrow().days()
                .get(0).lessons().get(0).marks().isEmpty() && journal.diary(teacher, p, day, day).orElseThrow()
                        .days().get(0).lessons().get(0).attendance().isEmpty()).findFirst().orElseThrow();
        clock.set(LocalDateTime.of(2026, 10, 21, 12, 0));
        out.println("  a mark entered a week after the work (REG-7: 3 days):");
        show(execute(teacher, RecordMark.of(task, unmarked, FivePoint.of(4))));
        out.println("  a pupil tries to give herself a mark (POL-1.7):");
        show(execute(Actor.student(pupils.get(0)), RecordMark.of(task, pupils.get(0), FivePoint.of(5))));
        GuardianId mother = GuardianId.of("g-1");
        execute(admin, new RegisterGuardian(mother, PersonName.of("Иванова", "Светлана", "Викторовна"),
                Contact.of("+74152000001", null, null), true));
        execute(admin, new LinkGuardian(mother, pupils.get(0), Kinship.MOTHER));
        out.println("  a guardian opens another child's diary (POL-3.6, POL-8.2):");
        if (journal.diary(Actor.guardian(mother), pupils.get(1), day, day) instanceof Answer.Refused<Diary> refused) {
            printRefusal(refused.violations());
        }
        out.println("  her own child's diary: " + journal.diary(Actor.guardian(mother), pupils.get(0),
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16)).orElseThrow().marks().size() + " marks");
        clock.set(LocalDateTime.of(2026, 10, 26, 9, 0));
        execute(admin, new ClosePeriod(q1));
        out.println("  a correction after the administrator closed the quarter (REC-6.4):");
        show(execute(teacher, new CorrectMark(task, unmarked, FivePoint.of(5), "пересмотр работы")));
        AuditReport audit = Regulation.audit(school, Profile.defaults(), store.events(school.id()), clock.instant());
        out.println("  an audit of the whole log (" + audit.events() + " events) finds "
                + audit.violations().size() + " violation(s) and " + (audit.findings().size()
                        - audit.violations().size()) + " note(s):");
        java.util.Map<String, List<AuditReport.Finding>> byCode = new java.util.TreeMap<>();
        audit.findings().forEach(f -> byCode.computeIfAbsent(f.violation().code(), c -> new java.util.ArrayList<>())
                .add(f));
        byCode.forEach((code, found) -> {
            AuditReport.Finding f = found.get(0);
            out.println("    " + found.size() + " × " + code + " [" + f.violation().clause() + "], e.g. "
                    + (f.sequence() == 0 ? "as of now" : "event #" + f.sequence()) + ": "
                    + f.violation().message(Locale.forLanguageTag("ru")));
        });
    }

    private void printRefusal(List<Violation> violations) {
        violations.forEach(v -> out.println("  " + v.code() + " [" + v.clause() + "] "
                + v.message(Locale.forLanguageTag("ru"))));
    }

    private void show(Outcome outcome) {
        outcome.violations().forEach(v -> out.println("  " + v.code() + " [" + v.clause() + "] "
                + v.message(Locale.forLanguageTag("ru"))));
    }

    private void printPage(JournalPage page) {
        out.println("Журнал " + page.schoolClass().name() + " · " + page.subject().name() + " · "
                + page.period().label());
        StringBuilder head = new StringBuilder(String.format("%-16s", ""));
        page.columns().forEach(c -> head.append(String.format("%6s", DAY.format(c.lesson().date()))));
        out.println(head);
        for (JournalPage.Row row : page.rows()) {
            StringBuilder line = new StringBuilder(String.format("%-16s", row.name().shortName()));
            for (JournalPage.Column c : page.columns()) {
                String cell = c.tasks().stream().map(t -> row.marks().get(t.id())).filter(java.util.Objects::nonNull)
                        .map(MarkValue::symbol).findFirst()
                        .orElse(row.attendance().containsKey(c.lesson().id())
                                ? row.attendance().get(c.lesson().id()).code() : "");
                line.append(String.format("%6s", cell));
            }
            out.println(line);
        }
        out.println("Темы: ");
        page.columns().forEach(c -> out.println("  " + DAY.format(c.lesson().date()) + " " + c.lesson().topic()
                .orElse("") + (c.lesson().workKind() == WorkKind.TEST ? " (контрольная)" : "")));
    }
}
