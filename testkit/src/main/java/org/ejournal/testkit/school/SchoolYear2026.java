package org.ejournal.testkit.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ejournal.core.model.GradeRange;
import org.ejournal.core.model.PeriodKind;
import org.ejournal.core.model.SchoolCalendar;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.Vacation;

/** The school year 2026/27 every generated school records: its calendar and study periods. */
final class SchoolYear2026 {

    static final SchoolYearId YEAR = SchoolYearId.of("2026-2027");
    static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
    static final LocalDate LAST = LocalDate.of(2027, 5, 31);

    /** A study period as the administrator defines it. */
    record Period(StudyPeriodId id, PeriodKind kind, int number, LocalDate first, LocalDate last, GradeRange grades) {

        boolean covers(LocalDate day, int grade) {
            return grades.contains(grade) && !day.isBefore(first) && !day.isAfter(last);
        }
    }

    static final Period Q1 = new Period(StudyPeriodId.of("2026-q1"), PeriodKind.QUARTER, 1, FIRST,
            LocalDate.of(2026, 10, 25), GradeRange.of(1, 9));
    static final Period H1 = new Period(StudyPeriodId.of("2026-h1"), PeriodKind.HALF_YEAR, 1, FIRST,
            LocalDate.of(2026, 12, 28), GradeRange.of(10, 11));
    static final Period WHOLE_YEAR = new Period(StudyPeriodId.of("2026-year"), PeriodKind.YEAR, 1, FIRST, LAST,
            GradeRange.ALL);

    /** Quarters for grades 1–9, half-years for 10–11, and the year: in the order they are defined. */
    static final List<Period> PERIODS = List.of(Q1,
            new Period(StudyPeriodId.of("2026-q2"), PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 5),
                    LocalDate.of(2026, 12, 28), GradeRange.of(1, 9)),
            new Period(StudyPeriodId.of("2026-q3"), PeriodKind.QUARTER, 3, LocalDate.of(2027, 1, 12),
                    LocalDate.of(2027, 3, 21), GradeRange.of(1, 9)),
            new Period(StudyPeriodId.of("2026-q4"), PeriodKind.QUARTER, 4, LocalDate.of(2027, 3, 30), LAST,
                    GradeRange.of(1, 9)),
            H1,
            new Period(StudyPeriodId.of("2026-h2"), PeriodKind.HALF_YEAR, 2, LocalDate.of(2027, 1, 12), LAST,
                    GradeRange.of(10, 11)),
            WHOLE_YEAR);

    private SchoolYear2026() {
    }

    /** @return a five-day week, the public holidays, the vacations, and a February week off for the first grade */
    static SchoolCalendar calendar() {
        return SchoolCalendar.ofWeek(5)
                .withDaysOff(Set.of(LocalDate.of(2026, 11, 4), LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 8),
                        LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 11)))
                .withVacation(Vacation.of("осенние каникулы", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 3),
                        GradeRange.ALL))
                .withVacation(Vacation.of("зимние каникулы", LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 11),
                        GradeRange.ALL))
                .withVacation(Vacation.of("дополнительные каникулы", LocalDate.of(2027, 2, 15),
                        LocalDate.of(2027, 2, 21), GradeRange.of(1, 1)))
                .withVacation(Vacation.of("весенние каникулы", LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 29),
                        GradeRange.ALL));
    }
}
