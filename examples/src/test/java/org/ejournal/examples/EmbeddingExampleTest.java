package org.ejournal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.view.Diary;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void the_embedding_example_records_a_mark_that_shows_in_the_diary() {
        Diary diary = EmbeddingExample.run().monday();

        assertThat(diary.days()).singleElement().satisfies(day -> {
            assertThat(day.lessons()).singleElement().satisfies(l -> {
                assertThat(l.subjectName()).isEqualTo("Математика");
                assertThat(l.lesson().topic()).contains("Сложение дробей");
            });
        });
        assertThat(diary.marks()).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(FivePoint.of(5)));
    }

    @Test
    void a_whole_week_is_recorded_and_the_diary_shows_it_day_by_day() {
        EmbeddingExample.Result r = EmbeddingExample.run();
        Diary week = r.week();

        assertThat(r.rejected()).isZero();
        assertThat(week.days()).extracting(d -> d.date().toString())
                .containsExactly("2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09");
        assertThat(week.days()).extracting(d -> d.lessons().size()).containsExactly(1, 2, 1, 2, 1);
        assertThat(week.days().get(1).lessons()).extracting(Diary.DiaryLesson::subjectName)
                .containsExactly("Математика", "Русский язык");
        assertThat(week.marks()).extracting(m -> m.value().symbol()).containsExactlyInAnyOrder("5", "4", "5", "3", "5", "4");
        assertThat(week.days().get(2).lessons()).singleElement().satisfies(l -> {
            assertThat(l.marks()).isEmpty();
            assertThat(l.attendance()).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("б"));
        });
        assertThat(week.days()).allSatisfy(d -> assertThat(d.lessons().get(0).homework()).hasSize(1));
        assertThat(week.days().get(4).lessons().get(0).homework().get(0).text()).isEqualTo("№ 226, 227");
    }

    @Test
    void the_readme_shows_the_example_exactly_as_it_compiles() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(
                Path.of("src/main/java/org/ejournal/examples/EmbeddingExample.java"), StandardCharsets.UTF_8);
        Matcher inSource = Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL).matcher(source);
        assertThat(inSource.find()).isTrue();
        String code = inSource.group(1).stripIndent().strip();

        assertThat(normalise(readme)).contains(normalise(code));
        assertThat(code.lines().count()).isLessThanOrEqualTo(30);
    }

    private static String normalise(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + "\n" + b);
    }
}
