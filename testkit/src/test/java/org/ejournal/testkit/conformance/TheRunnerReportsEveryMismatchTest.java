package org.ejournal.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.School;
import org.ejournal.core.view.Query;
import org.ejournal.rules.Profile;
import org.junit.jupiter.api.Test;

/**
 * The runner reports every step where a system differs from the scenarios, scenario by scenario and
 * step by step, and never stops at the first: proved with deliberately wrong adapters — one that
 * accepts everything, one that throws, one that cannot set the school up, one that drifts by a code.
 */
class TheRunnerReportsEveryMismatchTest {

    private static final List<Scenario> SUITE = Scenarios.bundled();

    /** Records every command, grants every read, finds nothing outstanding. */
    private static class AcceptsEverything implements SystemUnderTest {
        final List<String> calls = new ArrayList<>();

        @Override
        public void start(School school, Profile profile) {
            calls.add("start " + school.id());
        }

        @Override
        public Verdict execute(Instant at, Actor actor, Command command) {
            calls.add(command.commandName());
            return Verdict.of(OutcomeKind.ACCEPTED);
        }

        @Override
        public Verdict read(Instant at, Actor actor, Query query) {
            calls.add("read");
            return Verdict.of(OutcomeKind.GRANTED);
        }

        @Override
        public Verdict outstanding(Instant at, Set<String> rules) {
            calls.add("outstanding");
            return Verdict.of(OutcomeKind.CLEAN);
        }

        @Override
        public String toString() {
            return "accepts-everything";
        }
    }

    @Test
    void a_system_that_accepts_everything_gets_a_mismatch_for_every_step_that_expects_otherwise() {
        AcceptsEverything system = new AcceptsEverything();
        ConformanceReport report = ConformanceRunner.against(system).run(SUITE);

        List<String> due = new ArrayList<>();
        for (Scenario s : SUITE) {
            for (Step step : s.steps()) {
                Verdict fine = Verdict.of(step instanceof Step.Execute ? OutcomeKind.ACCEPTED
                        : step instanceof Step.Read ? OutcomeKind.GRANTED : OutcomeKind.CLEAN);
                if (!step.expected().equals(fine)) {
                    due.add(s.id() + ", step " + step.number());
                }
            }
        }
        assertThat(due).hasSizeGreaterThan(SUITE.size());
        assertThat(report.isConformant()).isFalse();
        assertThat(report.mismatches()).extracting(m -> m.scenario() + ", " + m.step()).containsExactlyElementsOf(due);
        assertThat(report.scenarios()).isEqualTo(SUITE.size());
        // every step ran, none was skipped after the first mismatch
        int steps = SUITE.stream().mapToInt(s -> s.school().setup().size() + s.steps().size()).sum();
        assertThat(report.steps()).isEqualTo(steps);
        assertThat(system.calls).hasSize(steps + SUITE.size());
        assertThat(report.describe()).startsWith("accepts-everything: " + SUITE.size() + " scenarios, " + steps
                + " steps, " + due.size() + " mismatches in ");
    }

