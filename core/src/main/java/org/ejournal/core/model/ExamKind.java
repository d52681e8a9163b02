package org.ejournal.core.model;

/** The kind of an exam whose result the journal records (POL-8.4). */
public enum ExamKind {
    /** Промежуточная аттестация. */
    INTERMEDIATE_ATTESTATION,
    /** ОГЭ, the basic state exam after grade 9. */
    OGE,
    /** ЕГЭ, the unified state exam after grade 11. */
    EGE,
    /** A retake of academic debt after conditional promotion. */
    RETAKE
}
