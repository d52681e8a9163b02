package org.ejournal.core.model;

import java.time.LocalDate;

/**
 * The result of an exam (POL-8.4): ОГЭ, ЕГЭ, intermediate attestation or a retake. Immutable and
 * thread-safe.
 *
 * @param id the identifier
 * @param student the pupil
 * @param subject the subject
 * @param kind the kind of exam
 * @param date the day of the exam
 * @param result the result
 */
public record ExamResult(ExamResultId id, StudentId student, SubjectId subject, ExamKind kind, LocalDate date,
        MarkValue result) {
}
