package org.ejournal.benchmarks;

import java.util.List;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.SchoolGenerator;
import org.ejournal.testkit.school.SchoolKnobs;

/**
 * The generated schools the benchmarks run over, by name: the test kit's school of 30 classes and
 * 844 pupils ({@link SchoolKnobs#defaults()}: seed 20 260 901, three classes in grades 1–8 and
 * two in 9–11, 25–30 pupils a class, every subject, 90 % of families with a guardian, 3 late
 * enrolments, 3 transfers, 2 withdrawals, illness 10 ‰, 2 % of lessons substituted, the zone
 * Asia/Kamchatka, no injected mistakes, the regulation's default profile) recording a number of
 * weeks of 2026/27 from Tuesday 1 September, and a tiny one for the smoke test. The event counts
 * quoted below are the steps {@link SchoolGenerator} makes for these knobs (every one accepted by
 * the journal); {@code BenchmarksSmokeTest} checks that the names keep their sizes.
 */
public final class Schools {

    /**
     * The first quarter and the day after: 8 weeks, 1 September – 26 October, with the quarter's
     * period marks and its close: 77 171 events, 41 912 of them marks.
     */
    public static final String QUARTER = "quarter";
    /** The whole school year, 39 weeks, 1 September – 31 May: 324 533 events. */
    public static final String YEAR = "year";
    /** 3 weeks, 1 – 21 September: 31 572 events, a tenth of the year's (set-up included; the year has 10.28×). */
    public static final String TENTH = "tenth";
    /**
     * The whole school year of a school a tenth the size: 3 classes (one each in grades 5–7) instead
     * of 30, no movements: 35 146 events ({@link #YEAR} has 9.23× as many). Scaling from it to
     * {@link #YEAR} is about 10× the events with the same kinds of work per event — the same calendar,
     * the same periods ending, the same end-of-period reports.
     */
    public static final String SMALL_YEAR = "year-3-classes";
    /** One class per grade, 20–22 pupils, the first week, no movements: 3 878 events; for the smoke test only. */
    public static final String TINY = "tiny";

    private Schools() {
    }

    /**
     * @param name one of the names above
     * @return the knobs of that school
     * @throws IllegalArgumentException for another name
     */
    public static SchoolKnobs knobs(String name) {
        switch (name) {
            case QUARTER:
                return SchoolKnobs.builder().weeks(8).build();
            case YEAR:
                return SchoolKnobs.builder().weeks(SchoolKnobs.MAX_WEEKS).build();
            case TENTH:
                return SchoolKnobs.builder().weeks(3).build();
            case SMALL_YEAR:
                return SchoolKnobs.builder().classesPerGrade(List.of(0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0))
                        .weeks(SchoolKnobs.MAX_WEEKS).lateEnrolments(0).transfers(0).withdrawals(0).build();
            case TINY:
                return SchoolKnobs.builder().classesPerGrade(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
                        .minPupils(20).maxPupils(22).weeks(1).lateEnrolments(0).transfers(0).withdrawals(0)
                        .build();
            default:
                throw new IllegalArgumentException("no school named " + name);
        }
    }

    /**
     * @param name one of the names above
     * @return that school, generated (deterministic)
     */
    public static GeneratedSchool generate(String name) {
        return SchoolGenerator.generate(knobs(name));
    }
}
