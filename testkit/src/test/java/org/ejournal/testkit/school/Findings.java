package org.ejournal.testkit.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.model.StudentId;
import org.ejournal.rules.catalogue.DeadlineRules;

/** Reading a replay's outcomes and audit in tests. */
final class Findings {

    private Findings() {
    }

    /** The warnings and blocking violations (not notes) the journal gave the steps, described. */
    static List<String> atEntry(GeneratedSchool school, Replay replay) {
        return java.util.stream.IntStream.range(0, school.steps().size()).boxed()
                .flatMap(i -> replay.outcome(i).violations().stream().filter(v -> v.severity() != Severity.INFO)
                        .map(v -> "step " + i + " " + school.steps().get(i) + ": " + describe(v)))
                .toList();
    }

    /**
     * The audit's violations (not notes), described, leaving out two gaps of the rule catalogue (see
     * {@link #isKnownGap}).
     */
    static List<String> inAudit(GeneratedSchool school, AuditReport audit) {
        return audit.violations().stream()
                .filter(f -> !isKnownGap(school, f))
                .map(f -> "event " + f.sequence() + ": " + describe(f.violation()))
                .toList();
    }

    /**
     * Whether a finding is one of two gaps of the rule catalogue, which no school can avoid. Its
     * {@code PeriodMarksAreSetByTheOrderDate} asks a period mark ({@code EJ2222}) of every pupil who
     * was in a class of the period's grades at any time during it:
     * <ul>
     * <li>first-graders included, while {@code FirstGradersGetNoMarks} refuses them any mark but «н/а»
     *     and «осв» — a school that keeps quarters for its first grade (as most do, for the holidays)
     *     always has these findings;</li>
     * <li>pupils who left the school before the period ended included: their last school gives them no
     *     period mark (a numeric one on the marks they had would be warned as resting on too few marks,
     *     {@code EJ2310}, and «н/а» as unfounded, {@code EJ2316}).</li>
     * </ul>
     * The generator sets no period mark in either case.
     */
    static boolean isKnownGap(GeneratedSchool school, AuditReport.Finding f) {
        if (f.sequence() != 0 || !f.violation().code().equals(DeadlineRules.CODE_PERIOD_MARK_MISSING)) {
            return false;
        }
        // concerns: "period mark <pupil>/<subject>/<period>"
        String[] parts = f.violation().concerns().substring("period mark ".length()).split("/");
        List<ExpectedSchool.Stay> stays = school.expected().stays().get(StudentId.of(parts[0]));
        LocalDate periodEnd = SchoolYear2026.PERIODS.stream().filter(p -> p.id().value().equals(parts[2]))
                .findFirst().orElseThrow().last();
        boolean firstGrader = stays.stream().allMatch(s -> school.expected().grades().get(s.schoolClass()) == 1);
        boolean left = stays.stream().noneMatch(s -> s.covers(periodEnd));
        return firstGrader || left;
    }

    static String describe(Violation v) {
        return v.code() + " [" + v.clause() + "] " + v.concerns() + ": " + v.message(Locale.ENGLISH);
    }

    static String describe(Outcome o) {
        return (o.isAccepted() ? "accepted " : "rejected ")
                + o.violations().stream().map(Findings::describe).collect(Collectors.joining("; "));
    }
}
