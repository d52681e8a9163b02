package org.ejournal.testkit.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Outcome;
import org.ejournal.core.Violation;
import org.junit.jupiter.api.Test;

/**
 * Every mistake the generator makes on purpose is found by the regulation with the rule, clause and
 * code it names — rejected or warned at entry, or outstanding in the audit — over several seeds; and
 * nothing else is rejected.
 */
class InjectedMistakesAreFoundTest {

    private static final SchoolKnobs SLIPPING = SchoolKnobs.builder()
            .classesPerGrade(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
            .minPupils(10).maxPupils(22)
            .weeks(9)
            .mistakes(Mistakes.everyKind(15)
                    .with(MistakeKind.MARK_IN_CLOSED_PERIOD, 250)
                    .with(MistakeKind.LATE_HOMEWORK, 40))
            .build();

    @Test
    void each_injected_mistake_is_reported_with_its_code_and_clause() {
        Set<MistakeKind> seen = EnumSet.noneOf(MistakeKind.class);
        qt().withFixedSeed(7L).withExamples(4).withShrinkCycles(0)
                .forAll(longs().between(1, 1_000_000_000L))
                .checkAssert(seed -> {
                    GeneratedSchool school = SchoolGenerator.generate(SLIPPING.withSeed(seed));
                    Replay replay = school.replay();
                    AuditReport audit = replay.audit();
                    assertThat(school.mistakes()).isNotEmpty();
                    for (InjectedMistake m : school.mistakes()) {
                        assertFound(school, replay, audit, m);
                        seen.add(m.kind());
                    }
                    List<Integer> rejectable = school.mistakes().stream()
                            .filter(m -> m.kind().detection() == MistakeKind.Detection.REJECTED_AT_ENTRY)
                            .map(InjectedMistake::step).toList();
                    assertThat(replay.rejectedSteps()).as("only the mistakes are rejected")
                            .containsExactlyElementsOf(rejectable);
                });
        assertThat(seen).as("every kind is injected at least once").containsExactlyInAnyOrder(MistakeKind.values());
    }

    private static void assertFound(GeneratedSchool school, Replay replay, AuditReport audit, InjectedMistake m) {
        Outcome outcome = replay.outcome(m.step());
        String what = m + " → " + Findings.describe(outcome);
        switch (m.kind().detection()) {
            case REJECTED_AT_ENTRY -> {
                assertThat(outcome.isAccepted()).as(what).isFalse();
                assertThat(outcome.violations()).as(what).anyMatch(v -> names(v, m));
            }
            case WARNED_AT_ENTRY -> {
                assertThat(outcome.isAccepted()).as(what).isTrue();
                assertThat(outcome.violations()).as(what).anyMatch(v -> names(v, m) && v.concerns().equals(m.concerns()));
                long sequence = replay.sequenceOf(m.step()).orElseThrow();
                assertThat(audit.findings()).as("the audit agrees: %s", what)
                        .anyMatch(f -> f.sequence() == sequence && names(f.violation(), m));
            }
            case OUTSTANDING_IN_AUDIT -> {
                assertThat(outcome.isAccepted()).as(what).isTrue();
                assertThat(audit.findings()).as("outstanding in the audit: %s", what)
                        .anyMatch(f -> f.sequence() == 0 && names(f.violation(), m)
                                && f.violation().concerns().equals(m.concerns()));
            }
            default -> throw new AssertionError(m.kind().detection());
        }
    }

    private static boolean names(Violation v, InjectedMistake m) {
        return v.code().equals(m.code()) && v.clause().equals(m.clause());
    }
}
