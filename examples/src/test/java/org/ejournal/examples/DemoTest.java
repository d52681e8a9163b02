package org.ejournal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

    private static String runDemo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
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
                .contains("Commands: 81 accepted, 3 rejected; events in the log: 81");
    }

    @Test
    void the_demo_is_deterministic() {
        assertThat(runDemo()).isEqualTo(runDemo());
    }
}
