package org.ejournal.rules;

import java.math.BigDecimal;
import java.util.Objects;
import org.ejournal.core.model.PeriodKind;

/**
 * One row of the accumulation table (накопляемость, POL-4.4c): for subjects taught up to
 * {@code upToHoursPerWeek} hours a week (inclusive; {@code null} for any number), the fewest marks a
 * pupil should have in a quarter, a trimester and a half-year. Immutable and thread-safe.
 *
 * @param upToHoursPerWeek the upper bound of weekly hours, inclusive, or {@code null} for the last row
 * @param perQuarter marks per quarter
 * @param perTrimester marks per trimester
 * @param perHalfYear marks per half-year
 */
public record MinimumMarks(BigDecimal upToHoursPerWeek, int perQuarter, int perTrimester, int perHalfYear) {

    /** Checks the numbers. */
    public MinimumMarks {
        if (perQuarter < 0 || perTrimester < 0 || perHalfYear < 0) {
            throw new ProfileException("accumulation.minimumMarks", "counts must not be negative");
        }
        if (upToHoursPerWeek != null && upToHoursPerWeek.signum() <= 0) {
            throw new ProfileException("accumulation.minimumMarks", "upToHoursPerWeek must be positive");
        }
    }

    /**
     * @param kind a kind of study period
     * @return the minimum for it; 0 for the year, which has no minimum of its own
     */
    public int forKind(PeriodKind kind) {
        switch (Objects.requireNonNull(kind, "kind")) {
            case QUARTER:
                return perQuarter;
            case TRIMESTER:
                return perTrimester;
            case HALF_YEAR:
                return perHalfYear;
            default:
                return 0;
        }
    }
}
