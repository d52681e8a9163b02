package org.ejournal.core.model;

/**
 * A task (задание) given at a lesson, for which marks are given (POL-4.4f): its type is mandatory,
 * its weight counts in a weighted mean (§5a). Immutable and thread-safe.
 *
 * @param id the identifier
 * @param lesson the lesson
 * @param type the task type
 * @param weight the weight, 1 to 10
 * @param description what the task was, or an empty text
 */
public record Task(TaskId id, LessonId lesson, TaskType type, int weight, String description) {
}
