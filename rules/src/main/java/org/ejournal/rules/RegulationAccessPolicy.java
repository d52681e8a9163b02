package org.ejournal.rules;

import org.ejournal.rules.internal.Pupils;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.ExamResult;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffMember;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TeachingAssignment;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.core.view.Query;
import org.ejournal.rules.catalogue.AccessRules;

/**
 * The regulation's access policy for reads: who may see which page, diary, history and edit listing,
 * and whose rows a page shows (REC-6.2, POL-4.1, POL-3.6, POL-8.2, REC-8.2, REC-1.8). Reads are
 * filtered as strictly as writes:
 * <ul>
 * <li>the director, deputies, the journal administrator, the records clerk and system actors read
 *     and print every page, diary and history (REC-6.2, POL-4.1, POL-4.6, POL-4.7);
 * <li>a teacher reads the pages of the classes and subjects they are assigned to (an assignment to
 *     one group of a class opens the class's page of that subject), a class teacher every subject of
 *     their class; a teacher reads the diary of a pupil who was in one of those classes, for days on
 *     which the pupil was in no other class, and the history of entries on the pages they may read
 *     (lessons, tasks, homework, marks, attendance, period marks, exam results, thematic plans);
 * <li>a pupil reads only their own diary and the history of their own marks, attendance, period
 *     marks and exam results; a guardian only their own children's (POL-3.6, POL-8.2, REC-8.2);
 *     neither ever gets a class page, which shows other pupils;
 * <li>the listing of who edited what in a class journal ({@link Query.EditsQuery}, NetSchool's journal
 *     access report) is a control report, not a page: it is read by the director (POL-4.1), the
 *     deputies (POL-3.5, REC-6.2), the journal administrator and system actors standing for them
 *     (POL-4.6; REC-6.4: the administrator closes periods so that marks are not corrected) and the
 *     class teacher of that class (POL-4.5: checks that the subject teachers enter the class's marks
 *     in time) — and by no one else: not a subject teacher, not the records clerk, who only archives
 *     the paper copies (POL-4.7; REC-1.8), never a pupil or a guardian (POL-3.6);
 * <li>anyone else (a member of staff with no such role or assignment) reads nothing.
 * </ul>
 * {@link #maySee} agrees with this: it grants a pupil's data to those who see everything, to the pupil,
 * to the pupil's guardians and to a teacher of a class the pupil was ever in, so every row of a page an
 * actor may read is one they may see, and a diary or history is never granted for a pupil they may
 * not see. A refused read gets blocking violations with the codes
 * {@value AccessRules#CODE_PAGE_REFUSED}, {@value AccessRules#CODE_DIARY_REFUSED},
 * {@value AccessRules#CODE_HISTORY_REFUSED} and {@value AccessRules#CODE_EDITS_REFUSED} and the clause
 * it rests on.
 *
 * <p>The access matrix is the regulation's, not a local choice: the policy reads no key of the
 * profile, and no profile softens a refused read into a warning. Each decision costs a few index
 * look-ups (at most the pupil's placements times the teacher's assignments). Immutable and
 * thread-safe.
 */
public final class RegulationAccessPolicy implements org.ejournal.core.rule.AccessPolicy {

    /**
     * @param profile the school's profile, not {@code null}
     * @throws NullPointerException if the profile is {@code null}
     */
    public RegulationAccessPolicy(Profile profile) {
        Objects.requireNonNull(profile, "profile");
    }

