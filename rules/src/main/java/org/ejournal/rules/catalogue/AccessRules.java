package org.ejournal.rules.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ejournal.core.Actor;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffMember;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.internal.SchoolTime;

/**
 * The rules that separate access for writes (POL-1.6, POL-1.7, POL-3.4, POL-3.6, POL-4.5, POL-4.6,
 * REG-5, REC-6.4), and the violation codes of access separation, reads included (the read side is
 * {@link org.ejournal.rules.RegulationAccessPolicy}).
 *
 * <p>Who may write what, by the kind of actor:
 * <ul>
 * <li>pupils and guardians write nothing: {@link PupilsOnlyRead}, {@link GuardiansOnlyRead};
 * <li>members of staff and system actors write what one of four rules gives them, and each command
 *     type belongs to exactly one of these: {@link TeachersWriteOnlyForTheirLessons} (lessons, tasks,
 *     homework, marks, attendance, thematic plans, period marks, exam results),
 *     {@link ClassTeacherManagesPupilAndGuardianData} (guardians and their paper reports),
 *     {@link AdministratorManagesTheSchool} (staff, pupils, classes, timetable, movement, periods,
 *     opening and closing the year, promoting classes by order, outages — and, so that access fails
 *     closed, any command type no other rule claims),
 *     {@link OnlyLeadershipReopensPeriods} (reopening a closed period or a closed year);
 * <li>{@link SubstitutionIsRecordedWithTheEntry} adds to the first that a teacher who records another
 *     teacher's lesson names themselves as its substitute in that very entry.
 * </ul>
 * A system actor (the installer, an import) stands for the journal administrator; it gives no
 * lessons, so it writes no lesson entries.
 */
public final class AccessRules {

    /** A pupil tried to change the journal (POL-1.7). */
    public static final String CODE_PUPIL_WRITES = "EJ2100";
    /** A guardian tried to change the journal (POL-3.6, REC-8.2). */
    public static final String CODE_GUARDIAN_WRITES = "EJ2101";
    /** The actor neither teaches nor substitutes the lesson the entry belongs to (POL-3.4). */
    public static final String CODE_NOT_THE_LESSONS_TEACHER = "EJ2110";
    /** The lesson's teacher is not assigned to its class, subject or group (POL-3.4). */
    public static final String CODE_LESSON_TEACHER_NOT_ASSIGNED = "EJ2111";
    /** The actor is not assigned to teach the subject in the class (thematic plan, period mark, exam; POL-3.4). */
    public static final String CODE_NOT_ASSIGNED_TO_SUBJECT = "EJ2112";
    /** A teacher recorded another teacher's lesson without naming themselves as its substitute (REG-5, POL-4.4g). */
    public static final String CODE_SUBSTITUTION_NOT_RECORDED = "EJ2115";
    /** Guardian data changed by someone other than the pupil's class teacher or the administrator (POL-4.5). */
    public static final String CODE_NOT_THE_CLASS_TEACHER = "EJ2120";
    /** The school's set-up changed by someone other than the journal administrator (POL-4.6). */
    public static final String CODE_NOT_THE_ADMINISTRATOR = "EJ2125";
    /** A closed period or school year reopened by someone other than the director or a deputy (REC-6.4). */
    public static final String CODE_NOT_LEADERSHIP = "EJ2126";
    /** A read of a class journal page refused (POL-3.6, REC-1.8). */
    public static final String CODE_PAGE_REFUSED = "EJ2130";
    /** A read of a pupil's diary refused (POL-3.6, POL-8.2, REC-1.8). */
    public static final String CODE_DIARY_REFUSED = "EJ2131";
    /** A read of an entry's history refused (POL-3.6, POL-8.2, REC-8.2, REC-1.8). */
    public static final String CODE_HISTORY_REFUSED = "EJ2132";
    /** A read of a class journal's edit listing refused (POL-3.6, REC-1.8). */
    public static final String CODE_EDITS_REFUSED = "EJ2133";

    private AccessRules() {
    }

    /**
     * @param profile the school's profile, not {@code null}
     * @return the rules of access separation for writes, configured by the profile (its
     *     {@code severities} may soften or turn off a rule by name)
     */
    public static List<Rule> all(Profile profile) {
        return List.of(
                new PupilsOnlyRead(profile),
                new GuardiansOnlyRead(profile),
                new TeachersWriteOnlyForTheirLessons(profile),
                new SubstitutionIsRecordedWithTheEntry(profile),
                new ClassTeacherManagesPupilAndGuardianData(profile),
                new AdministratorManagesTheSchool(profile),
                new OnlyLeadershipReopensPeriods(profile));
    }

    /** Whether the actor is a pupil or a guardian: they are judged by their own rules, which refuse every write. */
    static boolean isPupilOrGuardian(Actor actor) {
        return actor instanceof Actor.StudentActor || actor instanceof Actor.GuardianActor;
    }

    /** The staff member acting, if the actor is a registered member of staff. */
    static Optional<StaffMember> staff(Actor actor, JournalView view) {
        return actor instanceof Actor.StaffActor s ? view.staffMember(s.id()) : Optional.empty();
    }

    /** The acting staff member's id, or {@code null} for any other actor. */
    static StaffId staffId(Actor actor) {
        return actor instanceof Actor.StaffActor s ? s.id() : null;
    }

    /** Whether the actor is a registered member of staff holding one of the roles. */
    static boolean holdsAny(Actor actor, JournalView view, StaffRole... roles) {
        Optional<StaffMember> member = staff(actor, view);
        if (member.isEmpty()) {
            return false;
        }
        for (StaffRole r : roles) {
            if (member.get().holds(r)) {
                return true;
            }
        }
        return false;
    }

    /** The journal administrator, or a system actor (the installer, an import) that stands for them. */
    static boolean isAdministrator(Actor actor, JournalView view) {
        return actor instanceof Actor.SystemActor || holdsAny(actor, view, StaffRole.JOURNAL_ADMINISTRATOR);
    }

    /** The school's day on which the event was recorded. */
    static LocalDate dayOf(JournalEvent event, JournalView view) {
        return SchoolTime.dayOf(event.recordedAt(), view.school().zone());
    }

    /** What a violation of access concerns: the command and who sent it. */
    static String concerns(JournalEvent event) {
        return event.command().commandName() + " " + event.actor().describe();
    }
}
