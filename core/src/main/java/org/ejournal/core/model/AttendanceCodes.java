package org.ejournal.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attendance codes a school uses. The defaults are the usual Russian letters: «н» absent
 * without a valid reason, «б» ill, «у» absent with a valid reason, «оп» late. Immutable and
 * thread-safe.
 */
public final class AttendanceCodes {

    private static final AttendanceCodes DEFAULTS = of(List.of(
            new AttendanceCode("н", AbsenceKind.ABSENT_UNEXCUSED, "отсутствовал без уважительной причины",
                    "absent without a valid reason"),
            new AttendanceCode("б", AbsenceKind.ABSENT_ILL, "отсутствовал по болезни", "absent, ill"),
            new AttendanceCode("у", AbsenceKind.ABSENT_EXCUSED, "отсутствовал по уважительной причине",
                    "absent with a valid reason"),
            new AttendanceCode("оп", AbsenceKind.LATE, "опоздал", "late")));

    private final List<AttendanceCode> codes;
    private final Map<String, AttendanceCode> byCode;

    private AttendanceCodes(List<AttendanceCode> codes) {
        this.codes = List.copyOf(codes);
        this.byCode = new HashMap<>();
        for (AttendanceCode c : this.codes) {
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("EJ1001 attendance code «" + c.code() + "» is listed twice");
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("EJ1001 a school needs at least one attendance code");
        }
    }

    /** @return the usual Russian codes н, б, у, оп */
    public static AttendanceCodes defaults() {
        return DEFAULTS;
    }

    /**
     * @param codes the school's codes, not empty, no code twice
     * @return the set of codes
     * @throws IllegalArgumentException (code {@code EJ1001}) if empty or a code repeats
     */
    public static AttendanceCodes of(List<AttendanceCode> codes) {
        return new AttendanceCodes(codes);
    }

    /** @return the codes in the school's order */
    public List<AttendanceCode> all() {
        return codes;
    }

    /**
     * @param code the letters, not {@code null}
     * @return the code, or empty if the school has none such
     */
    public Optional<AttendanceCode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttendanceCodes other && codes.equals(other.codes);
    }

    @Override
    public int hashCode() {
        return codes.hashCode();
    }

    @Override
    public String toString() {
        return "AttendanceCodes" + codes;
    }
}
