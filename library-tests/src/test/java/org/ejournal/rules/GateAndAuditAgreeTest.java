package org.ejournal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ejournal.core.Actor;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.FixtureUniverse;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.testkit.gen.Attempt;
import org.ejournal.testkit.gen.Commands;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 3: the same rule objects decide at entry (gate mode) and over the recorded history (audit
 * mode), and they agree: an accepted event's recorded warnings are exactly what the audit finds for
 * it, and a rejected command's violations are exactly what the audit finds for it at the end of the
 * history it was refused against. Histories come from the test kit's {@link Commands#historiesOver}
 * over {@link org.ejournal.core.SchoolFixture}'s school.
 */
class GateAndAuditAgreeTest {

    /** One attempt of a random history: who, what, and how long after the previous one. */
    record Step(Actor actor, Command command, Duration pause) {
    }

    private static final List<Actor> MORE_ACTORS = List.of(Actor.student(SchoolFixture.IVANOVA),
            Actor.guardian(SchoolFixture.IVANOVA_MOTHER), Actor.staff(SchoolFixture.CLERK_ID));

    private static Gen<List<Step>> histories(int maxLength) {
        return QuickTheoriesGens.of(Commands.historiesOver(FixtureUniverse.of(), maxLength).flatMap(attempts -> r -> {
            List<Step> steps = new ArrayList<>(attempts.size());
            for (Attempt a : attempts) {
                Actor actor = r.nextInt(8) == 0 ? MORE_ACTORS.get(r.nextInt(MORE_ACTORS.size())) : a.actor();
                // mostly minutes, sometimes days: so that deadlines are both met and missed
                Duration pause = r.nextInt(4) == 0 ? Duration.ofHours(r.nextInt(24 * 9)) : Duration.ofMinutes(r.nextInt(90));
                steps.add(new Step(actor, a.command(), pause));
            }
            return steps;
        }));
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.code() + "/" + v.severity() + "/" + v.concerns())
                .collect(Collectors.joining(", "));
    }

    @Test
    void gate_mode_and_audit_mode_agree_on_the_same_history() {
        Profile profile = Profile.defaults();
        List<Rule> rules = Regulation.rules(profile);
        qt().withFixedSeed(20261128L).withExamples(40).forAll(histories(30)).checkAssert(steps -> {
            SchoolFixture school = SchoolFixture.create(b -> b.rules(rules));
            List<Instant> rejectedAt = new ArrayList<>();
            List<Step> rejectedSteps = new ArrayList<>();
            List<Long> rejectedAfter = new ArrayList<>();
            List<List<Violation>> rejectedWith = new ArrayList<>();
            for (Step step : steps) {
                school.clock.advance(step.pause());
                long before = school.store.size(SchoolFixture.SCHOOL_ID);
                Outcome outcome = school.journal.execute(step.actor(), step.command());
                if (outcome instanceof Outcome.Rejected rejected) {
                    rejectedAt.add(school.clock.instant());
                    rejectedSteps.add(step);
                    rejectedAfter.add(before);
                    rejectedWith.add(rejected.violations());
                }
            }
            List<JournalEvent> history = school.store.events(SchoolFixture.SCHOOL_ID).toList();

            AuditReport audit = Audit.run(school.journal.school(), rules, history.stream(), school.clock.instant());
            assertThat(audit.applied()).isEqualTo(history.size());
            for (JournalEvent e : history) {
                List<Violation> found = audit.findings().stream().filter(f -> f.sequence() == e.sequence())
                        .map(AuditReport.Finding::violation).toList();
                assertThat(describe(found)).as("audit of event %d, %s", e.sequence(), e.command().commandName())
                        .isEqualTo(describe(e.warnings()));
            }
            for (int i = 0; i < rejectedSteps.size(); i++) {
                List<JournalEvent> prefix = new ArrayList<>(history.subList(0, rejectedAfter.get(i).intValue()));
                Step step = rejectedSteps.get(i);
                prefix.add(new JournalEvent(prefix.size() + 1, rejectedAt.get(i), step.actor(), step.command(),
                        List.of()));
                AuditReport replay = Audit.run(school.journal.school(), rules, prefix.stream(), rejectedAt.get(i));
                List<Violation> found = replay.findings().stream().filter(f -> f.sequence() == prefix.size())
                        .map(AuditReport.Finding::violation).toList();
                assertThat(describe(found)).as("audit of rejected %s by %s", step.command().commandName(),
                        step.actor().describe()).isEqualTo(describe(rejectedWith.get(i)));
            }
        });
    }
}
