package org.ejournal.core.model;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The school (образовательная организация) whose journal this is: its name, its time zone — every
 * "day of the lesson" and every deadline is counted in it — its attendance codes and the grading
 * scales it uses. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <pre>{@code
 * School school = School.builder()
 *     .id(SchoolId.of("kamchatka-school-1"))
 *     .name("МБОУ «Средняя школа № 1»")
 *     .zone(ZoneId.of("Asia/Kamchatka"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class School {

    School() {
    }

    /** @return a builder; {@code id}, {@code name} and {@code zone} are required */
    public static ImmutableSchool.Builder builder() {
        return ImmutableSchool.builder();
    }

    /** @return the school's identifier */
    public abstract SchoolId id();

    /** @return the school's full name, as printed on reports */
    public abstract String name();

    /** @return the school's time zone, e.g. {@code Asia/Kamchatka} */
    public abstract ZoneId zone();

    /** @return the attendance codes; by default {@link AttendanceCodes#defaults()} */
    @Value.Default
    public AttendanceCodes attendanceCodes() {
        return AttendanceCodes.defaults();
    }

    /**
     * @return the grading scales marks may use; by default the five-point scale, pass/fail and the
     *     special period results (н/а, осв.)
     */
    @Value.Default
    public List<GradingScale> gradingScales() {
        return List.of(FivePoint.SCALE, PassFail.SCALE, SpecialResults.SCALE);
    }

    /**
     * @param id a scale identifier, not {@code null}
     * @return the scale with that identifier, or {@code null} if the school has none
     */
    public GradingScale scale(ScaleId id) {
        for (GradingScale s : gradingScales()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** Refuses a school whose name is blank or whose scales repeat an identifier. */
    @Value.Check
    protected void check() {
        if (name().isBlank() || name().length() > 300) {
            throw new IllegalArgumentException("EJ1001 school name must have 1 to 300 characters");
        }
        Set<ScaleId> seen = new HashSet<>();
        for (GradingScale s : gradingScales()) {
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException("EJ1001 grading scale " + s.id() + " is listed twice");
            }
        }
    }
}
