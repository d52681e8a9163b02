package org.ejournal.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.model.School;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.view.Query;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.testkit.conformance.ConformanceReport;
import org.ejournal.testkit.conformance.ConformanceRunner;
import org.ejournal.testkit.conformance.EjournalAdapter;
import org.ejournal.testkit.conformance.Scenarios;
import org.ejournal.testkit.conformance.SystemUnderTest;
import org.ejournal.testkit.conformance.Verdict;

/**
 * Testing another system with the conformance suite (issue 6, example 4): a vendor writes a
 * {@link SystemUnderTest} adapter for their journal — four methods — and runs the bundled scenarios
 * against it; the report lists every step where their system answers otherwise than the regulation's
 * scenarios expect. Here the "vendor's system" is a journal that has not implemented the entry
 * deadlines of REG-4 to REG-7 (a common gap), and, for comparison, the library itself, which passes.
 */
public final class ConformanceExample {

    /** The rules the vendor's system leaves out. */
    static final Set<String> NOT_IMPLEMENTED = Set.of("LessonsAreEnteredOnTheirDay",
            "AbsencesAreEnteredOnTheLessonDay", "HomeworkIsEnteredInTime", "MarksAreEnteredWithinTheDeadline");

    private ConformanceExample() {
    }

    /**
     * What the suite found.
     *
     * @param library the library's own report: conformant
     * @param vendor the vendor's report, with its mismatches
     */
    public record Result(ConformanceReport library, ConformanceReport vendor) {
    }

    /** @return both reports */
    public static Result run() {
        ConformanceReport library = ConformanceRunner.against(EjournalAdapter.create()).run(Scenarios.bundled());
        ConformanceReport vendor = ConformanceRunner.against(new VendorJournalAdapter()).run(Scenarios.bundled());
        return new Result(library, vendor);
    }

    /**
     * Prints both reports.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Result r = run();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("The library: " + r.library().scenarios() + " scenarios, " + r.library().steps()
                + " steps, conformant = " + r.library().isConformant());
        out.println("The vendor's journal: " + r.vendor().mismatches().size() + " mismatch(es) in "
                + r.vendor().scenarios() + " scenarios; the first three:");
        r.vendor().mismatches().stream().limit(3).forEach(m -> out.println("  " + m));
    }

    /**
     * The adapter a vendor writes for their own system. This "system" is an ejournal {@link Journal}
     * with the regulation's access policy and all rules but the entry deadlines; a real vendor calls
     * their own API here and turns its answers into {@link Verdict}s.
     */
    static final class VendorJournalAdapter implements SystemUnderTest {
        private Journal journal;
        private SimulatedClock clock;
        private List<Rule> rules;

        @Override
        public void start(School school, Profile profile) {
            clock = new SimulatedClock(java.time.LocalDateTime.of(2026, 9, 1, 0, 0), school.zone());
            rules = Regulation.rules(profile).stream().filter(r -> !NOT_IMPLEMENTED.contains(r.id().name())).toList();
            journal = Journal.builder().school(school).store(InMemoryStore.create()).rules(rules)
                    .access(Regulation.accessPolicy(profile)).clock(clock).build();
        }

        @Override
        public Verdict execute(Instant at, Actor actor, Command command) {
            clock.set(at);
            return Verdict.of(journal.execute(actor, command));
        }

        @Override
        public Verdict read(Instant at, Actor actor, Query query) {
            clock.set(at);
            return EjournalAdapter.answer(journal, actor, query); // the library's own dispatch of a query
        }

        @Override
        public Verdict outstanding(Instant at, Set<String> names) {
            clock.set(at);
            List<Violation> found = journal.inspect(view -> rules.stream()
                    .filter(r -> names.isEmpty() || names.contains(r.id().name()))
                    .flatMap(r -> r.outstanding(at, view)).toList());
            return Verdict.outstanding(found);
        }

        @Override
        public String toString() {
            return "a vendor's journal without entry deadlines";
        }
    }
}
