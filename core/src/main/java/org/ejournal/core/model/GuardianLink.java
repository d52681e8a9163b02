package org.ejournal.core.model;

/**
 * The link between a guardian and a pupil: the guardian sees this pupil's data and no other's
 * (POL-3.6, POL-8.2). Immutable and thread-safe.
 *
 * @param guardian the guardian
 * @param student the pupil
 * @param kinship how they are related
 */
public record GuardianLink(GuardianId guardian, StudentId student, Kinship kinship) {
}
