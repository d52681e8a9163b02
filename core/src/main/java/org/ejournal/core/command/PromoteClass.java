package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ejournal.core.model.*;

/**
 * Moves every pupil of a class into the next school year by one director's order (POL-4.6: the
 * administrator "moves pupils from class to class by order"): by default each pupil is promoted to
 * the class {@code to} of the next grade — or, when {@code to} is {@code null}, the class graduates
 * (grade 9 or 11) — and the order's {@linkplain PupilDecision individual decisions} say otherwise for
 * single pupils: a conditional promotion with academic debts, a repetition of the grade, a graduation,
 * a promotion into another class.
 *
 * <p>The pupils it moves are those in the class when it is executed (whose placement in the class is
 * still open); each moves exactly as the equivalent {@link RecordMovement} would move them, and the
 * journal records the order as one event: either every pupil moves or, if any move does not fit,
 * nothing changes. The classes it promotes into belong to the school year that follows the class's
 * year, and the order takes effect on a day of that year after the class's year has ended (for a
 * class that only graduates: any day after the class's year has ended). A pupil who leaves the school
 * otherwise is withdrawn by their own order ({@link RecordMovement#withdrawal}) first.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param schoolClass the class whose pupils move
 * @param to the class of the next grade in the next year that the pupils are promoted to by default;
 *     {@code null} when the class graduates by default
 * @param order the director's order
 * @param effective the first day the order is in force
 * @param exceptions the order's decisions for single pupils, each pupil at most once; may be empty
 */
public record PromoteClass(
        @NotNull ClassId schoolClass,
        ClassId to,
        @NotNull @Valid OrderRef order,
        @NotNull LocalDate effective,
        @NotNull List<@NotNull @Valid PupilDecision> exceptions) implements Command {

    /** Copies the exceptions; a null element is left for Bean Validation to report. */
    public PromoteClass {
        exceptions = exceptions == null ? null : Collections.unmodifiableList(new ArrayList<>(exceptions));
    }

    /**
     * Promotes a whole class to the next grade.
     *
     * @param schoolClass the class
     * @param to the class of the next grade in the next year
     * @param order the order
     * @param effective the first day in the new class
     * @param exceptions the decisions for single pupils, if any
     * @return the command
     */
    public static PromoteClass of(ClassId schoolClass, ClassId to, OrderRef order, LocalDate effective,
            PupilDecision... exceptions) {
        return new PromoteClass(schoolClass, to, order, effective, Arrays.asList(exceptions));
    }

    /**
     * Graduates a whole class of grade 9 or 11.
     *
     * @param schoolClass the class
     * @param order the order
     * @param effective the first day the pupils are no longer at the school
     * @param exceptions the decisions for single pupils (a repetition, or a promotion from grade 9 to 10), if any
     * @return the command
     */
    public static PromoteClass graduation(ClassId schoolClass, OrderRef order, LocalDate effective,
            PupilDecision... exceptions) {
        return new PromoteClass(schoolClass, null, order, effective, Arrays.asList(exceptions));
    }

    /**
     * @param student a pupil, not {@code null}
     * @return what the order decides for the pupil: the pupil's individual decision, or the class's
     *     default (a promotion to {@code to}, or a graduation when {@code to} is {@code null})
     */
    public PupilDecision decisionFor(StudentId student) {
        for (PupilDecision d : exceptions == null ? List.<PupilDecision>of() : exceptions) {
            if (d != null && student.equals(d.student())) {
                return d;
            }
        }
        return to == null ? PupilDecision.graduation(student) : PupilDecision.promotion(student, to);
    }

    /**
     * The movement the order records for one pupil: the same {@link RecordMovement} an administrator
     * would send for that pupil alone.
     *
     * @param student a pupil of the class, not {@code null}
     * @return the pupil's movement; its class is {@code null} where the order names none (a graduation,
     *     or a conditional promotion of a class that graduates by default)
     */
    public RecordMovement movementOf(StudentId student) {
        PupilDecision d = decisionFor(student);
        ClassId target = d.to() != null || d.kind() != MovementKind.CONDITIONAL_PROMOTION ? d.to() : to;
        return new RecordMovement(student, d.kind(), target, order, effective, d.academicDebts());
    }

    /** @return whether each pupil has at most one individual decision (a Bean Validation property) */
    @AssertTrue(message = "each pupil has at most one individual decision in the order")
    public boolean isEachPupilOnce() {
        if (exceptions == null) {
            return true;
        }
        Set<StudentId> seen = new HashSet<>();
        for (PupilDecision d : exceptions) {
            if (d != null && d.student() != null && !seen.add(d.student())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String clause() {
        return "POL-4.6";
    }
}
