package org.ejournal.core.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.SubjectId;

/**
 * Who edited what in one class journal over a range of days (REC-1.7, POL-1.2, POL-5.1): every
 * revision of every entry of the class's journal — lessons, tasks, marks, attendance, homework,
 * thematic plans, period marks, exam results — recorded on those days in the school's time zone,
 * in the order the log recorded them. NetSchool calls this listing the journal access report
 * («отчёт о доступе к классному журналу»).
 *
 * <p>The listing is read from the same revisions as {@link EntryHistory}: each row carries the very
 * {@link Revision} that the history of its entry shows, so the two never disagree. An entry belongs
 * to the journal of the class of its lesson (lessons, tasks, marks, attendance, homework), of its
 * plan (thematic plans), of every class whose page for the period has the pupil's row (period marks:
 * the classes of the period's year and grades the pupil was in during the period, as placed when the
 * revision was recorded; failing that, the last class the pupil was in during the period), or of the
 * class the pupil was in on the exam's day, else their last class before it (exam results).
 * Immutable and thread-safe.
 *
 * @param schoolClass the class whose journal is listed
 * @param subject the subject the listing was narrowed to, or empty for every subject
 * @param from the first day, in the school's zone
 * @param to the last day, in the school's zone, not before {@code from}
 * @param edits the revisions recorded on those days, in recording order (by log sequence)
 */
public record EditListing(SchoolClass schoolClass, Optional<SubjectId> subject, LocalDate from, LocalDate to,
        List<Edit> edits) {

    /** The longest range of days one listing may cover: a school year and its summer, like a diary. */
    public static final int MAX_DAYS = 400;

    /**
     * Checks the parts and copies the rows.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public EditListing {
        Objects.requireNonNull(schoolClass, "schoolClass");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        edits = List.copyOf(edits);
    }

    /** @return the rows that changed an entry already there: corrections and cancellations, in recording order */
    public List<Edit> corrections() {
        return edits.stream().filter(e -> e.change() != Revision.Change.CREATED).toList();
    }

    /**
     * One row of the listing: one revision of one entry. Immutable and thread-safe.
     *
     * @param entry the entry revised
     * @param subject the subject of the page the entry is on
     * @param revision the revision, as the entry's {@link EntryHistory} shows it
     * @param roles the roles the actor holds as a member of staff (roles are registered once with the
     *     staff member and never change, so they are the roles held when the change was made); empty
     *     for a system actor
     */
    public record Edit(EntryRef entry, SubjectId subject, Revision revision, Set<StaffRole> roles) {

        /**
         * Checks the parts and copies the roles.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Edit {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(revision, "revision");
            roles = Set.copyOf(roles);
        }

        /** @return the event's position in the log */
        public long sequence() {
            return revision.sequence();
        }

        /** @return when the change was recorded */
        public Instant recordedAt() {
            return revision.recordedAt();
        }

        /** @return who made the change, as recorded (POL-6.6) */
        public Actor actor() {
            return revision.actor();
        }

        /** @return whether the change created, corrected or cancelled the entry */
        public Revision.Change change() {
            return revision.change();
        }

        /** @return the command's name, e.g. {@code CorrectMark} */
        public String action() {
            return revision.action();
        }

        /** @return the entry before, or empty when it was created */
        public Optional<String> before() {
            return revision.before();
        }

        /** @return the entry after, or empty when it was cancelled */
        public Optional<String> after() {
            return revision.after();
        }

        /** @return why, or empty for a first entry */
        public Optional<String> reason() {
            return revision.reason();
        }
    }
}
