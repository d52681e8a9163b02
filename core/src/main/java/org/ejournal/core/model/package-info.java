/**
 * The school's journal as a domain model: the school and its calendar, school years and study
 * periods, classes and groups, pupils, guardians and staff, subjects and curriculum load, lessons,
 * tasks, marks on pluggable grading scales, attendance codes, pupil movement by order and outage
 * windows.
 *
 * <p>Every type here is immutable and thread-safe; aggregates refer to one another by typed
 * identifier ({@link org.ejournal.core.model.StudentId}, {@link org.ejournal.core.model.LessonId}…),
 * never by object reference. Personal data ({@link org.ejournal.core.model.PersonName},
 * {@link org.ejournal.core.model.Contact}) never shows in {@code toString}, so it cannot reach a log
 * by accident.
 */
@Value.Style(jdkOnly = true, jakarta = true, redactedMask = "***", visibility = Value.Style.ImplementationVisibility.PUBLIC)
package org.ejournal.core.model;

import org.immutables.value.Value;
