package org.ejournal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ejournal.core.Answer;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the regulation example and checks what it printed and returned. */
class EnforcingTheRegulationExampleTest {

    @TempDir
    static Path folder;
    static EnforcingTheRegulationExample.Result r;
    static String printed;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r = EnforcingTheRegulationExample.run(EnforcingTheRegulationExample.writeProfileFile(folder),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_profile_comes_from_the_file() {
        assertThat(r.profile().policyVersion()).isEqualTo("приказ № 45 от 28.08.2026");
        assertThat(printed).contains("read from local-act.json: «приказ № 45 от 28.08.2026»");
    }

    @Test
    void a_late_mark_is_a_warning_by_default_and_a_rejection_under_the_schools_profile() {
        assertThat(r.lateMarkByDefault()).isInstanceOf(Outcome.Accepted.class);
        assertThat(r.lateMarkByDefault().violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("EJ2215");
            assertThat(v.clause()).isEqualTo("REG-7");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(r.lateMarkByTheFile()).isInstanceOf(Outcome.Rejected.class);
        assertThat(r.lateMarkByTheFile().violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("EJ2215");
            assertThat(v.clause()).isEqualTo("REG-7");
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
        });
        assertThat(printed).contains("accepted, with\n   EJ2215 [REG-7] WARNING: отметка обучающегося «s-2»")
                .contains("rejected, nothing recorded:\n   EJ2215 [REG-7] BLOCKING: отметка обучающегося «s-2»")
                .contains("3 календарных дня после работы");
    }

    @Test
    void a_change_in_a_closed_period_is_rejected() {
        assertThat(r.closedPeriod()).isInstanceOf(Outcome.Rejected.class);
        assertThat(r.closedPeriod().violations()).extracting(v -> v.code() + " " + v.clause())
                .containsExactly("EJ2300 REC-6.4");
        assertThat(printed).contains("EJ2300 [REC-6.4] BLOCKING: период «1 четверть» закрыт");
    }

    @Test
    void a_guardian_is_refused_another_childs_diary_and_granted_her_own() {
        assertThat(r.forbiddenRead()).isInstanceOf(Answer.Refused.class);
        assertThat(((Answer.Refused<?>) r.forbiddenRead()).violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("EJ2131");
            assertThat(v.clause()).isIn("POL-3.6", "POL-8.2");
        });
        assertThat(r.ownChildsRead().isGranted()).isTrue();
        assertThat(r.ownChildsRead().orElseThrow().marks()).hasSize(1);
        assertThat(printed).contains("refused:\n   EJ2131 [POL-8.2] BLOCKING: законный представитель видит только дневник своего ребёнка")
                .contains("her own child's diary: granted, 1 mark(s)");
    }
}
