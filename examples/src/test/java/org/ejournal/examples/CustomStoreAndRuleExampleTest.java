package org.ejournal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ejournal.core.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the custom store and rule example and checks what it printed and returned. */
class CustomStoreAndRuleExampleTest {

    @TempDir
    static Path folder;
    static CustomStoreAndRuleExample.Result r;
    static String printed;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r = CustomStoreAndRuleExample.run(folder, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_custom_rule_rejects_a_sunday_lesson_with_its_code_and_clause_and_nothing_is_recorded() {
        assertThat(r.sundayLesson()).isInstanceOf(Outcome.Rejected.class);
        assertThat(r.sundayLesson().violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("LA-101");
            assertThat(v.clause()).isEqualTo("ЛА-2.3");
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.concerns()).isEqualTo("RecordLesson.date");
        });
        assertThat(r.mondayLesson()).isInstanceOf(Outcome.Accepted.class);
        assertThat(printed).contains("LA-101 [ЛА-2.3] BLOCKING RecordLesson.date: урок не записывается на воскресенье")
                .contains("events in the log: 6 before, 6 after (nothing recorded)")
                .contains("The same lesson on Monday 2026-10-05: accepted");
    }

    @Test
    void the_journal_reopened_from_the_folder_store_has_the_same_root_and_diary() {
        assertThat(r.size()).isEqualTo(9);
        assertThat(r.reopenedSize()).isEqualTo(r.size());
        assertThat(r.reopenedRoot()).isEqualTo(r.root());
        assertThat(r.sameDiary()).isTrue();
        assertThat(r.reopenedIntact()).isTrue();
        assertThat(r.reopenedRejectsSunday()).isTrue();
        assertThat(r.files()).containsExactly("entries.log", "head");
        assertThat(printed).contains("every hash checked: intact").contains("the same diary: yes; the rule still applies: yes");
    }

    @Test
    void the_rule_is_a_named_object_with_the_clause_of_the_local_act() {
        NoLessonsOnSundays rule = new NoLessonsOnSundays();
        assertThat(rule.id().name()).isEqualTo("NoLessonsOnSundays");
        assertThat(rule.id().clause()).isEqualTo("ЛА-2.3");
        assertThat(rule.judges(org.ejournal.core.command.RecordLesson.class)).isTrue();
        assertThat(rule.judges(org.ejournal.core.command.RecordMark.class)).isFalse();
    }
}
