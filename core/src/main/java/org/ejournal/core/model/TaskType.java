package org.ejournal.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The type of a task (тип задания), mandatory for every task a mark is given for (POL-4.4f): class
 * work, homework, test paper… The constants are the common ones; a school may use others. The
 * averaging weight of a type is the school profile's choice, not the type's. Immutable and
 * thread-safe.
 *
 * @param code a stable code, lower-case letters, digits and hyphens, e.g. {@code test-paper}
 * @param nameRu the Russian name, e.g. «Контрольная работа»
 * @param nameEn the English name
 */
public record TaskType(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String code,
        @NotBlank @Size(max = 100) String nameRu,
        @NotBlank @Size(max = 100) String nameEn) {

    /** Работа на уроке. */
    public static final TaskType CLASS_WORK = new TaskType("class-work", "Работа на уроке", "Class work");
    /** Ответ на уроке. */
    public static final TaskType ORAL_ANSWER = new TaskType("oral-answer", "Ответ на уроке", "Oral answer");
    /** Домашняя работа. */
    public static final TaskType HOMEWORK = new TaskType("homework", "Домашняя работа", "Homework");
    /** Самостоятельная работа. */
    public static final TaskType INDEPENDENT_WORK =
            new TaskType("independent-work", "Самостоятельная работа", "Independent work");
    /** Контрольная работа. */
    public static final TaskType TEST_PAPER = new TaskType("test-paper", "Контрольная работа", "Test paper");
    /** Диктант. */
    public static final TaskType DICTATION = new TaskType("dictation", "Диктант", "Dictation");
    /** Сочинение. */
    public static final TaskType ESSAY = new TaskType("essay", "Сочинение", "Essay");
    /** Лабораторная работа. */
    public static final TaskType LABORATORY_WORK =
            new TaskType("laboratory-work", "Лабораторная работа", "Laboratory work");
    /** Практическая работа. */
    public static final TaskType PRACTICAL_WORK =
            new TaskType("practical-work", "Практическая работа", "Practical work");

    @Override
    public String toString() {
        return code;
    }
}
