package org.ejournal.rules.catalogue;

import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignClassTeacher;
import org.ejournal.core.command.AssignTeacher;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.CloseSchoolYear;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CreateClass;
import org.ejournal.core.command.CreateGroup;
import org.ejournal.core.command.DeclareOutage;
import org.ejournal.core.command.DefineStudyPeriod;
import org.ejournal.core.command.DefineSubject;
import org.ejournal.core.command.JoinGroup;
import org.ejournal.core.command.LeaveGroup;
import org.ejournal.core.command.OpenSchoolYear;
import org.ejournal.core.command.PromoteClass;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.command.SetCurriculumLoad;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/**
 * The journal administrator manages staff, pupils, classes and groups (and who is in a group when),
 * class teachers, the curriculum and teaching assignments, pupil movement, study periods and the school year (POL-4.6), closes a
 * finished period (REC-6.4), closes the school year and moves pupils from class to class by order
 * ({@code CloseSchoolYear}, {@code PromoteClass}, POL-4.6) and declares an outage of the system
 * (REC-5.3): the commands of
 * {@link #COMMANDS} are accepted only from a member of staff holding the
 * {@code JOURNAL_ADMINISTRATOR} role, or from a system actor (the installer, an import) standing for
 * the administrator. So that access fails closed, the rule also claims any command type that no
 * other writer rule ({@link TeachersWriteOnlyForTheirLessons},
 * {@link ClassTeacherManagesPupilAndGuardianData}, {@link OnlyLeadershipReopensPeriods}) defines.
 *
 * <p>Pupils and guardians are left to {@link PupilsOnlyRead} and {@link GuardiansOnlyRead}. Default
 * severity {@link RuleSeverity#BLOCKING}; code {@value AccessRules#CODE_NOT_THE_ADMINISTRATOR}; reads
 * no profile key other than {@code severities}. Immutable and thread-safe.
 */
public final class AdministratorManagesTheSchool extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "AdministratorManagesTheSchool";
    /** The clause. */
    public static final String CLAUSE = "POL-4.6";
    /** The command types whose writers this rule defines. */
    public static final Set<Class<? extends Command>> COMMANDS = Set.of(RegisterStaffMember.class,
            OpenSchoolYear.class, DefineStudyPeriod.class, DefineSubject.class, CreateClass.class,
            CreateGroup.class, RegisterStudent.class, RecordMovement.class, JoinGroup.class, LeaveGroup.class,
            AssignClassTeacher.class,
            SetCurriculumLoad.class, AssignTeacher.class, ClosePeriod.class, DeclareOutage.class,
            CloseSchoolYear.class, PromoteClass.class);

    /**
     * @param profile the school's profile, not {@code null}
     */
    public AdministratorManagesTheSchool(Profile profile) {
        super(NAME, CLAUSE, RuleSeverity.BLOCKING, profile, AccessRules.CODE_NOT_THE_ADMINISTRATOR);
    }

    /**
     * @param type a command type, not {@code null}
     * @return whether this rule defines who writes it: one of {@link #COMMANDS}, or a type no other
     *     writer rule defines
     */
    public static boolean governs(Class<? extends Command> type) {
        return COMMANDS.contains(type) || !(TeachersWriteOnlyForTheirLessons.COMMANDS.contains(type)
                || ClassTeacherManagesPupilAndGuardianData.COMMANDS.contains(type)
                || OnlyLeadershipReopensPeriods.COMMANDS.contains(type));
    }

    @Override
    protected boolean concerns(Class<? extends Command> command) {
        return governs(command);
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        Command c = candidate.command();
        if (!governs(c.getClass()) || AccessRules.isPupilOrGuardian(candidate.actor())
                || AccessRules.isAdministrator(candidate.actor(), view)) {
            return Stream.empty();
        }
        String what = c.commandName();
        return Stream.of(violation(AccessRules.CODE_NOT_THE_ADMINISTRATOR, AccessRules.concerns(candidate),
                "«" + what + "» (" + c.clause() + ") вносит только администратор электронного журнала; «"
                        + candidate.actor().describe() + "» не администратор",
                "'" + what + "' (" + c.clause() + ") is entered only by the journal administrator; '"
                        + candidate.actor().describe() + "' is not the administrator"));
    }
}