    @Override
    public Stream<Violation> checkRead(Actor actor, Query query, JournalView view) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(view, "view");
        if (query instanceof Query.EditsQuery e) {
            return edits(actor, e, view);
        }
        if (seesEverything(actor, view)) {
            return Stream.empty();
        }
        if (query instanceof Query.PageQuery p) {
            return page(actor, p, view);
        }
        if (query instanceof Query.DiaryQuery d) {
            return diary(actor, d, view);
        }
        return history(actor, ((Query.HistoryQuery) query).entry(), view);
    }

    @Override
    public boolean maySee(Actor actor, StudentId student, JournalView view) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(view, "view");
        if (seesEverything(actor, view)) {
            return true;
        }
        if (actor instanceof Actor.StudentActor s) {
            return s.id().equals(student);
        }
        if (actor instanceof Actor.GuardianActor g) {
            return view.childrenOf(g.id()).contains(student);
        }
        StaffId me = teacher(actor, view);
        if (me == null) {
            return false;
        }
        for (Placement p : view.placements(student)) {
            if (teachesClass(me, p.schoolClass(), view)) {
                return true;
            }
        }
        return false;
    }

    private Stream<Violation> page(Actor actor, Query.PageQuery p, JournalView view) {
        if (actor instanceof Actor.StudentActor || actor instanceof Actor.GuardianActor) {
            return refuse(AccessRules.CODE_PAGE_REFUSED, "POL-3.6", "page " + p.schoolClass() + "/" + p.subject(),
                    "обучающиеся и законные представители видят электронный дневник, а не страницу классного журнала "
                            + "(на ней данные других обучающихся)",
                    "pupils and guardians see the electronic diary, not a page of the class journal (it shows other "
                            + "pupils)");
        }
        StaffId me = teacher(actor, view);
        if (me != null && readsPage(me, p.schoolClass(), p.subject(), view)) {
            return Stream.empty();
        }
        return refuse(AccessRules.CODE_PAGE_REFUSED, "REC-1.8", "page " + p.schoolClass() + "/" + p.subject(),
                "страницу журнала видят учителя, назначенные вести этот предмет в классе, классный руководитель и "
                        + "руководство школы; «" + actor.describe() + "» не из них",
                "a journal page is read by the teachers assigned to the subject in the class, the class teacher and "
                        + "the school's leadership; '" + actor.describe() + "' is none of them");
    }

    private Stream<Violation> diary(Actor actor, Query.DiaryQuery d, JournalView view) {
        String concerns = "diary " + d.student();
        if (actor instanceof Actor.StudentActor s) {
            return s.id().equals(d.student()) ? Stream.empty()
                    : refuse(AccessRules.CODE_DIARY_REFUSED, "POL-3.6", concerns,
                            "обучающийся видит только свой дневник", "a pupil sees only their own diary");
        }
        if (actor instanceof Actor.GuardianActor g) {
            return view.childrenOf(g.id()).contains(d.student()) ? Stream.empty()
                    : refuse(AccessRules.CODE_DIARY_REFUSED, "POL-8.2", concerns,
                            "законный представитель видит только дневник своего ребёнка",
                            "a guardian sees only their own children's diaries");
        }
        StaffId me = teacher(actor, view);
        if (me != null && maySee(actor, d.student(), view) && onlyOwnClasses(me, d.student(), d.first(), d.last(), view)) {
            return Stream.empty();
        }
        return refuse(AccessRules.CODE_DIARY_REFUSED, "REC-1.8", concerns,
                "дневник обучающегося видят учителя его класса за те дни, когда он в нём учился, и руководство школы; «"
                        + actor.describe() + "» не из них",
                "a pupil's diary is read by the teachers of the pupil's class, for the days the pupil was in it, and "
                        + "the school's leadership; '" + actor.describe() + "' is none of them");
    }

    private Stream<Violation> history(Actor actor, EntryRef entry, JournalView view) {
        if (actor instanceof Actor.StudentActor || actor instanceof Actor.GuardianActor) {
            Optional<StudentId> whose = pupilOf(entry, view);
            if (whose.isPresent() && maySee(actor, whose.get(), view)) {
                return Stream.empty();
            }
            boolean pupil = actor instanceof Actor.StudentActor;
            return refuse(AccessRules.CODE_HISTORY_REFUSED, pupil ? "POL-3.6" : "POL-8.2", entry.describe(),
                    pupil ? "обучающийся видит историю только своих отметок и посещаемости"
                            : "законный представитель видит историю только отметок и посещаемости своего ребёнка",
                    pupil ? "a pupil sees the history of their own marks and attendance only"
                            : "a guardian sees the history of their own children's marks and attendance only");
        }
        StaffId me = teacher(actor, view);
        if (me != null && readsEntry(me, entry, view)
                && pupilOf(entry, view).map(s -> maySee(actor, s, view)).orElse(true)) {
            return Stream.empty();
        }
        return refuse(AccessRules.CODE_HISTORY_REFUSED, "REC-1.8", entry.describe(),
                "историю записи видят учителя, ведущие этот предмет в классе, классный руководитель и руководство "
                        + "школы; «" + actor.describe() + "» не из них",
                "an entry's history is read by the teachers of the subject in the class, the class teacher and the "
                        + "school's leadership; '" + actor.describe() + "' is none of them");
    }

    private Stream<Violation> edits(Actor actor, Query.EditsQuery q, JournalView view) {
        String concerns = "edits " + q.schoolClass();
        if (actor instanceof Actor.StudentActor || actor instanceof Actor.GuardianActor) {
            return refuse(AccessRules.CODE_EDITS_REFUSED, "POL-3.6", concerns,
                    "обучающиеся и законные представители видят только собственные сведения, а не журнал правок "
                            + "классного журнала",
                    "pupils and guardians see their own data only, not the edit listing of a class journal");
        }
        if (actor instanceof Actor.SystemActor) {
            return Stream.empty();
        }
        Optional<StaffMember> member = actor instanceof Actor.StaffActor s ? view.staffMember(s.id())
                : Optional.empty();
        if (member.isPresent() && (member.get().holds(StaffRole.DIRECTOR)
                || member.get().holds(StaffRole.DEPUTY_DIRECTOR) || member.get().holds(StaffRole.JOURNAL_ADMINISTRATOR)
                || view.classTeacher(q.schoolClass()).filter(member.get().id()::equals).isPresent())) {
            return Stream.empty();
        }
        return refuse(AccessRules.CODE_EDITS_REFUSED, "REC-1.8", concerns,
                "журнал правок классного журнала видят руководство школы, администратор электронного журнала и "
                        + "классный руководитель этого класса; «" + actor.describe() + "» не из них",
                "the edit listing of a class journal is read by the school's leadership, the journal administrator "
                        + "and the class teacher of that class; '" + actor.describe() + "' is none of them");
    }

    /** The pupil an entry belongs to, for the entries that are a pupil's own. */
    private static Optional<StudentId> pupilOf(EntryRef entry, JournalView view) {
        if (entry instanceof EntryRef.MarkEntry m) {
            return Optional.of(m.student());
        }
        if (entry instanceof EntryRef.AttendanceEntry a) {
            return Optional.of(a.student());
        }
        if (entry instanceof EntryRef.PeriodMarkEntry p) {
            return Optional.of(p.student());
        }
        if (entry instanceof EntryRef.ExamResultEntry e) {
            return view.examResult(e.result()).map(ExamResult::student);
        }
        return Optional.empty();
    }

    /** Whether a teacher may read an entry's history: it lies on a page they may read. */
    private static boolean readsEntry(StaffId me, EntryRef entry, JournalView view) {
        Optional<Lesson> lesson = Optional.empty();
        if (entry instanceof EntryRef.LessonEntry l) {
            lesson = view.lesson(l.lesson());
        } else if (entry instanceof EntryRef.TaskEntry t) {
            lesson = view.task(t.task()).flatMap(x -> view.lesson(x.lesson()));
        } else if (entry instanceof EntryRef.MarkEntry m) {
            lesson = view.task(m.task()).flatMap(x -> view.lesson(x.lesson()));
        } else if (entry instanceof EntryRef.AttendanceEntry a) {
            lesson = view.lesson(a.lesson());
        } else if (entry instanceof EntryRef.HomeworkEntry h) {
            lesson = view.homeworkById(h.homework()).flatMap(x -> view.lesson(x.lesson()));
        } else if (entry instanceof EntryRef.ThematicPlanEntry p) {
            return readsPage(me, p.schoolClass(), p.subject(), view);
        } else if (entry instanceof EntryRef.PeriodMarkEntry p) {
            Optional<StudyPeriod> period = view.studyPeriod(p.period());
            if (period.isEmpty()) {
                return false;
            }
            for (Placement pl : view.placements(p.student())) {
                if (pl.overlaps(period.get().firstDay(), period.get().lastDay())
                        && readsPage(me, pl.schoolClass(), p.subject(), view)) {
                    return true;
                }
            }
            return false;
        } else if (entry instanceof EntryRef.ExamResultEntry e) {
            Optional<ExamResult> result = view.examResult(e.result());
            if (result.isEmpty()) {
                return false;
            }
            Optional<ClassId> inClass = Pupils.classOnOrBefore(result.get().student(), result.get().date(), view);
            return inClass.isPresent() && readsPage(me, inClass.get(), result.get().subject(), view);
        }
        return lesson.isPresent() && readsPage(me, lesson.get().schoolClass(), lesson.get().subject(), view);
    }

    /** Whether every class the pupil was in during the days is one the teacher teaches. */
    private static boolean onlyOwnClasses(StaffId me, StudentId student, LocalDate first, LocalDate last,
            JournalView view) {
        for (Placement p : view.placements(student)) {
            if (p.overlaps(first, last) && !teachesClass(me, p.schoolClass(), view)) {
                return false;
            }
        }
        return true;
    }

    /** A page: the teacher is its class's class teacher, or assigned to the subject there (any group). */
    private static boolean readsPage(StaffId me, ClassId schoolClass, SubjectId subject, JournalView view) {
        if (view.classTeacher(schoolClass).filter(me::equals).isPresent()) {
            return true;
        }
        for (TeachingAssignment a : view.teachingAssignments(schoolClass, subject)) {
            if (a.teacher().equals(me)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the teacher is the class teacher of the class or assigned to any subject in it. */
    private static boolean teachesClass(StaffId me, ClassId schoolClass, JournalView view) {
        if (view.classTeacher(schoolClass).filter(me::equals).isPresent()) {
            return true;
        }
        for (TeachingAssignment a : view.assignmentsOf(me)) {
            if (a.schoolClass().equals(schoolClass)) {
                return true;
            }
        }
        return false;
    }

    /** The acting member of staff, if registered; whether they teach is decided by their assignments. */
    private static StaffId teacher(Actor actor, JournalView view) {
        return actor instanceof Actor.StaffActor s && view.staffMember(s.id()).isPresent() ? s.id() : null;
    }

    private static boolean seesEverything(Actor actor, JournalView view) {
        if (actor instanceof Actor.SystemActor) {
            return true;
        }
        if (!(actor instanceof Actor.StaffActor s)) {
            return false;
        }
        Optional<StaffMember> member = view.staffMember(s.id());
        return member.isPresent() && (member.get().holds(StaffRole.DIRECTOR)
                || member.get().holds(StaffRole.DEPUTY_DIRECTOR) || member.get().holds(StaffRole.JOURNAL_ADMINISTRATOR)
                || member.get().holds(StaffRole.RECORDS_CLERK));
    }

    private static Stream<Violation> refuse(String code, String clause, String concerns, String ru, String en) {
        return Stream.of(new Violation(code, clause, Severity.BLOCKING, concerns, ru, en));
    }

    @Override
    public String toString() {
        return "RegulationAccessPolicy";
    }
}
