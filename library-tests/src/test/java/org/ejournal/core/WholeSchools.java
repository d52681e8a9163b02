package org.ejournal.core;

import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.SchoolGenerator;
import org.ejournal.testkit.school.SchoolKnobs;

/**
 * The whole schools the library's own tests record, from the test kit's {@link SchoolGenerator}: the
 * knobs of each, and the first quarter's school generated once for all the tests that read it (a
 * {@link GeneratedSchool} is immutable, so sharing it changes nothing but the time).
 */
public final class WholeSchools {

    /**
     * A city school's first quarter: the test kit's default school (30 classes, three in grades 1–8 and
     * two in 9–11, 25–30 pupils, 90 % of families with a guardian, three late enrolments, three transfers,
     * two withdrawals, illness 10 ‰, Asia/Kamchatka, seed 20 260 901, no mistakes) over eight weeks: 1
     * September – 26 October 2026, the first quarter (to 25 October) with its period marks and its closing
     * on the first day of the autumn vacation.
     */
    public static final SchoolKnobs FIRST_QUARTER = SchoolKnobs.builder().weeks(8).build();

    private static GeneratedSchool firstQuarter;

    private WholeSchools() {
    }

    /** @return the school of {@link #FIRST_QUARTER}, generated on the first call */
    public static synchronized GeneratedSchool firstQuarter() {
        if (firstQuarter == null) {
            firstQuarter = SchoolGenerator.generate(FIRST_QUARTER);
        }
        return firstQuarter;
    }
}
