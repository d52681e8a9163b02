package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ejournal.core.model.*;

/**
 * Records a pupil's exam result (POL-8.4).
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param id the result's identifier
 * @param student the pupil
 * @param subject the subject
 * @param kind the kind of exam
 * @param date the day of the exam, on or after the pupil's first enrolment at the school (state exams fall after the year's last day)
 * @param result the result
 */
public record RecordExamResult(
        @NotNull ExamResultId id,
        @NotNull StudentId student,
        @NotNull SubjectId subject,
        @NotNull ExamKind kind,
        @NotNull LocalDate date,
        @NotNull @Valid MarkValue result) implements Command {

    @Override
    public String clause() {
        return "POL-8.4";
    }
}
