package org.ejournal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;

/**
 * The suggested period mark of one pupil in one subject for one study period (REQUIREMENTS §5a), with
 * everything it rests on, so that a teacher, a guardian or an auditor can retrace it: the marks
 * counted and their weights, the mean, the accumulation figures (POL-4.4c), the lessons and absences
 * of the «н/а» rule, and the version of the local act that computed it. Computed by
 * {@link PeriodMarks#suggest}. Immutable and thread-safe.
 *
 * <p>Marks for work the pupil was excused from, and marks for overdue work closed as a debt, count
 * like any other mark: the journal's model has no flag that tells them apart (see
 * {@link PeriodMarks}).
 *
 * @param student the pupil
 * @param subject the subject
 * @param period the study period
 * @param counted the marks with a numeric value that went into the mean, in lesson order
 * @param marks how many marks the pupil has in the subject in the period, numeric or not (the
 *     accumulation count of POL-4.4c)
 * @param minimumMarks the fewest marks the local act requires for the subject's weekly hours and the
 *     period's kind; empty if the pupil's class has no curriculum load for the subject
 * @param hoursPerWeek the subject's weekly hours in the pupil's class at the end of the period, if set
 * @param lessons how many of the subject's lessons the pupil had in the period (regular lessons of
 *     the pupil's class, or of the pupil's group)
 * @param absences how many of them the pupil missed (any absence, lateness not counted)
 * @param missedMostLessons whether the absences are more than the local act's share of the lessons
 * @param mean the mean of the counted marks (plain or weighted, as the policy says), to two decimal
 *     places rounded half up; empty if no mark counted
 * @param mark the suggested period mark: «н/а» if {@link #notAttested()}, else the rounded mean on
 *     the subject's scale; empty if there is nothing to suggest (no numeric mark)
 * @param policyVersion the version of the local act ({@link Profile#policyVersion()})
 */
public record Suggestion(StudentId student, SubjectId subject, StudyPeriodId period, List<CountedMark> counted,
        int marks, OptionalInt minimumMarks, Optional<BigDecimal> hoursPerWeek, int lessons, int absences,
        boolean missedMostLessons, Optional<BigDecimal> mean, Optional<MarkValue> mark, String policyVersion) {

    /**
     * Checks that nothing is missing and copies the list.
     *
     * @throws NullPointerException if a part is {@code null}
     * @throws IllegalArgumentException if a count is negative
     */
    public Suggestion {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        counted = List.copyOf(counted);
        Objects.requireNonNull(minimumMarks, "minimumMarks");
        Objects.requireNonNull(hoursPerWeek, "hoursPerWeek");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(policyVersion, "policyVersion");
        if (marks < 0 || lessons < 0 || absences < 0 || absences > lessons) {
            throw new IllegalArgumentException("EJ2349 counts must not be negative, nor absences above lessons");
        }
    }

    /** @return whether the pupil has fewer marks than the local act requires (false if no minimum is known) */
    public boolean tooFewMarks() {
        return minimumMarks.isPresent() && marks < minimumMarks.getAsInt();
    }

    /**
     * @return whether the «н/а» rule applies (POL-4.4c): the pupil missed more than the local act's
     *     share of the lessons and has too few marks; then {@link #mark()} is «н/а»
     */
    public boolean notAttested() {
        return missedMostLessons && tooFewMarks();
    }

    /**
     * One mark that went into the mean.
     *
     * @param task the task the mark was given for
     * @param date the day of the task's lesson
     * @param taskType the task type's code
     * @param value the mark
     * @param numeric its numeric value on its scale
     * @param weight the weight it counted with (1 for the plain mean)
     */
    public record CountedMark(TaskId task, LocalDate date, String taskType, MarkValue value, BigDecimal numeric,
            int weight) {

        /** Checks that nothing is missing. */
        public CountedMark {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(taskType, "taskType");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(numeric, "numeric");
        }
    }
}
