package org.ejournal.core.model;

import java.time.LocalDate;

/**
 * Homework (домашнее задание) set at a lesson (POL-4.4d, REG-6). Immutable and thread-safe.
 *
 * @param id the identifier
 * @param lesson the lesson it was set at
 * @param text what to do
 * @param due the day it is due
 */
public record Homework(HomeworkId id, LessonId lesson, String text, LocalDate due) {
}
