package org.ejournal.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.archive.Archive;
import org.ejournal.core.archive.ArchiveReport;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.AssignTeacher;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.CloseSchoolYear;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CreateClass;
import org.ejournal.core.command.DefineStudyPeriod;
import org.ejournal.core.command.DefineSubject;
import org.ejournal.core.command.OpenSchoolYear;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.command.SetCurriculumLoad;
import org.ejournal.core.log.CheckpointVerifier;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.GradeRange;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.OrderRef;
import org.ejournal.core.model.PeriodKind;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolCalendar;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.model.Vacation;
import org.ejournal.core.retention.Retention;
import org.ejournal.core.retention.RetentionPlan;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.StoreException;
import org.ejournal.storage.jdbc.JdbcStore;
import org.ejournal.core.view.JournalPage;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;

/**
 * Records that can be trusted (issue 4), through the public API only, in SQLite files of a temporary
 * folder (the embedded default): a small school records a
 * whole school year under the regulation, closes its quarters (each close signs a checkpoint) and
 * the year; the year is archived to two media at once; one copy is damaged and reported, the other
 * restores into an empty store with the same Merkle root; a mark changed behind the journal's back (a
 * row of the school's SQLite file edited with SQL, in a copy) is caught by {@code verify()}, naming the
 * entry; and retention, five years after the year ends,
 * purges the journal's payloads and keeps the summary sheet, while the log still verifies.
 */
public final class TrustedRecordsExample {

    static final ZoneId ZONE = ZoneId.of("Asia/Kamchatka");
    static final SchoolYearId YEAR = SchoolYearId.of("2026-2027");
    static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
    static final LocalDate LAST = LocalDate.of(2027, 5, 31);
    static final ClassId C5A = ClassId.of("5a");
    static final SubjectId MATH = SubjectId.of("math");
    static final StaffId ADMIN_ID = StaffId.of("admin");
    static final StaffId TEACHER_ID = StaffId.of("t-math");
    static final Actor ADMIN = Actor.staff(ADMIN_ID);
    static final Actor TEACHER = Actor.staff(TEACHER_ID);
    static final Set<String> JOURNAL_ACTIONS = Set.of("SetCurriculumLoad", "AssignTeacher", "RecordLesson",
            "AssignTask", "RecordMark");

    /**
     * What the scenario found, step by step.
     *
     * @param school the school
     * @param events the events recorded over the year
     * @param rejected commands refused while recording (none expected)
     * @param root the root of the audit log after the year was closed
     * @param checkpoints the signed checkpoints the journal made (one per closed quarter and the year)
     * @param copyA what verifying the damaged copy found
     * @param copyB what verifying the good copy found
     * @param restoredRoot the root of a journal over the store restored from the good copy
     * @param restoredPageEqual whether the restored journal's first-quarter page equals the original's
     * @param restoredVerify the restored journal's own verification
     * @param tamperedEntry the entry whose stored payload was changed by hand
     * @param tampered what {@code verify()} found in the tampered store
     * @param refusedToOpen the message of the journal that refused to open over the tampered store
     * @param planBefore the retention plan for the day before the journals' five years pass
     * @param planAfter the retention plan for the day they pass
     * @param afterPurge the verification after purging what was due
     * @param periodMarksKept how many period marks (the summary sheet) the purged journal still shows
     * @param marksKept how many marks the purged journal still shows on the first-quarter page
     * @param journalEntries the sequences of the log's class-journal entries (teaching set-up, lessons,
     *     tasks, marks), read from the headers before the purge
     */
    public record Result(School school, long events, int rejected, Hash root, List<String> checkpoints,
            ArchiveReport copyA, ArchiveReport copyB, Hash restoredRoot, boolean restoredPageEqual,
            LogReport restoredVerify, long tamperedEntry, LogReport tampered, String refusedToOpen,
            RetentionPlan planBefore, RetentionPlan planAfter, LogReport afterPurge, long periodMarksKept,
            long marksKept, java.util.SortedSet<Long> journalEntries) {
    }

