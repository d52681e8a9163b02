package org.ejournal.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A group (подгруппа) of pupils of one class, taught apart in some subjects (languages, computing,
 * labour). Its membership changes over the year, as pupils' placements in classes do: each pupil's
 * {@linkplain GroupMembership memberships} say from which day to which day they were in the group, so
 * that a mark or attendance at a group lesson, a diary and the rules ask who was a member on the
 * lesson's day ({@link #isMemberOn}). Immutable and thread-safe.
 *
 * @param id the identifier
 * @param schoolClass the class it belongs to
 * @param name its name, e.g. «1 группа (англ.)»
 * @param memberships each pupil ever in the group, in the order they first joined, with their
 *     memberships in date order (not overlapping; only the last may be open)
 */
public record ClassGroup(GroupId id, ClassId schoolClass, String name,
        Map<StudentId, List<GroupMembership>> memberships) {

    /**
     * Copies the memberships, keeping their order.
     *
     * @throws NullPointerException if anything is {@code null}
     * @throws IllegalArgumentException if a pupil's memberships are empty, name another pupil, are not in
     *     date order or overlap
     */
    public ClassGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolClass, "schoolClass");
        Objects.requireNonNull(name, "name");
        Map<StudentId, List<GroupMembership>> copy = new LinkedHashMap<>();
        for (Map.Entry<StudentId, List<GroupMembership>> e : memberships.entrySet()) {
            List<GroupMembership> list = List.copyOf(e.getValue());
            if (list.isEmpty()) {
                throw new IllegalArgumentException("pupil " + e.getKey() + " has no membership");
            }
            for (int i = 0; i < list.size(); i++) {
                GroupMembership m = list.get(i);
                if (!m.student().equals(e.getKey())) {
                    throw new IllegalArgumentException("a membership of " + m.student() + " is listed under "
                            + e.getKey());
                }
                if (i > 0 && (list.get(i - 1).until() == null || !m.from().isAfter(list.get(i - 1).until()))) {
                    throw new IllegalArgumentException("the memberships of " + e.getKey()
                            + " overlap or are out of date order");
                }
            }
            copy.put(Objects.requireNonNull(e.getKey(), "student"), list);
        }
        memberships = Collections.unmodifiableMap(copy);
    }

    /**
     * A group as created: every member is in it from the given day on, with no end.
     *
     * @param id the identifier, not {@code null}
     * @param schoolClass the class, not {@code null}
     * @param name the name, not {@code null}
     * @param members the pupils, not {@code null}
     * @param from the first day of their membership (the first day of the class's school year), not
     *     {@code null}
     * @return the group
     */
    public static ClassGroup of(GroupId id, ClassId schoolClass, String name, Set<StudentId> members,
            LocalDate from) {
        Map<StudentId, List<GroupMembership>> m = new LinkedHashMap<>();
        for (StudentId s : members) {
            m.put(s, List.of(new GroupMembership(s, from, null)));
        }
        return new ClassGroup(id, schoolClass, name, m);
    }

    /**
     * @return every pupil ever a member of the group, whatever the day, in the order they first joined;
     *     ask {@link #isMemberOn} for a given day
     */
    public Set<StudentId> members() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(memberships.keySet()));
    }

    /**
     * @param student a pupil, not {@code null}
     * @return the pupil's memberships in date order; empty if never a member
     */
    public List<GroupMembership> membershipsOf(StudentId student) {
        return memberships.getOrDefault(Objects.requireNonNull(student, "student"), List.of());
    }

    /**
     * @param student a pupil, not {@code null}
     * @param date a day, not {@code null}
     * @return whether the pupil was a member of the group that day
     */
    public boolean isMemberOn(StudentId student, LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (GroupMembership m : membershipsOf(student)) {
            if (m.covers(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param student a pupil, not {@code null}
     * @param first the first day of a range, not {@code null}
     * @param last the last day of a range, not {@code null}
     * @return whether the pupil was a member of the group on any day of the range
     */
    public boolean isMemberDuring(StudentId student, LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        for (GroupMembership m : membershipsOf(student)) {
            if (m.overlaps(first, last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param date a day, not {@code null}
     * @return the pupils who were members that day, in the order they first joined
     */
    public Set<StudentId> membersOn(LocalDate date) {
        Set<StudentId> out = new LinkedHashSet<>();
        for (StudentId s : memberships.keySet()) {
            if (isMemberOn(s, date)) {
                out.add(s);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * A copy in which the pupil is a member from the day on, with no end.
     *
     * @param student the pupil, not {@code null}
     * @param from the first day in the group, after the end of the pupil's last membership
     * @return the new group
     * @throws IllegalArgumentException if the pupil's last membership is open or does not end before
     *     {@code from}
     */
    public ClassGroup withJoining(StudentId student, LocalDate from) {
        Map<StudentId, List<GroupMembership>> m = new LinkedHashMap<>(memberships);
        List<GroupMembership> list = new ArrayList<>(membershipsOf(student));
        list.add(new GroupMembership(student, from, null));
        m.put(student, list);
        return new ClassGroup(id, schoolClass, name, m);
    }

    /**
     * A copy in which the pupil's open membership ends the day before the given day.
     *
     * @param student the pupil, not {@code null}
     * @param from the first day the pupil is no longer in the group, after the first day of the open
     *     membership
     * @return the new group
     * @throws IllegalArgumentException if the pupil has no open membership that starts before {@code from}
     */
    public ClassGroup withLeaving(StudentId student, LocalDate from) {
        List<GroupMembership> list = new ArrayList<>(membershipsOf(student));
        if (list.isEmpty() || !list.get(list.size() - 1).isOpen()) {
            throw new IllegalArgumentException("pupil " + student + " is not in group " + id);
        }
        GroupMembership open = list.get(list.size() - 1);
        list.set(list.size() - 1, new GroupMembership(student, open.from(), from.minusDays(1)));
        Map<StudentId, List<GroupMembership>> m = new LinkedHashMap<>(memberships);
        m.put(student, list);
        return new ClassGroup(id, schoolClass, name, m);
    }
}
