package org.ejournal.rules.catalogue;

import org.ejournal.rules.internal.Pupils;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CancelMark;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RecordThematicPlan;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TeachingAssignment;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/**
 * A teacher writes only for the lessons they teach or substitute, and only for their own classes and
 * subjects (POL-3.4, REG-4). Judges members of staff and system actors sending one of
 * {@link #COMMANDS}:
 * <ul>
 * <li>{@code RecordLesson}: the lesson's teacher must be assigned to its class and subject — a
 *     teacher assigned to one group only covers that group's lessons, one assigned to the whole
 *     class covers every lesson of the class — and the actor must be that teacher or the
 *     substitute the entry names (code {@value AccessRules#CODE_LESSON_TEACHER_NOT_ASSIGNED} and
 *     {@value AccessRules#CODE_NOT_THE_LESSONS_TEACHER}; a teacher who records another teacher's
 *     lesson without naming themselves as substitute is left to
 *     {@link SubstitutionIsRecordedWithTheEntry});
 * <li>entries bound to a lesson ({@code CorrectLesson}, {@code AssignTask}, {@code AssignHomework},
 *     {@code RecordMark}, {@code CorrectMark}, {@code CancelMark}, {@code RecordAttendance},
 *     {@code CorrectAttendance}): the actor is the lesson's teacher or its substitute (code
 *     {@value AccessRules#CODE_NOT_THE_LESSONS_TEACHER});
 * <li>{@code RecordThematicPlan}: the actor is assigned to the subject in the class;
 *     {@code RecordPeriodMark}, {@code CorrectPeriodMark}: the actor is assigned to the subject in
 *     a class the pupil was in during the period (for a group assignment, the pupil is in the group);
 *     {@code RecordExamResult}: likewise in the class the pupil was in on the day of the exam, or
 *     their last class before it (code {@value AccessRules#CODE_NOT_ASSIGNED_TO_SUBJECT}).
 * </ul>
 * The director, deputies and the administrator therefore write marks only where they themselves
 * teach; a system actor gives no lessons and writes none of these entries. Pupils and guardians are
 * left to {@link PupilsOnlyRead} and {@link GuardiansOnlyRead}. Default severity
 * {@link RuleSeverity#BLOCKING}; reads no profile key other than {@code severities}. Each judgement
 * costs a few index look-ups. Immutable and thread-safe.
 */
