package org.ejournal.core.view;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;

/**
 * A read of the journal, as an {@link org.ejournal.core.rule.AccessPolicy} sees it before answering.
 * Immutable and thread-safe.
 */
public sealed interface Query {

    /**
     * A class's journal page for a subject and a study period.
     *
     * @param schoolClass the class
     * @param subject the subject
     * @param period the study period
     */
    record PageQuery(ClassId schoolClass, SubjectId subject, StudyPeriodId period) implements Query {
    }

    /**
     * A pupil's diary for a range of days.
     *
     * @param student the pupil
     * @param first the first day
     * @param last the last day
     */
    record DiaryQuery(StudentId student, LocalDate first, LocalDate last) implements Query {
    }

    /**
     * The history of an entry.
     *
     * @param entry the entry
     */
    record HistoryQuery(EntryRef entry) implements Query {
    }

    /**
     * The listing of who edited what in a class journal over a range of days.
     *
     * @param schoolClass the class
     * @param subject the subject it is narrowed to, or empty for every subject
     * @param from the first day
     * @param to the last day
     */
    record EditsQuery(ClassId schoolClass, Optional<SubjectId> subject, LocalDate from, LocalDate to)
            implements Query {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public EditsQuery {
            Objects.requireNonNull(schoolClass, "schoolClass");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
