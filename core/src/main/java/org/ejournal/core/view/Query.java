package org.ejournal.core.view;

import java.time.LocalDate;
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
}
