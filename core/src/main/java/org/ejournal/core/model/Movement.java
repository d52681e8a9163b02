package org.ejournal.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One movement of a pupil by the director's order (POL-4.6): enrolment, transfer, withdrawal,
 * promotion or conditional promotion with academic debt. Immutable and thread-safe.
 *
 * @param student the pupil
 * @param kind the kind of movement
 * @param from the class the pupil left, if any
 * @param to the class the pupil joined, if any
 * @param order the order
 * @param effective the first day the movement is in force
 * @param academicDebts the subjects to retake, for a conditional promotion
 */
public record Movement(
        StudentId student, MovementKind kind, Optional<ClassId> from, Optional<ClassId> to,
        OrderRef order, LocalDate effective, Set<SubjectId> academicDebts) {

    /** Copies the debts. */
    public Movement {
        academicDebts = Set.copyOf(academicDebts);
    }
}
