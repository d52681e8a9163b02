package org.ejournal.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.ejournal.core.RealisticSchool;
import org.ejournal.core.RealisticSchool.Knobs;

/**
 * The generated schools the benchmarks run over, by name: a school of 30 classes and about 800
 * pupils ({@link Knobs#defaults()}) recording a stretch of 2026/27, and a tiny one for the smoke test.
 */
public final class Schools {

    /** The first quarter, 1 September – 25 October: about 66 000 events. */
    public static final String QUARTER = "quarter";
    /** The whole school year, 1 September – 31 May: about 278 000 events. */
    public static final String YEAR = "year";
    /** 1 – 21 September: about 27 000 events, a tenth of the year's (set-up included). */
    public static final String TENTH = "tenth";
    /**
     * The whole school year of a school a tenth the size: 3 classes (one each in grades 5–7) instead
     * of 30, no movements. Scaling from it to {@link #YEAR} is 10× the events with the same work per
     * event — the same calendar, the same periods ending, the same end-of-period reports.
     */
    public static final String SMALL_YEAR = "year-3-classes";
    /** One class per grade, the first week, no movements: for the smoke test only. */
    public static final String TINY = "tiny";

    private Schools() {
    }

    /**
     * @param name one of the names above
     * @return the knobs of that school
     * @throws IllegalArgumentException for another name
     */
    public static Knobs knobs(String name) {
        Knobs d = Knobs.defaults();
        switch (name) {
            case QUARTER:
                return d;
            case YEAR:
                return until(d, LocalDate.of(2027, 5, 31));
            case TENTH:
                return until(d, LocalDate.of(2026, 9, 21));
            case SMALL_YEAR:
                return new Knobs(d.seed(), List.of(0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0), d.minPupils(), d.maxPupils(),
                        d.guardianPercent(), d.first(), LocalDate.of(2027, 5, 31), 0, 0, 0, d.illnessPerMille());
            case TINY:
                return new Knobs(d.seed(), List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 20, 22, 90, d.first(),
                        LocalDate.of(2026, 9, 7), 0, 0, 0, d.illnessPerMille());
            default:
                throw new IllegalArgumentException("no school named " + name);
        }
    }

    /**
     * @param name one of the names above
     * @return that school, generated (deterministic)
     */
    public static RealisticSchool generate(String name) {
        return RealisticSchool.generate(knobs(name));
    }

    private static Knobs until(Knobs d, LocalDate last) {
        return new Knobs(d.seed(), d.classesPerGrade(), d.minPupils(), d.maxPupils(), d.guardianPercent(), d.first(),
                last, d.lateEnrolments(), d.transfers(), d.withdrawals(), d.illnessPerMille());
    }
}
