package org.ejournal.core.model;

/** Pupil movement recorded by the director's order (POL-4.6). */
public enum MovementKind {
    /** Зачисление: the pupil joins a class of the school. */
    ENROLMENT,
    /** Перевод между классами within the school. */
    TRANSFER,
    /** Выбытие: the pupil leaves the school. */
    WITHDRAWAL,
    /** Перевод в следующий класс at the end of the year. */
    PROMOTION,
    /** Условный перевод: promotion with academic debt to be retaken. */
    CONDITIONAL_PROMOTION,
    /** Оставлен на повторное обучение: the same grade again, in a class of a later school year. */
    REPETITION,
    /** Выпуск: the pupil finishes the school after grade 9 or 11 and leaves it. */
    GRADUATION
}
