package org.ejournal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    @TempDir
    static Path folder;

    private static String runDemo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder.resolve("demo.db")).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_demo_prints_the_page_the_diary_the_history_and_the_rejections() {
        String out = runDemo();

        assertThat(out).contains("Журнал 5А · Математика · 1 четверть")
                .contains("Дневник: Иванова Мария")
                .contains("EJ1105 [POL-4.4c]")
                .contains("EJ1102 [POL-4.4c]")
                .contains("EJ1104 [POL-4.4b]")
                .contains("CorrectMark staff:t-math")
                .contains("EJ2215 [REG-7]")
                .contains("EJ2100 [POL-1.7]")
                .contains("EJ2131 [POL-8.2]")
                .contains("EJ2300 [REC-6.4]")
                .contains("an audit of the whole log (85 events) finds 12 violation(s)")
                .contains("6 × EJ2222 [POL-4.4e]")
                .contains("Commands: 85 accepted, 5 rejected; events in the log: 85")
                .contains("Reopened from the SQLite file demo.db: 85 events, every hash checked; the same journal: yes");
    }

    @Test
    void the_demo_is_deterministic() {
        assertThat(runDemo()).isEqualTo(runDemo());
    }
}
