package org.ejournal.core.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;

/**
 * A legal hold: the records of a school year — or only those that concern one pupil — must not be
 * purged, whatever their term, because a court, the prosecutor's office, an inspection or a dispute
 * needs them. The host keeps its holds (they are not events of the journal) and passes those in
 * force to {@link Retention#withHolds}; lifting a hold is leaving it out of the next plan.
 *
 * <p>A hold on a year keeps every entry of that year, journal and summary sheet, and whatever they
 * need (the pupils' and guardians' registrations they name). A hold narrowed to a pupil keeps, of
 * that year, the entries about that pupil (marks, attendance, period marks, exam results, movements,
 * paper reports), the entries of the classes the pupil was in that are about no pupil in particular
 * (lessons and their topics, homework, tasks, groups, plans, teachers, weekly load), and those of the
 * year as a whole (the year, its periods and their closing, outages), so that the pupil's pages and
 * diary read as they did, and the pupil's registration; other pupils' marks and attendance in those
 * classes are purged when due. So a hold that was valid once stays valid while it is passed: the year
 * and pupil it names are kept.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the school year held, not {@code null}
 * @param pupil the pupil the hold is narrowed to, or empty for the whole year
 * @param reason why: the request, case or order, 1 to 500 characters, not blank
 * @param placedBy the staff member accountable for the hold (POL-6.6), not {@code null}
 * @param placedOn the day the hold was placed, not {@code null}
 */
public record LegalHold(SchoolYearId year, Optional<StudentId> pupil, String reason, StaffId placedBy,
        LocalDate placedOn) {

    /** The longest reason. */
    public static final int MAX_REASON = 500;

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is {@code null}
     * @throws IllegalArgumentException (code {@value Retention#INVALID_HOLD}) if the reason is blank or too long
     */
    public LegalHold {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedOn, "placedOn");
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException(Retention.INVALID_HOLD + " a legal hold's reason must have 1 to "
                    + MAX_REASON + " characters and not be blank");
        }
    }

    /**
     * @param year the school year, not {@code null}
     * @param reason why, not blank
     * @param placedBy the accountable staff member, not {@code null}
     * @param placedOn the day placed, not {@code null}
     * @return a hold on the whole year
     * @throws IllegalArgumentException (code {@value Retention#INVALID_HOLD}) if the reason is blank or too long
     */
    public static LegalHold ofYear(SchoolYearId year, String reason, StaffId placedBy, LocalDate placedOn) {
        return new LegalHold(year, Optional.empty(), reason, placedBy, placedOn);
    }

    /**
     * @param year the school year, not {@code null}
     * @param pupil the pupil, not {@code null}
     * @param reason why, not blank
     * @param placedBy the accountable staff member, not {@code null}
     * @param placedOn the day placed, not {@code null}
     * @return a hold on what concerns one pupil in that year
     * @throws IllegalArgumentException (code {@value Retention#INVALID_HOLD}) if the reason is blank or too long
     */
    public static LegalHold ofPupil(SchoolYearId year, StudentId pupil, String reason, StaffId placedBy,
            LocalDate placedOn) {
        return new LegalHold(year, Optional.of(Objects.requireNonNull(pupil, "pupil")), reason, placedBy, placedOn);
    }

    /** @return a short description without the reason, e.g. {@code hold on 2026-2027 for s-ivanova by admin} */
    public String describe() {
        return "hold on " + year.value() + pupil.map(p -> " for " + p.value()).orElse("") + " by "
                + placedBy.value() + " since " + placedOn;
    }
}
