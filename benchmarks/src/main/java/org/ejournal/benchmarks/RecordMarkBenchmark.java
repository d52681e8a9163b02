package org.ejournal.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.DefineStudyPeriod;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.ScaleId;
import org.ejournal.core.model.School;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.testkit.school.CurriculumSubject;
import org.ejournal.testkit.school.ExpectedSchool;
import org.ejournal.testkit.school.ExpectedSchool.PlannedLesson;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.SteppingClock;
import org.ejournal.testkit.school.Step;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recording a mark in gate mode with the whole catalogue on, against the bare minimum any journal
 * must do: Bean Validation of the same command with the same validator configuration plus an insert
 * into a {@link HashMap}. Both run in the same JMH run; the ratio of their throughputs is the figure
 * (issue 3 aims at ≥ 1/3).
 *
 * <p>The journal is a whole school's year ({@link Schools#YEAR}: every lesson, task, absence,
 * homework, mark, period mark and period close the test kit's generator recorded, 324 533 events),
 * rebuilt before every iteration. Each invocation then records one more mark: the next (task, pupil)
 * pair not yet marked in a study period still open (the fourth quarter, the second half-year: 152 194
 * such pairs), in the order of the lessons, by the teacher who set the task, two minutes after the
 * lesson — so the journal keeps growing as a real one does and no pair is marked twice. Every
 * outcome must be an acceptance; an iteration that ran out of pairs or saw a rejection fails the run
 * rather than measure something else.
 *
 * <p>Because a mark can be recorded only once, each iteration is one batch of {@value #BATCH} marks
 * into a freshly rebuilt journal (JMH's single-shot mode with a batch size): the score is the time
 * for the batch, and throughput is {@value #BATCH} divided by it. A steady-state throughput mode
 * would run out of pairs, however many the school has, as the journal gets faster.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = RecordMarkBenchmark.BATCH)
@Measurement(iterations = 10, batchSize = RecordMarkBenchmark.BATCH)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Duser.timezone=UTC"})
public class RecordMarkBenchmark {

    /** Marks recorded per iteration. */
    public static final int BATCH = 100_000;

    /** One mark to record: who, when, what. */
    record Entry(Actor actor, Instant at, RecordMark command) {
    }

    /** The school, its log without the benchmark's marks, and the marks to record. */
    @State(Scope.Benchmark)
    public static class Log {
        /** Which generated school: {@link Schools#YEAR}, or {@link Schools#TINY} for the smoke test. */
        @Param({Schools.YEAR})
        public String school;

        /** The scale of each subject the generator teaches. */
        private static final Map<SubjectId, ScaleId> SCALES = Arrays.stream(CurriculumSubject.values())
                .collect(Collectors.toMap(CurriculumSubject::id, CurriculumSubject::scale));

        School model;
        List<JournalEvent> log;
        List<Entry> marks;

        /** Generates the school once per trial. */
        @Setup(Level.Trial)
        public void generate() {
            GeneratedSchool s = Schools.generate(school);
            model = s.school();
            log = new ArrayList<>();
            Map<TaskId, Step> assigned = new HashMap<>();
            List<DefineStudyPeriod> periods = new ArrayList<>();
            Set<StudyPeriodId> closed = new HashSet<>();
            for (Step step : s.steps()) {
                log.add(new JournalEvent(log.size() + 1, step.at(), step.actor(), step.command(), List.of()));
                if (step.command() instanceof AssignTask t) {
                    assigned.put(t.id(), step);
                } else if (step.command() instanceof DefineStudyPeriod p) {
                    periods.add(p);
                } else if (step.command() instanceof ClosePeriod c) {
                    closed.add(c.period());
                }
            }
            List<DefineStudyPeriod> closedPeriods = periods.stream().filter(p -> closed.contains(p.id())).toList();
            marks = unmarked(s, assigned, closedPeriods);
            System.out.println("recording marks over " + school + ": " + log.size() + " events in the log, "
                    + marks.size() + " pairs to mark, " + Regulation.rules(Profile.defaults()).size() + " rules");
        }

        /**
         * Every (task, pupil present at its lesson) pair the generator left without a mark, lesson by
         * lesson, leaving out the lessons of the study periods the generator closed: a mark there is
         * refused ({@code ClosedPeriodsDoNotChange}).
         */
        private static List<Entry> unmarked(GeneratedSchool s, Map<TaskId, Step> assigned,
                List<DefineStudyPeriod> closedPeriods) {
            ExpectedSchool ex = s.expected();
            List<Entry> out = new ArrayList<>();
            for (PlannedLesson lesson : ex.lessons().values()) {
                int grade = ex.grades().get(lesson.schoolClass());
                if (closedPeriods.stream().anyMatch(p -> p.grades().contains(grade)
                        && !lesson.date().isBefore(p.firstDay()) && !lesson.date().isAfter(p.lastDay()))) {
                    continue;
                }
                List<StudentId> present = new ArrayList<>();
                Map<StudentId, String> absent = ex.absences().getOrDefault(lesson.id(), Map.of());
                ex.stays().forEach((pupil, stays) -> {
                    boolean there = stays.stream().anyMatch(st -> st.schoolClass().equals(lesson.schoolClass())
                            && st.covers(lesson.date()));
                    boolean inGroup = lesson.group() == null || ex.groups().get(lesson.group()).contains(pupil);
                    String code = absent.get(pupil);
                    if (there && inGroup && (code == null || code.equals("оп"))) {
                        present.add(pupil);
                    }
                });
                for (TaskId task : lesson.tasks()) {
                    Step step = assigned.get(task);
                    // the subject's scale (ОРКСЭ is pass/fail)
                    MarkValue value = PassFail.ID.equals(SCALES.get(lesson.subject())) ? PassFail.PASS
                            : FivePoint.of(4);
                    Set<StudentId> marked = ex.marks().getOrDefault(task, Map.of()).keySet();
                    for (StudentId pupil : present) {
                        if (!marked.contains(pupil)) {
                            out.add(new Entry(step.actor(), step.at().plusSeconds(120),
                                    RecordMark.of(task, pupil, value)));
                        }
                    }
                }
            }
            return List.copyOf(out);
        }
    }

    /** A journal over the school's log with the whole catalogue, fresh for every iteration. */
    @State(Scope.Thread)
    public static class Gate {
        Journal journal;
        SteppingClock clock;
        List<Entry> marks;
        int next;
        int rejected;
        Outcome firstRejection;

        /**
         * Rebuilds the journal from the school's log, so every iteration starts from the same state,
         * then collects the garbage. JMH's own collection between iterations comes before this
         * set-up: without one here, the journal just rebuilt (hundreds of megabytes, all of it live)
         * would still be in the young generation when the batch starts, and the batch's first
         * collections would pay for copying and promoting it — work of the set-up, not of recording
         * marks, and of a size that depends on how much garbage the rebuild made. A journal that has
         * been running holds its state in the old generation.
         *
         * @param q the school's log
         */
        @Setup(Level.Iteration)
        public void fresh(Log q) {
            InMemoryStore store = org.ejournal.core.store.Stores.of(q.model.id(), q.log);
            clock = new SteppingClock(q.log.get(q.log.size() - 1).recordedAt(), q.model.zone());
            journal = Regulation.journal(q.model, Profile.defaults()).store(store).clock(clock).build();
            marks = q.marks;
            next = 0;
            rejected = 0;
            firstRejection = null;
            System.gc();
            CpuTimeProfiler.start();
        }

        /** Fails the run if a mark was refused: the figure would not be that of recording marks. */
        @TearDown(Level.Iteration)
        public void check() {
            CpuTimeProfiler.stop();
            if (rejected > 0) {
                throw new IllegalStateException(rejected + " marks were rejected, e.g. " + firstRejection.violations());
            }
        }
    }

    /** The bare minimum: the library's validator configuration and a hash map. */
    @State(Scope.Thread)
    public static class Bare {
        Validator validator;
        Map<Object, MarkValue> marks;
        List<Entry> entries;
        int next;

        /**
         * Builds the validator as the library builds its own: Hibernate Validator, parameter message
         * interpolation (no Expression Language), a clock provider.
         *
         * @param q the school's log
         */
        @Setup(Level.Trial)
        public void validator(Log q) {
            SteppingClock clock = new SteppingClock(q.log.get(q.log.size() - 1).recordedAt(), q.model.zone());
            validator = Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().usingContext()
                    .clockProvider(() -> clock).getValidator();
            entries = q.marks;
        }

        /** Starts every iteration with an empty map. */
        @Setup(Level.Iteration)
        public void fresh() {
            marks = new HashMap<>();
            next = 0;
            CpuTimeProfiler.start();
        }

        /** Stops the CPU clock. */
        @TearDown(Level.Iteration)
        public void stop() {
            CpuTimeProfiler.stop();
        }
    }

    /** The key of a mark in the bare map. */
    record Key(TaskId task, StudentId student) {
    }

    /**
     * Records the next mark through the journal: core checks, the whole catalogue, the store, the views.
     *
     * @param g the journal
     * @return the outcome
     */
    @Benchmark
    public Outcome gateMode(Gate g) {
        return execute(g);
    }

    /** Records the next mark through the journal; shared with {@link AuditAppendBenchmark#commandPath}. */
    static Outcome execute(Gate g) {
        if (g.next == g.marks.size()) {
            throw new IllegalStateException("all " + g.marks.size() + " unmarked pairs were used in one iteration: "
                    + "use a smaller batch");
        }
        Entry e = g.marks.get(g.next++);
        g.clock.set(e.at());
        Outcome o = g.journal.execute(e.actor(), e.command());
        if (!o.isAccepted() && g.rejected++ == 0) {
            g.firstRejection = o;
        }
        return o;
    }

    /**
     * Validates the same command and puts it into a hash map.
     *
     * @param b the validator and the map
     * @return the value replaced, {@code null}
     */
    @Benchmark
    public Object bareMinimum(Bare b) {
        if (b.next == b.entries.size()) {
            throw new IllegalStateException("all " + b.entries.size() + " pairs were used in one iteration: "
                    + "use a smaller batch");
        }
        RecordMark command = b.entries.get(b.next++).command();
        Set<ConstraintViolation<RecordMark>> violations = b.validator.validate(command);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("invalid: " + violations);
        }
        return b.marks.put(new Key(command.task(), command.student()), command.value());
    }
}
