package org.ejournal.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a promotion order decides for one pupil when it is not what it decides for the whole class
 * (POL-4.6): a conditional promotion with academic debts (условный перевод), a repetition of the grade
 * (оставлен на повторное обучение), a graduation (выпуск, from grade 9 or 11), or a promotion into
 * another class of the next grade than the rest. Immutable and thread-safe; validated with Bean
 * Validation as part of {@link org.ejournal.core.command.PromoteClass}.
 *
 * @param student the pupil, who must be in the class the order promotes
 * @param kind {@link MovementKind#PROMOTION}, {@link MovementKind#CONDITIONAL_PROMOTION},
 *     {@link MovementKind#REPETITION} or {@link MovementKind#GRADUATION}
 * @param to the class of the next year the pupil joins: required for a promotion into another class and
 *     for a repetition, {@code null} for a graduation; for a conditional promotion {@code null} means
 *     the class the order promotes the rest to
 * @param academicDebts the subjects to retake: not empty exactly for a conditional promotion
 */
public record PupilDecision(
        @NotNull StudentId student,
        @NotNull MovementKind kind,
        ClassId to,
        @NotNull Set<@NotNull SubjectId> academicDebts) {

    /** Copies the debts; a null element is left for Bean Validation to report. */
    public PupilDecision {
        academicDebts = academicDebts == null ? null
                : Collections.unmodifiableSet(new LinkedHashSet<>(academicDebts));
    }

    /**
     * A conditional promotion with academic debt (условный перевод) into the class the rest of the class
     * is promoted to.
     *
     * @param student the pupil, not {@code null}
     * @param academicDebts the subjects to retake, not empty
     * @return the decision
     */
    public static PupilDecision conditionalPromotion(StudentId student, Set<SubjectId> academicDebts) {
        return new PupilDecision(student, MovementKind.CONDITIONAL_PROMOTION, null, academicDebts);
    }

    /**
     * A conditional promotion with academic debt into a class other than the rest's.
     *
     * @param student the pupil, not {@code null}
     * @param to a class of the next grade in the next year
     * @param academicDebts the subjects to retake, not empty
     * @return the decision
     */
    public static PupilDecision conditionalPromotion(StudentId student, ClassId to, Set<SubjectId> academicDebts) {
        return new PupilDecision(student, MovementKind.CONDITIONAL_PROMOTION, to, academicDebts);
    }

    /**
     * A promotion into another class of the next grade than the rest's (a class divided in two).
     *
     * @param student the pupil, not {@code null}
     * @param to a class of the next grade in the next year
     * @return the decision
     */
    public static PupilDecision promotion(StudentId student, ClassId to) {
        return new PupilDecision(student, MovementKind.PROMOTION, to, Set.of());
    }

    /**
     * A repetition of the grade (оставлен на повторное обучение).
     *
     * @param student the pupil, not {@code null}
     * @param to a class of the same grade in the next year
     * @return the decision
     */
    public static PupilDecision repetition(StudentId student, ClassId to) {
        return new PupilDecision(student, MovementKind.REPETITION, to, Set.of());
    }

    /**
     * A graduation (выпуск): the pupil finishes the school after grade 9 or 11 and leaves it.
     *
     * @param student the pupil, not {@code null}
     * @return the decision
     */
    public static PupilDecision graduation(StudentId student) {
        return new PupilDecision(student, MovementKind.GRADUATION, null, Set.of());
    }

    /**
     * @return whether the kind is one a promotion order decides, and the class and the debts fit it (a
     *     Bean Validation property)
     */
    @AssertTrue(message = "a decision of a promotion order is a promotion or a repetition into a named class, a"
            + " conditional promotion with academic debts, or a graduation without a class; debts go only with a"
            + " conditional promotion")
    public boolean isConsistent() {
        if (kind == null || academicDebts == null) {
            return true;
        }
        boolean debtsOk = (kind == MovementKind.CONDITIONAL_PROMOTION) == !academicDebts.isEmpty();
        return debtsOk && switch (kind) {
            case PROMOTION, REPETITION -> to != null;
            case CONDITIONAL_PROMOTION -> true;
            case GRADUATION -> to == null;
            default -> false;
        };
    }
}
