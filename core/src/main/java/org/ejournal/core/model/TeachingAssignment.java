package org.ejournal.core.model;

import java.util.Optional;

/**
 * A teacher's assignment to teach a subject in a class, or in one group of it (POL-3.4): the
 * lessons a teacher may enter follow from these. Immutable and thread-safe.
 *
 * @param schoolClass the class
 * @param subject the subject
 * @param teacher the teacher
 * @param group the group, if the teacher teaches only one group of the class
 */
public record TeachingAssignment(ClassId schoolClass, SubjectId subject, StaffId teacher, Optional<GroupId> group) {
}
