package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.ejournal.core.model.*;

/**
 * Records a pupil's movement by the director's order (POL-4.6): enrolment into a class, transfer to another class, withdrawal, promotion or conditional promotion with academic debt. Movements of one pupil are recorded in date order.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param student the pupil
 * @param kind the kind of movement
 * @param to the class the pupil joins; {@code null} only for a withdrawal
 * @param order the order
 * @param effective the first day the movement is in force
 * @param academicDebts the subjects to retake; not empty exactly for a conditional promotion
 */
public record RecordMovement(
        @NotNull StudentId student,
        @NotNull MovementKind kind,
        ClassId to,
        @NotNull @Valid OrderRef order,
        @NotNull LocalDate effective,
        @NotNull Set<@NotNull SubjectId> academicDebts) implements Command {

    /** Copies the debts; a null element is left for Bean Validation to report. */
    public RecordMovement {
        academicDebts = academicDebts == null ? null : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(academicDebts));
    }

    /**
     * An enrolment.
     *
     * @param student the pupil
     * @param to the class
     * @param order the order
     * @param effective the first day in the class
     * @return the command
     */
    public static RecordMovement enrolment(StudentId student, ClassId to, OrderRef order, LocalDate effective) {
        return new RecordMovement(student, MovementKind.ENROLMENT, to, order, effective, Set.of());
    }

    /**
     * A transfer to another class.
     *
     * @param student the pupil
     * @param to the new class
     * @param order the order
     * @param effective the first day in the new class
     * @return the command
     */
    public static RecordMovement transfer(StudentId student, ClassId to, OrderRef order, LocalDate effective) {
        return new RecordMovement(student, MovementKind.TRANSFER, to, order, effective, Set.of());
    }

    /**
     * A withdrawal from the school.
     *
     * @param student the pupil
     * @param order the order
     * @param effective the first day the pupil is no longer at the school
     * @return the command
     */
    public static RecordMovement withdrawal(StudentId student, OrderRef order, LocalDate effective) {
        return new RecordMovement(student, MovementKind.WITHDRAWAL, null, order, effective, Set.of());
    }

    /** @return whether the class and the debts fit the kind (a Bean Validation property) */
    @AssertTrue(message = "the target class is required except for a withdrawal or a graduation, and academic debts go only with a conditional promotion")
    public boolean isConsistent() {
        if (kind == null || academicDebts == null) {
            return true;
        }
        boolean classOk = (kind == MovementKind.WITHDRAWAL || kind == MovementKind.GRADUATION) == (to == null);
        boolean debtsOk = (kind == MovementKind.CONDITIONAL_PROMOTION) == !academicDebts.isEmpty();
        return classOk && debtsOk;
    }

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