    @Test
    void a_mismatch_names_the_scenario_the_file_the_step_and_what_was_expected_and_observed() {
        Scenario late = scenario("MarksAreEnteredWithinTheDeadline/the-last-minute-of-the-third-day");
        ConformanceReport report = ConformanceRunner.against(new AcceptsEverything()).run(List.of(late));

        assertThat(report.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.scenario()).isEqualTo("MarksAreEnteredWithinTheDeadline/the-last-minute-of-the-third-day");
            assertThat(m.source()).isEqualTo("scenarios/MarksAreEnteredWithinTheDeadline/the-last-minute-of-the-third-day.json");
            assertThat(m.step()).isEqualTo("step 4");
            assertThat(m.action()).isEqualTo("RecordMark by staff:t-math at 2026-10-09T00:00 — Friday midnight, a minute later");
            assertThat(m.expected()).isEqualTo("warned [EJ2215 REG-7]");
            assertThat(m.observed()).isEqualTo("accepted");
        });
        assertThat(report.describe()).contains("MarksAreEnteredWithinTheDeadline/the-last-minute-of-the-third-day, "
                + "step 4: RecordMark by staff:t-math at 2026-10-09T00:00 — Friday midnight, a minute later: "
                + "expected warned [EJ2215 REG-7], observed accepted");
    }

    @Test
    void a_system_that_gives_the_right_outcome_with_another_clause_or_an_extra_code_is_a_mismatch() {
        Scenario late = scenario("MarksAreEnteredWithinTheDeadline/the-last-minute-of-the-third-day");
        SystemUnderTest drifting = new Drifting(EjournalAdapter.create());
        ScenarioResult result = ConformanceRunner.against(drifting).run(late);

        assertThat(result.matched()).isFalse();
        assertThat(result.mismatches()).extracting(Mismatch::step, Mismatch::expected, Mismatch::observed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("step 3", "accepted",
                                "accepted [EJ2216 REG-7]"),
                        org.assertj.core.groups.Tuple.tuple("step 4", "warned [EJ2215 REG-7]",
                                "warned [EJ2215 REG-4]"));
    }

    /** The library, but every mark comes with an extra note and a warning's clause drifts to REG-4. */
    private record Drifting(SystemUnderTest inner) implements SystemUnderTest {
        @Override
        public void start(School school, Profile profile) {
            inner.start(school, profile);
        }

        @Override
        public Verdict execute(Instant at, Actor actor, Command command) {
            Verdict v = inner.execute(at, actor, command);
            if (!(command instanceof RecordMark)) {
                return v;
            }
            if (v.violations().isEmpty()) {
                return Verdict.of(v.kind(), ViolationCode.of("EJ2216", "REG-7"));
            }
            return new Verdict(v.kind(), v.violations().stream().map(c -> ViolationCode.of(c.code(), "REG-4")).toList());
        }

        @Override
        public Verdict read(Instant at, Actor actor, Query query) {
            return inner.read(at, actor, query);
        }

        @Override
        public Verdict outstanding(Instant at, Set<String> rules) {
            return inner.outstanding(at, rules);
        }
    }

    @Test
    void an_adapter_that_throws_is_that_steps_mismatch_and_the_scenario_goes_on() {
        Scenario reads = scenario("RegulationAccessPolicy/staff-read-what-they-teach");
        SystemUnderTest noReads = new AcceptsEverything() {
            @Override
            public Verdict read(Instant at, Actor actor, Query query) {
                throw new UnsupportedOperationException("reads are not implemented");
            }
        };
        ScenarioResult result = ConformanceRunner.against(noReads).run(reads);

        long readSteps = reads.steps().stream().filter(s -> s instanceof Step.Read).count();
        assertThat(result.mismatches()).hasSize((int) readSteps)
                .allSatisfy(m -> assertThat(m.observed())
                        .isEqualTo("threw UnsupportedOperationException: reads are not implemented"));
        assertThat(result.steps()).hasSize(reads.school().setup().size() + reads.steps().size());
    }

    @Test
    void a_system_that_cannot_set_the_school_up_gets_that_step_as_the_mismatch_and_the_rest_not_run() {
        Scenario late = scenario("MarksAreEnteredWithinTheDeadline/the-last-minute-of-the-third-day");
        SystemUnderTest refusesTheYear = new AcceptsEverything() {
            @Override
            public Verdict execute(Instant at, Actor actor, Command command) {
                return command.commandName().equals("OpenSchoolYear")
                        ? Verdict.of(OutcomeKind.REJECTED, ViolationCode.of("EJ1104", "POL-4.6"))
                        : super.execute(at, actor, command);
            }
        };
        ScenarioResult result = ConformanceRunner.against(refusesTheYear).run(late);

        List<Mismatch> mismatches = result.mismatches();
        int setup = late.school().setup().size();
        assertThat(mismatches.get(0).step()).isEqualTo("setup step 6");
        assertThat(mismatches.get(0).expected()).isEqualTo("accepted or warned");
        assertThat(mismatches.get(0).observed()).isEqualTo("rejected [EJ1104 POL-4.6]");
        assertThat(mismatches).hasSize(1 + (setup - 6) + late.steps().size());
        assertThat(mismatches.subList(1, mismatches.size())).allSatisfy(m -> assertThat(m.observed())
                .isEqualTo("not run: the starting school could not be set up (setup step 6)"));
    }

    @Test
    void a_system_that_does_not_start_gets_every_step_not_run() {
        Scenario late = scenario("MarksAreEnteredWithinTheDeadline/the-last-minute-of-the-third-day");
        SystemUnderTest broken = new AcceptsEverything() {
            @Override
            public void start(School school, Profile profile) {
                throw new IllegalStateException("no database");
            }
        };
        ScenarioResult result = ConformanceRunner.against(broken).run(late);

        assertThat(result.mismatches()).hasSize(late.school().setup().size() + late.steps().size())
                .allSatisfy(m -> assertThat(m.observed())
                        .isEqualTo("not run: the system did not start: threw IllegalStateException: no database"));
    }

    @Test
    void the_librarys_own_adapter_refuses_steps_before_it_is_started() {
        Step first = scenario("MarksAreEnteredWithinTheDeadline/the-last-minute-of-the-third-day").steps().get(0);
        Step.Execute e = (Step.Execute) first;
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> EjournalAdapter.create().execute(e.at(), e.actor(), e.command()))
                .withMessageContaining("call start first");
    }

    private static Scenario scenario(String id) {
        return SUITE.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
