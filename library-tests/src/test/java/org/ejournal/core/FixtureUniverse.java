package org.ejournal.core;

import java.util.List;
import org.ejournal.testkit.gen.Universe;

/** The universe of {@link SchoolFixture#create()}'s school, from its public constants. */
public final class FixtureUniverse {

    private FixtureUniverse() {
    }

    /** @return what {@link SchoolFixture#create()} sets up */
    public static Universe of() {
        return Universe.of(SchoolFixture.YEAR, SchoolFixture.YEAR_FIRST, SchoolFixture.YEAR_LAST,
                SchoolFixture.MONDAY, SchoolFixture.KAMCHATKA,
                List.of(SchoolFixture.IVANOVA, SchoolFixture.PETROV, SchoolFixture.SIDOROV,
                        SchoolFixture.ALEKSEEVA, SchoolFixture.KUZNETSOV),
                List.of(SchoolFixture.C5A, SchoolFixture.C5B),
                List.of(SchoolFixture.G5A_1),
                List.of(SchoolFixture.MATH, SchoolFixture.RUSSIAN, SchoolFixture.PE),
                List.of(SchoolFixture.MATH_TEACHER_ID, SchoolFixture.RUS_TEACHER_ID, SchoolFixture.DIRECTOR_ID),
                List.of(SchoolFixture.ADMIN_ID, SchoolFixture.CLERK_ID),
                List.of(SchoolFixture.Q1, SchoolFixture.Q2, SchoolFixture.H1, SchoolFixture.YEAR_PERIOD),
                List.of(SchoolFixture.IVANOVA_MOTHER),
                List.of(SchoolFixture.LESSON),
                List.of(SchoolFixture.TASK),
                List.of(SchoolFixture.ADMIN, SchoolFixture.MATH_TEACHER, SchoolFixture.RUS_TEACHER,
                        SchoolFixture.DIRECTOR, SchoolFixture.INSTALLER));
    }
}
