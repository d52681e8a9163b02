package org.ejournal.core.model;

import java.math.BigDecimal;

/**
 * The curriculum load (учебный план) of one subject in one class: hours a week. The minimum number
 * of marks a pupil should have in a period depends on it (POL-4.4c). Immutable and thread-safe.
 *
 * @param schoolClass the class
 * @param subject the subject
 * @param hoursPerWeek hours a week, e.g. 0.5, 2 or 5
 */
public record CurriculumLoad(ClassId schoolClass, SubjectId subject, BigDecimal hoursPerWeek) {
}
