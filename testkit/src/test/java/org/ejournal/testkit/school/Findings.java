package org.ejournal.testkit.school;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Outcome;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;

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

    /** The audit's violations (not notes), described. */
    static List<String> inAudit(AuditReport audit) {
        return audit.violations().stream()
                .map(f -> "event " + f.sequence() + ": " + describe(f.violation()))
                .toList();
    }

    static String describe(Violation v) {
        return v.code() + " [" + v.clause() + "] " + v.concerns() + ": " + v.message(Locale.ENGLISH);
    }

    static String describe(Outcome o) {
        return (o.isAccepted() ? "accepted " : "rejected ")
                + o.violations().stream().map(Findings::describe).collect(Collectors.joining("; "));
    }
}