    private final SimulatedClock clock = new SimulatedClock(LocalDateTime.of(2026, 8, 25, 9, 0), ZONE);
    private final Path folder = temporaryFolder();
    private final JdbcStore store = JdbcStore.sqlite(folder.resolve("school-7.db"));
    private final School school = School.builder().id(SchoolId.of("kamchatka-school-7"))
            .name("МБОУ «Средняя школа № 7»").zone(ZONE).build();
    private final Ed25519CheckpointSigner signer = signer();
    private final Journal journal;
    private final List<StudentId> pupils = new ArrayList<>();
    private final List<StudyPeriodId> quarters = new ArrayList<>();
    private int rejected;

    private TrustedRecordsExample() {
        SecureRandom salts = seeded(7);
        journal = Regulation.journal(school, Profile.defaults()).store(store).clock(clock).signer(signer)
                .origin("school-7.example.ru/journal").salts(salts).build();
    }

    /**
     * Prints the scenario's findings.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Result r = run();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("A school year of " + r.school().name() + ": " + r.events() + " events, root " + r.root().toHex());
        out.println("Signed checkpoints (each closed quarter and the year): " + r.checkpoints().size());
        out.println("Copy A (damaged): " + r.copyA().problems().size() + " problem(s), e.g. "
                + r.copyA().problems().get(0));
        out.println("Copy B: intact = " + r.copyB().isIntact() + "; restored root " + r.restoredRoot().toHex());
        out.println("A mark changed by hand in entry " + r.tamperedEntry() + ": " + r.tampered().breaks().get(0));
        out.println("Retention on " + r.planAfter().date() + ": " + r.planAfter().sequences().size()
                + " payloads due; after the purge the log is intact = " + r.afterPurge().isIntact()
                + ", period marks kept: " + r.periodMarksKept());
    }

    /** @return the findings of the whole scenario */
    public static Result run() {
        return new TrustedRecordsExample().scenario();
    }

    private Result scenario() {
        setUp();
        recordTheYear();
        Hash root = journal.root();
        List<String> checkpoints = journal.checkpoints();

        // the year to two media at once (REG-8); one copy is damaged in its room
        ByteArrayOutputStream roomA = new ByteArrayOutputStream();
        ByteArrayOutputStream roomB = new ByteArrayOutputStream();
        Archive.writeYear(school, store, YEAR, roomA, roomB);
        byte[] damaged = roomA.toByteArray();
        damaged[damaged.length / 2] ^= 0x20;
        List<CheckpointVerifier> keys = List.of(signer.verifier());
        ArchiveReport copyA = Archive.verify(new ByteArrayInputStream(damaged), keys);
        ArchiveReport copyB = Archive.verify(new ByteArrayInputStream(roomB.toByteArray()), keys);
        JdbcStore restored = JdbcStore.sqlite(folder.resolve("restored-from-copy-b.db"));
        Archive.restore(new ByteArrayInputStream(roomB.toByteArray()), restored, school.id());
        Journal again = Journal.builder().school(school).store(restored).signer(signer)
                .origin("school-7.example.ru/journal").build();
        StudyPeriodId q1 = quarters.get(0);
        boolean samePage = page(again, q1).equals(page(journal, q1));

        // a mark changed behind the journal's back: a copy of the database, one row edited with SQL
        long target = store.entries(school.id()).filter(e -> action(e).equals("RecordMark")).skip(40).findFirst()
                .orElseThrow().sequence();
        JdbcStore tamperedStore = editedByHand(target);
        LogReport tampered = AuditLog.verify(tamperedStore, school.id(), keys);
        String refused;
        try {
            Journal.builder().school(school).store(tamperedStore).build();
            refused = "opened";
        } catch (StoreException e) {
            refused = e.getMessage();
        }

        // retention: journals 5 years after the year ends, summary sheets 25 (REC-7.2, REC-7.3)
        Retention retention = Retention.of(Regulation.retention(Profile.defaults()));
        LocalDate due = LAST.plusYears(5).plusDays(1);
        RetentionPlan before = retention.plan(journal, store, due.minusDays(1));
        RetentionPlan after = retention.plan(journal, store, due);
        java.util.SortedSet<Long> journalEntries = new java.util.TreeSet<>();
        store.entries(school.id()).filter(e -> JOURNAL_ACTIONS.contains(action(e)))
                .forEach(e -> journalEntries.add(e.sequence()));
        LogReport purged = journal.purge(after);
        long periodMarks = pupils.stream().mapToLong(p -> journal.inspect(v -> quarters.stream()
                .filter(q -> v.periodMark(p, MATH, q).isPresent()).count())).sum();
        long marks = page(journal, q1).rows().stream().mapToLong(row -> row.marks().size()).sum();
        return new Result(school, root.equals(journal.root()) ? store.size(school.id()) : -1, rejected, root,
                checkpoints, copyA, copyB, again.root(), samePage, again.verify(), target, tampered, refused, before,
                after, purged, periodMarks, marks, journalEntries);
    }

