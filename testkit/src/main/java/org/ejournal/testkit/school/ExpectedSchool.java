package org.ejournal.testkit.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;

/**
 * What a generated school's accepted commands record, kept by the generator in plain maps independently
 * of the journal, so that a test can compare what a journal reads back with what was sent. Commands that
 * the regulation rejects (the mistakes {@link MistakeKind#MARK_IN_CLOSED_PERIOD} and
 * {@link MistakeKind#TEACHER_OUTSIDE_THEIR_CLASS}) are not in it; late entries are.
 *
 * <p>Every map iterates in the order the generator recorded its entries (classes by grade and letter,
 * pupils by identifier, lessons by day and number), the same on every machine. Immutable and
 * thread-safe.
 */
public final class ExpectedSchool {

    /**
     * A pupil's time in a class.
     *
     * @param schoolClass the class
     * @param from the first day in it
     * @param until the last day in it, or {@code null} if the pupil is still there
     */
    public record Stay(ClassId schoolClass, LocalDate from, LocalDate until) {

        /**
         * @param day a day, not {@code null}
         * @return whether the pupil was in the class that day
         */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }

        /**
         * @param first the first day, not {@code null}
         * @param last the last day, not {@code null}
         * @return whether the pupil was in the class on some day from {@code first} to {@code last}
         */
        public boolean overlaps(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && (until == null || !until.isBefore(first));
        }
    }

    /**
     * A lesson as it was recorded, with its tasks in the order given.
     *
     * @param id the lesson
     * @param schoolClass its class
     * @param subject its subject
     * @param group its group, or {@code null} for the whole class
     * @param date its day
     * @param number its number in the day's timetable
     * @param teacher the teacher it belongs to
     * @param substitute the teacher who gave it instead, or {@code null}
     * @param topic its topic, or {@code null} if it was entered without one
     * @param tasks its tasks, in order
     * @param homework its homework, or {@code null}
     */
    public record PlannedLesson(LessonId id, ClassId schoolClass, SubjectId subject, GroupId group, LocalDate date,
            int number, StaffId teacher, StaffId substitute, String topic, List<TaskId> tasks, HomeworkId homework) {

        /** Copies the tasks. */
        public PlannedLesson {
            tasks = List.copyOf(tasks);
        }
    }

    private final List<LocalDate> schoolDays;
    private final Map<ClassId, Integer> grades;
    private final Map<ClassId, String> classNames;
    private final Map<ClassId, StudyPeriodId> firstPeriods;
    private final Map<ClassId, List<SubjectId>> subjects;
    private final Map<ClassId, StaffId> classTeachers;
    private final Set<StaffId> teachers;
    private final Map<StudentId, PersonName> pupils;
    private final Map<StudentId, List<Stay>> stays;
    private final Map<StudentId, List<GuardianId>> guardians;
    private final Set<GuardianId> guardiansWithoutElectronicAccess;
    private final Map<GroupId, Set<StudentId>> groups;
    private final Map<LessonId, PlannedLesson> lessons;
    private final Map<TaskId, Map<StudentId, MarkValue>> marks;
    private final Map<TaskId, Map<StudentId, MarkValue>> correctedMarks;
    private final Map<LessonId, Map<StudentId, String>> absences;
    private final Map<StudyPeriodId, Map<StudentId, Map<SubjectId, MarkValue>>> periodMarks;
    private final List<StudyPeriodId> closedPeriods;
    private final long paperReports;
    private final long attendanceSlots;

    ExpectedSchool(Draft d) {
        schoolDays = List.copyOf(d.schoolDays);
        grades = ordered(d.grades);
        classNames = ordered(d.classNames);
        firstPeriods = ordered(d.firstPeriods);
        Map<ClassId, List<SubjectId>> s = new LinkedHashMap<>();
        d.subjects.forEach((k, v) -> s.put(k, List.copyOf(v)));
        subjects = Collections.unmodifiableMap(s);
        classTeachers = ordered(d.classTeachers);
        teachers = Collections.unmodifiableSet(new LinkedHashSet<>(d.teachers));
        pupils = ordered(d.pupils);
        Map<StudentId, List<Stay>> st = new LinkedHashMap<>();
        d.stays.forEach((k, v) -> st.put(k, List.copyOf(v)));
        stays = Collections.unmodifiableMap(st);
        Map<StudentId, List<GuardianId>> g = new LinkedHashMap<>();
        d.guardians.forEach((k, v) -> g.put(k, List.copyOf(v)));
        guardians = Collections.unmodifiableMap(g);
        guardiansWithoutElectronicAccess = Collections.unmodifiableSet(new LinkedHashSet<>(d.withoutAccess));
        Map<GroupId, Set<StudentId>> gr = new LinkedHashMap<>();
        d.groups.forEach((k, v) -> gr.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        groups = Collections.unmodifiableMap(gr);
        lessons = ordered(d.lessons);
        marks = nested(d.marks);
        correctedMarks = nested(d.correctedMarks);
        absences = nested(d.absences);
        Map<StudyPeriodId, Map<StudentId, Map<SubjectId, MarkValue>>> pm = new LinkedHashMap<>();
        d.periodMarks.forEach((k, v) -> pm.put(k, nested(v)));
        periodMarks = Collections.unmodifiableMap(pm);
        closedPeriods = List.copyOf(d.closedPeriods);
        paperReports = d.paperReports;
        attendanceSlots = d.attendanceSlots;
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static <K, L, V> Map<K, Map<L, V>> nested(Map<K, Map<L, V>> m) {
        Map<K, Map<L, V>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, ordered(v)));
        return Collections.unmodifiableMap(out);
    }

    /** @return the school days of the generated weeks on which lessons were given, in order */
    public List<LocalDate> schoolDays() {
        return schoolDays;
    }

    /** @return every class and its grade */
    public Map<ClassId, Integer> grades() {
        return grades;
    }

    /** @return every class and its name, e.g. «5Б» */
    public Map<ClassId, String> classNames() {
        return classNames;
    }

    /** @return every class and the first study period of its grade (the first quarter, or half-year in grades 10–11) */
    public Map<ClassId, StudyPeriodId> firstPeriods() {
        return firstPeriods;
    }

    /** @return every class and the subjects of its curriculum, in the order of {@link CurriculumSubject} */
    public Map<ClassId, List<SubjectId>> subjects() {
        return subjects;
    }

    /** @return every class and its class teacher */
    public Map<ClassId, StaffId> classTeachers() {
        return classTeachers;
    }

    /** @return every teacher (not the administration's non-teaching staff) */
    public Set<StaffId> teachers() {
        return teachers;
    }

    /** @return every pupil ever enrolled and their name */
    public Map<StudentId, PersonName> pupils() {
        return pupils;
    }

    /** @return every pupil's stays in classes, in order */
    public Map<StudentId, List<Stay>> stays() {
        return stays;
    }

    /** @return the guardians linked to each pupil that has any, mother first */
    public Map<StudentId, List<GuardianId>> guardians() {
        return guardians;
    }

    /** @return the guardians who declined electronic access and get weekly paper reports */
    public Set<GuardianId> guardiansWithoutElectronicAccess() {
        return guardiansWithoutElectronicAccess;
    }

    /** @return every group (подгруппа) and its pupils */
    public Map<GroupId, Set<StudentId>> groups() {
        return groups;
    }

    /** @return every lesson recorded, by day, then number, then class */
    public Map<LessonId, PlannedLesson> lessons() {
        return lessons;
    }

    /** @return every mark recorded (late ones included), by task, then pupil */
    public Map<TaskId, Map<StudentId, MarkValue>> marks() {
        return marks;
    }

    /**
     * @return the marks first entered wrongly and corrected the same day ({@link SchoolKnobs#correctionPerMille()}),
     *     by task, then pupil, with the value first entered; {@link #marks()} holds the corrected value
     */
    public Map<TaskId, Map<StudentId, MarkValue>> correctedMarks() {
        return correctedMarks;
    }

    /** @return every absence or lateness recorded, by lesson, then pupil, with its code («н», «б», «у», «оп») */
    public Map<LessonId, Map<StudentId, String>> absences() {
        return absences;
    }

    /** @return the period marks set at the end of each study period that ended within the generated weeks */
    public Map<StudyPeriodId, Map<StudentId, Map<SubjectId, MarkValue>>> periodMarks() {
        return periodMarks;
    }

    /** @return the study periods the administrator closed, in order */
    public List<StudyPeriodId> closedPeriods() {
        return closedPeriods;
    }

    /** @return how many paper reports were handed to guardians without electronic access */
    public long paperReports() {
        return paperReports;
    }

    /** @return pupil-lessons: how many times a pupil was due at a lesson, present or not */
    public long attendanceSlots() {
        return attendanceSlots;
    }

    /** @return how many marks were recorded */
    public long markCount() {
        return marks.values().stream().mapToLong(Map::size).sum();
    }

    /** @return how many absences and latenesses were recorded */
    public long absenceCount() {
        return absences.values().stream().mapToLong(Map::size).sum();
    }

    /** @return how many tasks were assigned */
    public long taskCount() {
        return lessons.values().stream().mapToLong(l -> l.tasks().size()).sum();
    }

    /** @return how many lessons a substitute gave */
    public long substitutionCount() {
        return lessons.values().stream().filter(l -> l.substitute() != null).count();
    }

    /** @return how many lessons got homework */
    public long homeworkCount() {
        return lessons.values().stream().filter(l -> l.homework() != null).count();
    }

    /**
     * @param schoolClass a class, not {@code null}
     * @param day a day, not {@code null}
     * @return the pupils in the class that day, in the order they were enrolled
     */
    public Set<StudentId> pupilsOf(ClassId schoolClass, LocalDate day) {
        Objects.requireNonNull(schoolClass, "schoolClass");
        Objects.requireNonNull(day, "day");
        Set<StudentId> out = new LinkedHashSet<>();
        stays.forEach((pupil, list) -> {
            for (Stay s : list) {
                if (s.schoolClass().equals(schoolClass) && s.covers(day)) {
                    out.add(pupil);
                }
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /** The generator's working copy, in insertion-ordered maps. */
    static final class Draft {
        final List<LocalDate> schoolDays = new ArrayList<>();
        final Map<ClassId, Integer> grades = new LinkedHashMap<>();
        final Map<ClassId, String> classNames = new LinkedHashMap<>();
        final Map<ClassId, StudyPeriodId> firstPeriods = new LinkedHashMap<>();
        final Map<ClassId, List<SubjectId>> subjects = new LinkedHashMap<>();
        final Map<ClassId, StaffId> classTeachers = new LinkedHashMap<>();
        final Set<StaffId> teachers = new LinkedHashSet<>();
        final Map<StudentId, PersonName> pupils = new LinkedHashMap<>();
        final Map<StudentId, List<Stay>> stays = new LinkedHashMap<>();
        final Map<StudentId, List<GuardianId>> guardians = new LinkedHashMap<>();
        final Set<GuardianId> withoutAccess = new LinkedHashSet<>();
        final Map<GroupId, Set<StudentId>> groups = new LinkedHashMap<>();
        final Map<LessonId, PlannedLesson> lessons = new LinkedHashMap<>();
        final Map<TaskId, Map<StudentId, MarkValue>> marks = new LinkedHashMap<>();
        final Map<TaskId, Map<StudentId, MarkValue>> correctedMarks = new LinkedHashMap<>();
        final Map<LessonId, Map<StudentId, String>> absences = new LinkedHashMap<>();
        final Map<StudyPeriodId, Map<StudentId, Map<SubjectId, MarkValue>>> periodMarks = new LinkedHashMap<>();
        final List<StudyPeriodId> closedPeriods = new ArrayList<>();
        long paperReports;
        long attendanceSlots;
    }
}
