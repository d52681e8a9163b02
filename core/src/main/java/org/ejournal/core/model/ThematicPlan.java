package org.ejournal.core.model;

import java.util.List;

/**
 * A calendar-thematic plan (КТП) of one subject in one class for a school year (POL-4.4a): the
 * ordered topics with their hours. Immutable and thread-safe.
 *
 * @param schoolClass the class
 * @param subject the subject
 * @param topics the topics in order
 */
public record ThematicPlan(ClassId schoolClass, SubjectId subject, List<PlannedTopic> topics) {

    /** Copies the topics. */
    public ThematicPlan {
        topics = List.copyOf(topics);
    }
}
