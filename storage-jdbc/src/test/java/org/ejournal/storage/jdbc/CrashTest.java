package org.ejournal.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ejournal.core.Journal;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.store.LogReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM records into an SQLite file without end and is killed with SIGKILL at random moments,
 * ({@link Process#destroyForcibly()}),
 * again and again. After each kill the parent opens the file as a host would after a crash: every
 * command the child acknowledged is there, once; at most the one command in flight is there without an
 * acknowledgement (committed just before the kill); nothing half-written is visible (the journal
 * opens, checking every hash, and {@code verify()} is intact).
 */
class CrashTest {

    private static final int KILLS = Integer.parseInt(System.getenv().getOrDefault("EJOURNAL_CRASH_KILLS", "22"));

    @TempDir
    Path folder;

    @Test
    void every_acknowledged_command_survives_sigkill_and_nothing_half_written_is_visible() throws Exception {
        Path file = folder.resolve("crash.db");
        Path log = folder.resolve("children.log");
        Random random = new Random(20261128L);
        Set<String> acknowledged = new LinkedHashSet<>();
        int killedWhileRecording = 0;
        for (int r = 1; r <= KILLS; r++) {
            int run = r;
            Path ackFile = folder.resolve("acks-" + run + ".txt");
            Files.createFile(ackFile);
            Process child = new ProcessBuilder(javaCommand(file, run, ackFile))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (notYetRecording(ackFile) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5); // until the child records
            }
            assertThat(notYetRecording(ackFile)).as("run %d: the child did not start recording: %s", run,
                    Files.exists(log) ? Files.readString(log) : "").isFalse();
            Thread.sleep(random.nextInt(250));
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("run %d was killed, not ended", run).isEqualTo(137);
            List<String> runAcks = Files.readAllLines(ackFile, StandardCharsets.UTF_8);
            if (runAcks.stream().anyMatch(a -> a.startsWith("ACK run-" + run + "-"))) {
                killedWhileRecording++;
            }
            runAcks.stream().filter(a -> a.startsWith("ACK ")).map(a -> a.substring(4)).forEach(acknowledged::add);

            List<String> stored;
            try (JdbcStore store = JdbcStore.sqlite(file)) {
                Journal reopened = Journal.builder().school(Recorder.SCHOOL).store(store).build(); // checks every hash
                LogReport report = reopened.verify();
                assertThat(report.isIntact()).as("run %d: %s", run, report.breaks()).isTrue();
                assertThat(report.entries()).isEqualTo(store.size(Recorder.SCHOOL.id())).isEqualTo(reopened.size());
                stored = storedIds(store);
                assertThat(stored).as("run %d", run).doesNotHaveDuplicates().containsAll(acknowledged);
                assertThat(stored.size() - acknowledged.size()).as("run %d: unacknowledged commands stored; the child said %s;"
                        + " the log holds %s", run, runAcks.subList(Math.max(0, runAcks.size() - 4), runAcks.size()),
                        stored.subList(Math.max(0, stored.size() - 4), stored.size()))
                        .isBetween(0, 1);
            }
            // an unacknowledged command that was committed is acknowledged by the log: count it from now on
            acknowledged.addAll(stored);
        }
        assertThat(killedWhileRecording).isEqualTo(KILLS);
        assertThat(acknowledged.size()).isGreaterThan(KILLS);
    }

    private static boolean notYetRecording(Path ackFile) throws IOException {
        return !Files.readString(ackFile, StandardCharsets.UTF_8).contains("ACK run-");
    }

    private static List<String> storedIds(JdbcStore store) {
        try (Stream<JournalEvent> events = store.events(Recorder.SCHOOL.id())) {
            return events.map(e -> ((RegisterStaffMember) e.command()).id().value()).toList();
        }
    }

    private static List<String> javaCommand(Path file, int run, Path ackFile) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), Recorder.class.getName(), file.toString(),
                String.valueOf(run), ackFile.toString());
    }

}
