package org.ejournal.storage.jdbc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.Outcome;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffRole;

/**
 * The child process of {@link CrashTest}: opens the journal of one school in an SQLite file and
 * records without end, writing {@code ACK <id>} to a file after each command the journal accepted
 * (that is, after the store committed it), until it is killed. Each line is one {@code write} to the
 * file, straight into the operating system's page cache, which a killed process cannot lose; its
 * standard output, read through a pipe, could (the JDK drains a dead child's pipe only as far as it
 * can see).
 */
public final class Recorder {

    static final School SCHOOL = School.builder().id(SchoolId.of("crash-school")).name("Школа, которую роняют")
            .zone(java.time.ZoneId.of("Europe/Moscow")).build();
    static final Actor ADMIN = Actor.staff(StaffId.of("admin"));

    private Recorder() {
    }

    static RegisterStaffMember staff(String id) {
        return RegisterStaffMember.of(StaffId.of(id), PersonName.of("Сотрудникова", "Анна", "Петровна"),
                id.equals("admin") ? StaffRole.JOURNAL_ADMINISTRATOR : StaffRole.TEACHER);
    }

    /** @param args the SQLite file, the run's number (part of every id) and the file of acknowledgements */
    public static void main(String[] args) throws java.io.IOException {
        java.io.FileOutputStream acks = new java.io.FileOutputStream(args[2], true);
        java.util.function.Consumer<String> out = line -> {
            try {
                acks.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        Journal journal = Journal.builder().school(SCHOOL).store(JdbcStore.sqlite(Path.of(args[0])))
                .clock(Clock.system(SCHOOL.zone())).build();
        if (journal.size() == 0 && journal.execute(Actor.system("installer"), staff("admin")) instanceof Outcome.Accepted) {
            out.accept("ACK admin");
        }
        out.accept("OPEN " + journal.size());
        for (long i = 1; ; i++) {
            String id = "run-" + args[1] + "-" + i;
            Outcome o = journal.execute(ADMIN, staff(id));
            if (!(o instanceof Outcome.Accepted)) {
                out.accept("REJECTED " + id + " " + o.violations());
                System.exit(3);
            }
            out.accept("ACK " + id);
        }
    }
}
