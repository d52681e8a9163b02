package org.ejournal.core.model;

import java.time.Instant;

/**
 * A paper progress report handed to a guardian who declined electronic access (REC-8.3, POL-8.3).
 * Immutable and thread-safe.
 *
 * @param guardian the guardian
 * @param student the pupil it is about
 * @param first the first day it covers
 * @param last the last day it covers
 * @param recordedAt when it was recorded as handed over
 */
public record PaperReport(GuardianId guardian, StudentId student, java.time.LocalDate first,
        java.time.LocalDate last, Instant recordedAt) {
}