    private static String action(LogEntry e) {
        return org.ejournal.core.codec.EventCodec.decodeHeader(e.header()).action();
    }

    private JournalPage page(Journal j, StudyPeriodId period) {
        return j.page(ADMIN, C5A, MATH, period).orElseThrow();
    }

    private void execute(Actor actor, Command command) {
        Outcome o = journal.execute(actor, command);
        if (!o.isAccepted()) {
            rejected++;
            throw new IllegalStateException("the example's own command was refused: " + command.commandName() + " "
                    + ((Outcome.Rejected) o).violations());
        }
    }

    private void setUp() {
        execute(Actor.system("installer"), RegisterStaffMember.of(ADMIN_ID, PersonName.of("Админова", "Анна", null),
                StaffRole.JOURNAL_ADMINISTRATOR));
        execute(ADMIN, RegisterStaffMember.of(TEACHER_ID, PersonName.of("Петрова", "Елена", "Ивановна"),
                StaffRole.TEACHER));
        execute(ADMIN, new OpenSchoolYear(YEAR, FIRST, LAST, SchoolCalendar.ofWeek(5)
                .withVacation(Vacation.of("осенние каникулы", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 3),
                        GradeRange.ALL))
                .withVacation(Vacation.of("зимние каникулы", LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 11),
                        GradeRange.ALL))
                .withVacation(Vacation.of("весенние каникулы", LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 31),
                        GradeRange.ALL))));
        LocalDate[][] spans = {
            {FIRST, LocalDate.of(2026, 10, 25)}, {LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 28)},
            {LocalDate.of(2027, 1, 12), LocalDate.of(2027, 3, 21)}, {LocalDate.of(2027, 4, 1), LAST}};
        for (int i = 0; i < spans.length; i++) {
            StudyPeriodId q = StudyPeriodId.of("q" + (i + 1));
            quarters.add(q);
            execute(ADMIN, new DefineStudyPeriod(q, YEAR, PeriodKind.QUARTER, i + 1, spans[i][0], spans[i][1],
                    GradeRange.of(1, 9)));
        }
        execute(ADMIN, DefineSubject.of(MATH, "Математика"));
        execute(ADMIN, new CreateClass(C5A, YEAR, 5, "А"));
        execute(ADMIN, new SetCurriculumLoad(C5A, MATH, BigDecimal.valueOf(5)));
        execute(ADMIN, AssignTeacher.of(C5A, MATH, TEACHER_ID));
        String[][] names = {{"Иванова", "Мария"}, {"Петров", "Иван"}, {"Сидоров", "Пётр"}, {"Алексеева", "Дарья"}};
        for (int i = 0; i < names.length; i++) {
            StudentId id = StudentId.of("s-" + (i + 1));
            pupils.add(id);
            execute(ADMIN, new RegisterStudent(id, PersonName.of(names[i][0], names[i][1], null), null));
            execute(ADMIN, RecordMovement.enrolment(id, C5A, OrderRef.of("45-у", LocalDate.of(2026, 8, 28)), FIRST));
        }
    }

    private void recordTheYear() {
        Random random = new Random(2027);
        Set<LocalDate> holidays = Set.of();
        for (int qi = 0; qi < quarters.size(); qi++) {
            StudyPeriodId q = quarters.get(qi);
            LocalDate[] span = span(qi);
            for (LocalDate d = span[0]; !d.isAfter(span[1]); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.MONDAY && d.getDayOfWeek() != DayOfWeek.THURSDAY
                        || holidays.contains(d)) {
                    continue;
                }
                clock.set(d.atTime(12, 0));
                LessonId lesson = LessonId.of("l-" + d);
                execute(TEACHER, RecordLesson.of(lesson, C5A, MATH, d, 2, TEACHER_ID, "Тема урока " + d));
                TaskId task = TaskId.of("t-" + d);
                execute(TEACHER, AssignTask.of(task, lesson, TaskType.CLASS_WORK));
                for (StudentId p : pupils) {
                    if (random.nextInt(3) > 0) {
                        execute(TEACHER, RecordMark.of(task, p, FivePoint.of(3 + random.nextInt(3))));
                    }
                }
            }
            clock.set(span[1].atTime(15, 0));
            for (StudentId p : pupils) {
                execute(TEACHER, new RecordPeriodMark(p, MATH, q, FivePoint.of(4)));
            }
            clock.set(span[1].plusDays(1).atTime(9, 0));
            execute(ADMIN, new ClosePeriod(q));
        }
        clock.set(LAST.plusDays(1).atTime(10, 0));
        execute(ADMIN, CloseSchoolYear.of(YEAR));
    }

    private LocalDate[] span(int quarter) {
        return journal.inspect(v -> {
            var p = v.studyPeriod(quarters.get(quarter)).orElseThrow();
            return new LocalDate[] {p.firstDay(), p.lastDay()};
        });
    }

    /**
     * What a careless administrator does with a database tool: a copy of the school's SQLite file in
     * which one mark's stored payload has a byte changed by an {@code UPDATE}.
     */
    private JdbcStore editedByHand(long entry) {
        Path copy = folder.resolve("edited-by-hand.db");
        DataSource original = JdbcStore.sqliteDataSource(folder.resolve("school-7.db"));
        DataSource edited = JdbcStore.sqliteDataSource(copy);
        try (Connection c = original.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy the database", e);
        }
        try (Connection c = edited.getConnection(); PreparedStatement read = c.prepareStatement(
                "SELECT payload FROM ejournal_entry WHERE school_id = ? AND seq = ?");
                PreparedStatement write = c.prepareStatement(
                        "UPDATE ejournal_entry SET payload = ? WHERE school_id = ? AND seq = ?")) {
            read.setString(1, school.id().value());
            read.setLong(2, entry);
            byte[] payload;
            try (ResultSet r = read.executeQuery()) {
                r.next();
                payload = r.getBytes(1);
            }
            payload[payload.length - 9] ^= 0x01;     // inside the mark's value
            write.setBytes(1, payload);
            write.setString(2, school.id().value());
            write.setLong(3, entry);
            write.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not edit the copy", e);
        }
        return JdbcStore.open(edited);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ejournal-records-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static Ed25519CheckpointSigner signer() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(255, seeded(42));
            return Ed25519CheckpointSigner.of("school-7.example.ru/journal", g.generateKeyPair());
        } catch (NoSuchAlgorithmException | java.security.InvalidParameterException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 platform", e);
        }
    }

    /** A deterministic generator, for a reproducible example only: real salts and keys come from the default. */
    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
