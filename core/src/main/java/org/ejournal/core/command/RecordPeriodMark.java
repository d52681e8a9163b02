package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.ejournal.core.model.*;

/**
 * Records a pupil's final mark in a subject for a study period or the year (POL-4.4e): a mark of the subject's scale or a special result (н/а, осв).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param student the pupil
 * @param subject the subject
 * @param period the study period
 * @param value the mark
 */
public record RecordPeriodMark(
        @NotNull StudentId student,
        @NotNull SubjectId subject,
        @NotNull StudyPeriodId period,
        @NotNull @Valid MarkValue value) implements Command {

    @Override
    public String clause() {
        return "POL-4.4e";
    }
}
