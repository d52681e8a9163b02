package org.ejournal.core.model;

/**
 * A subject (предмет) and the grading scale its current marks use. Immutable and thread-safe.
 *
 * @param id the identifier
 * @param name the name, e.g. «Русский язык»
 * @param scale the grading scale of its marks
 */
public record Subject(SubjectId id, String name, ScaleId scale) {
}