public final class TeachersWriteOnlyForTheirLessons extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "TeachersWriteOnlyForTheirLessons";
    /** The clause. */
    public static final String CLAUSE = "POL-3.4";
    /** The command types whose writers this rule defines. */
    public static final Set<Class<? extends Command>> COMMANDS = Set.of(RecordThematicPlan.class,
            RecordLesson.class, CorrectLesson.class, AssignHomework.class, AssignTask.class, RecordMark.class,
            CorrectMark.class, CancelMark.class, RecordAttendance.class, CorrectAttendance.class,
            RecordPeriodMark.class, CorrectPeriodMark.class, RecordExamResult.class);

    /**
     * @param profile the school's profile, not {@code null}
     */
    public TeachersWriteOnlyForTheirLessons(Profile profile) {
        super(NAME, CLAUSE, RuleSeverity.BLOCKING, profile, AccessRules.CODE_NOT_THE_LESSONS_TEACHER,
                AccessRules.CODE_LESSON_TEACHER_NOT_ASSIGNED, AccessRules.CODE_NOT_ASSIGNED_TO_SUBJECT);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return COMMANDS.contains(command);
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        Command c = candidate.command();
        if (!COMMANDS.contains(c.getClass()) || AccessRules.isPupilOrGuardian(candidate.actor())) {
            return Stream.empty();
        }
        StaffId me = AccessRules.staffId(candidate.actor());
        if (c instanceof RecordLesson l) {
            return recordLesson(candidate, l, me, view);
        }
        if (c instanceof RecordThematicPlan p) {
            return assignedAtAll(me, p.schoolClass(), p.subject(), view) ? Stream.empty()
                    : notAssigned(candidate, p.schoolClass(), p.subject(), view);
        }
        if (c instanceof RecordPeriodMark p) {
            return periodMark(candidate, me, p.student(), p.subject(), p.period(), view);
        }
        if (c instanceof CorrectPeriodMark p) {
            return periodMark(candidate, me, p.student(), p.subject(), p.period(), view);
        }
        if (c instanceof RecordExamResult e) {
            return examResult(candidate, me, e, view);
        }
        Optional<Lesson> lesson = lessonOf(c, view);
        if (lesson.isPresent() && me != null
                && (me.equals(lesson.get().teacher()) || lesson.get().substitute().filter(me::equals).isPresent())) {
            return Stream.empty();
        }
        String which = lesson.map(l -> l.id().value()).orElse("?");
        return Stream.of(violation(AccessRules.CODE_NOT_THE_LESSONS_TEACHER, AccessRules.concerns(candidate),
                "вносить записи урока «" + which + "» может только учитель, который его ведёт или заменяет; «"
                        + candidate.actor().describe() + "» не ведёт и не заменяет этот урок",
                "entries of lesson '" + which + "' are made only by the teacher who teaches or substitutes it; '"
                        + candidate.actor().describe() + "' does neither"));
    }

    private Stream<Violation> recordLesson(JournalEvent candidate, RecordLesson l, StaffId me, JournalView view) {
        List<Violation> out = new ArrayList<>(2);
        if (!assigned(l.teacher(), l.schoolClass(), l.subject(), l.group(), view)) {
            String where = className(l.schoolClass(), view) + (l.group() == null ? "" : ", " + l.group().value());
            out.add(violation(AccessRules.CODE_LESSON_TEACHER_NOT_ASSIGNED, "RecordLesson.teacher",
                    "учитель «" + l.teacher().value() + "» не назначен вести предмет «" + l.subject().value()
                            + "» в " + where,
                    "teacher '" + l.teacher().value() + "' is not assigned to teach '" + l.subject().value()
                            + "' in " + where));
        }
        boolean own = me != null && (me.equals(l.teacher()) || me.equals(l.substitute()));
        // a teacher who records someone else's lesson is told to record the substitution (REG-5)
        boolean mayBeSubstitute = AccessRules.holdsAny(candidate.actor(), view, StaffRole.TEACHER);
        if (!own && !mayBeSubstitute) {
            out.add(violation(AccessRules.CODE_NOT_THE_LESSONS_TEACHER, AccessRules.concerns(candidate),
                    "урок вносит учитель, который его ведёт или заменяет; «" + candidate.actor().describe()
                            + "» не учитель этого урока",
                    "a lesson is recorded by the teacher who teaches or substitutes it; '"
                            + candidate.actor().describe() + "' is not a teacher of this lesson"));
        }
        return out.stream();
    }

    private Stream<Violation> periodMark(JournalEvent candidate, StaffId me, StudentId student, SubjectId subject,
            StudyPeriodId periodId, JournalView view) {
        Optional<StudyPeriod> period = view.studyPeriod(periodId);
        if (me != null && period.isPresent()) {
            for (Placement p : view.placements(student)) {
                if (p.overlaps(period.get().firstDay(), period.get().lastDay())
                        && teaches(me, p.schoolClass(), subject, student, period.get().firstDay(),
                                period.get().lastDay(), view)) {
                    return Stream.empty();
                }
            }
        }
        return Stream.of(violation(AccessRules.CODE_NOT_ASSIGNED_TO_SUBJECT, AccessRules.concerns(candidate),
                "итоговую отметку по предмету «" + subject.value() + "» ставит учитель, назначенный вести его в "
                        + "классе обучающегося в этом периоде; «" + candidate.actor().describe() + "» не назначен",
                "the period mark in '" + subject.value() + "' is set by a teacher assigned to the subject in the "
                        + "pupil's class during the period; '" + candidate.actor().describe() + "' is not"));
    }

    private Stream<Violation> examResult(JournalEvent candidate, StaffId me, RecordExamResult e, JournalView view) {
        Optional<ClassId> inClass = Pupils.classOnOrBefore(e.student(), e.date(), view);
        // a group's teacher: the pupil was in the group at some time up to the exam's day
        if (me != null && inClass.isPresent()
                && teaches(me, inClass.get(), e.subject(), e.student(), LocalDate.MIN, e.date(), view)) {
            return Stream.empty();
        }
        return Stream.of(violation(AccessRules.CODE_NOT_ASSIGNED_TO_SUBJECT, AccessRules.concerns(candidate),
                "результат экзамена по предмету «" + e.subject().value() + "» вносит учитель, назначенный вести его "
                        + "в классе обучающегося; «" + candidate.actor().describe() + "» не назначен",
                "the exam result in '" + e.subject().value() + "' is recorded by a teacher assigned to the subject "
                        + "in the pupil's class; '" + candidate.actor().describe() + "' is not"));
    }

    private Stream<Violation> notAssigned(JournalEvent candidate, ClassId schoolClass, SubjectId subject,
            JournalView view) {
        String name = className(schoolClass, view);
        return Stream.of(violation(AccessRules.CODE_NOT_ASSIGNED_TO_SUBJECT, AccessRules.concerns(candidate),
                "«" + candidate.actor().describe() + "» не назначен вести предмет «" + subject.value() + "» в классе "
                        + name,
                "'" + candidate.actor().describe() + "' is not assigned to teach '" + subject.value() + "' in class "
                        + name));
    }

    /**
     * Whether the teacher is assigned to the subject in the class so as to cover a lesson of the group
     * (or of the whole class, {@code group == null}): a whole-class assignment covers every lesson, a
     * group assignment only that group's.
     */
    private static boolean assigned(StaffId teacher, ClassId schoolClass, SubjectId subject, GroupId group,
            JournalView view) {
        if (teacher == null) {
            return false;
        }
        for (TeachingAssignment a : view.teachingAssignments(schoolClass, subject)) {
            if (a.teacher().equals(teacher) && (a.group().isEmpty() || a.group().get().equals(group))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the teacher is assigned to the subject in the class for this pupil (a group assignment: a
     * member of the group on some day from {@code first} to {@code last}).
     */
    private static boolean teaches(StaffId teacher, ClassId schoolClass, SubjectId subject, StudentId student,
            LocalDate first, LocalDate last, JournalView view) {
        for (TeachingAssignment a : view.teachingAssignments(schoolClass, subject)) {
            if (a.teacher().equals(teacher) && (a.group().isEmpty() || view.group(a.group().get())
                    .filter(g -> g.isMemberDuring(student, first, last)).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the teacher has any assignment for the subject in the class, whole class or group. */
    private static boolean assignedAtAll(StaffId teacher, ClassId schoolClass, SubjectId subject, JournalView view) {
        return teacher != null
                && view.teachingAssignments(schoolClass, subject).stream().anyMatch(a -> a.teacher().equals(teacher));
    }

    private static Optional<Lesson> lessonOf(Command c, JournalView view) {
        LessonId id = null;
        TaskId task = null;
        if (c instanceof CorrectLesson x) {
            id = x.lesson();
        } else if (c instanceof AssignTask x) {
            id = x.lesson();
        } else if (c instanceof AssignHomework x) {
            id = x.lesson();
        } else if (c instanceof RecordAttendance x) {
            id = x.lesson();
        } else if (c instanceof CorrectAttendance x) {
            id = x.lesson();
        } else if (c instanceof RecordMark x) {
            task = x.task();
        } else if (c instanceof CorrectMark x) {
            task = x.task();
        } else if (c instanceof CancelMark x) {
            task = x.task();
        }
        if (task != null) {
            return view.task(task).flatMap(t -> view.lesson(t.lesson()));
        }
        return id == null ? Optional.empty() : view.lesson(id);
    }

    private static String className(ClassId schoolClass, JournalView view) {
        return view.schoolClass(schoolClass).map(sc -> sc.name()).orElse(schoolClass.value());
    }
}
