package org.ejournal.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.model.School;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.Step;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Audit mode over a generated school's log with the whole catalogue on: the time for one pass over
 * the first three weeks ({@link Schools#TENTH}) and over the whole year ({@link Schools#YEAR}), which
 * has about ten times the events. Events per second follow from the event counts; linearity from
 * the ratio of the times (issue 3 aims at ≤ 11× for 10× the events).
 *
 * <p>Each iteration is one audit (JMH's single-shot mode), after a full garbage collection when run
 * by {@link RunBenchmarks}: an audit of the year builds several hundred megabytes of state, and a
 * second audit in the same timed iteration would pay for collecting the first.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Duser.timezone=UTC"})
@State(Scope.Benchmark)
public class AuditBenchmark {

    /** Which generated log. */
    @Param({Schools.TENTH, Schools.SMALL_YEAR, Schools.YEAR})
    public String span;

    private School school;
    private List<JournalEvent> events;
    private List<Rule> rules;
    private Instant asOf;

    /** Generates the log once per trial and checks that every event of it can be applied. */
    @Setup(Level.Trial)
    public void generate() {
        GeneratedSchool s = Schools.generate(span);
        school = s.school();
        events = new ArrayList<>();
        for (Step step : s.steps()) {
            events.add(new JournalEvent(events.size() + 1, step.at(), step.actor(), step.command(), List.of()));
        }
        rules = Regulation.rules(Profile.defaults());
        asOf = s.at(s.lastDay().plusDays(1), 9, 0);
        AuditReport first = audit();
        if (first.applied() != events.size()) {
            throw new IllegalStateException("the generated log does not replay: " + first.applied() + " of "
                    + events.size() + " events applied");
        }
        System.out.println("audit of " + span + ": " + events.size() + " events, " + rules.size() + " rules, "
                + first.findings().size() + " findings");
    }

    /** @return one audit of the whole log */
    @Benchmark
    public AuditReport audit() {
        return Audit.run(school, rules, events.stream(), asOf);
    }
}
