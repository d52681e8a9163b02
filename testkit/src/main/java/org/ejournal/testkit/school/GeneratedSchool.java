package org.ejournal.testkit.school;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.JournalStore;
import org.ejournal.rules.Regulation;

/**
 * A generated school: the {@link School}, the timed commands its staff send ({@link #steps()}, in
 * the order of their instants), what the accepted ones record ({@link #expected()}) and the mistakes
 * made on purpose ({@link #mistakes()}). {@link #replay()} sends the steps to a journal under the
 * regulation. Made by {@link SchoolGenerator#generate(SchoolKnobs)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * GeneratedSchool school = SchoolGenerator.generate(SchoolKnobs.defaults());
 * Replay replay = school.replay();
 * AuditReport audit = replay.audit();                 // Regulation.audit over what was recorded
 * for (InjectedMistake m : school.mistakes()) {
 *     System.out.println(m + " → " + replay.outcome(m.step()).violations());
 * }
 * }</pre>
 */
public final class GeneratedSchool {

    /** The journal administrator, who sets the school up. */
    public static final StaffId ADMIN_ID = StaffId.of("admin");
    /** The director. */
    public static final StaffId DIRECTOR_ID = StaffId.of("director");
    /** The deputy director, who also holds the teacher's role. */
    public static final StaffId DEPUTY_ID = StaffId.of("deputy");
    /** The records clerk. */
    public static final StaffId CLERK_ID = StaffId.of("clerk");
    /** The administrator as an actor. */
    public static final Actor ADMIN = Actor.staff(ADMIN_ID);
    /** The director as an actor. */
    public static final Actor DIRECTOR = Actor.staff(DIRECTOR_ID);
    /** The deputy director as an actor. */
    public static final Actor DEPUTY = Actor.staff(DEPUTY_ID);
    /** The school year every generated school records: 2026/27. */
    public static final SchoolYearId YEAR = SchoolYear2026.YEAR;
    /** Its first day, Tuesday 1 September 2026. */
    public static final LocalDate YEAR_FIRST = SchoolYear2026.FIRST;
    /** Its last day, 31 May 2027. */
    public static final LocalDate YEAR_LAST = SchoolYear2026.LAST;
    /** The first quarter, 1 September – 25 October 2026, grades 1–9. */
    public static final StudyPeriodId FIRST_QUARTER = SchoolYear2026.Q1.id();
    /** The first half-year, 1 September – 28 December 2026, grades 10–11. */
    public static final StudyPeriodId FIRST_HALF_YEAR = SchoolYear2026.H1.id();
    /** The year as a study period, for year marks. */
    public static final StudyPeriodId WHOLE_YEAR = SchoolYear2026.WHOLE_YEAR.id();

    private final SchoolKnobs knobs;
    private final School school;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Instant end;
    private final List<Step> steps;
    private final ExpectedSchool expected;
    private final List<InjectedMistake> mistakes;

    GeneratedSchool(SchoolKnobs knobs, LocalDate firstDay, LocalDate lastDay, Instant end, List<Step> steps,
            ExpectedSchool expected, List<InjectedMistake> mistakes) {
        this.knobs = knobs;
        this.school = School.builder().id(SchoolId.of(knobs.schoolId())).name(knobs.schoolName()).zone(knobs.zone())
                .build();
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.end = end;
        this.steps = List.copyOf(steps);
        this.expected = expected;
        this.mistakes = List.copyOf(mistakes);
    }

    /** @return the knobs it was generated with */
    public SchoolKnobs knobs() {
        return knobs;
    }

    /** @return the school a journal must be built for, in the knobs' zone */
    public School school() {
        return school;
    }

    /** @return the first day of the weeks recorded, 1 September 2026 */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** @return the last day of the weeks recorded */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** @return the end of the last day, in the school's zone: no step is at or after it; audit as of it */
    public Instant end() {
        return end;
    }

    /**
     * @param day a day, not {@code null}
     * @param hour the hour, 0 to 23
     * @param minute the minute, 0 to 59
     * @return that moment in the school's zone, e.g. for {@code replay.clock().set(school.at(day, 7, 30))}
     * @throws java.time.DateTimeException if the hour or minute is out of range
     */
    public Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(school.zone()).toInstant();
    }

    /** @return every command in the order of its instant (commands at one instant in the order sent) */
    public List<Step> steps() {
        return steps;
    }

    /** @return the set-up: the steps before the first day of the weeks, all by the administration and teachers */
    public List<Step> setUpSteps() {
        Instant firstMorning = firstDay.atStartOfDay(school.zone()).toInstant();
        int n = 0;
        while (n < steps.size() && steps.get(n).at().isBefore(firstMorning)) {
            n++;
        }
        return steps.subList(0, n);
    }

    /** @return what the accepted steps record */
    public ExpectedSchool expected() {
        return expected;
    }

    /** @return the mistakes made on purpose, in the order of their steps; empty with {@link Mistakes#none()} */
    public List<InjectedMistake> mistakes() {
        return mistakes;
    }

    /**
     * The SHA-256 of the steps in a canonical form: for each, its position, instant, actor and command
     * as the journal's canonical event encoding writes them ({@link EventCodec#encode(JournalEvent)}),
     * each preceded by its length. Equal steps give equal digests on any machine, so a test can pin the
     * digest of a small school and notice any change in what is generated.
     *
     * @return the digest in lower-case hexadecimal, 64 characters
     */
    public String digest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("EJ1001 the JDK lacks SHA-256", e);
        }
        sha.update(("ejournal-testkit-school-v1 " + school.id().value()).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            byte[] bytes = EventCodec.encode(new JournalEvent(i + 1, s.at(), s.actor(), s.command(), List.of()));
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Sends every step to a new journal under the regulation ({@link Regulation#journal}, with the
     * knobs' profile), over a new in-memory store, with a {@link SteppingClock} set to each step's
     * instant.
     *
     * @return what became of each step
     */
    public Replay replay() {
        return replayInto(Regulation.journal(school, knobs.profile()));
    }

    /**
     * Sends every step to a journal built from the given builder (with its rules, access policy,
     * validator…), over a new in-memory store, with a {@link SteppingClock}.
     *
     * @param builder the journal's builder, not {@code null}; its school, store and clock are set here
     * @return what became of each step
     */
    public Replay replayInto(Journal.Builder builder) {
        return replayInto(builder, InMemoryStore.create());
    }

    /**
     * Sends every step to a journal built from the given builder over the given store, with a
     * {@link SteppingClock}.
     *
     * @param builder the journal's builder, not {@code null}; its school, store and clock are set here
     * @param store the store, not {@code null}, holding nothing of this school
     * @return what became of each step
     */
    public Replay replayInto(Journal.Builder builder, JournalStore store) {
        return Replay.of(this, steps, builder, store);
    }

    /**
     * Sends only the set-up ({@link #setUpSteps()}) to a new journal under the regulation: a school
     * ready for its first day, to which a test adds its own commands with {@link Replay#execute}.
     *
     * @return what became of each set-up step; its clock stands at the last one
     */
    public Replay setUp() {
        return Replay.of(this, setUpSteps(), Regulation.journal(school, knobs.profile()), InMemoryStore.create());
    }

    @Override
    public String toString() {
        return "GeneratedSchool[" + school.id().value() + ", seed " + knobs.seed() + ", " + expected.grades().size()
                + " classes, " + expected.pupils().size() + " pupils, " + firstDay + "…" + lastDay + ", "
                + steps.size() + " steps, " + mistakes.size() + " mistakes]";
    }
}
