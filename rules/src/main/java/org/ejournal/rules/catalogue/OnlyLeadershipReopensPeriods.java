package org.ejournal.rules.catalogue;

import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.ReopenPeriod;
import org.ejournal.core.command.ReopenSchoolYear;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/**
 * Reopening a closed study period or a closed school year is for the school's leadership only
 * (REC-6.4): {@code ReopenPeriod} and {@code ReopenSchoolYear} are accepted only from a member of staff
 * holding the {@code DIRECTOR} or {@code DEPUTY_DIRECTOR} role — not from the administrator, who closes
 * periods and years, nor from a system actor. The reason is mandatory by the commands' own validation,
 * and the reopening is recorded like any other event.
 *
 * <p>Pupils and guardians are left to {@link PupilsOnlyRead} and {@link GuardiansOnlyRead}. Default
 * severity {@link RuleSeverity#BLOCKING}; code {@value AccessRules#CODE_NOT_LEADERSHIP}; reads no
 * profile key other than {@code severities}. Immutable and thread-safe.
 */
public final class OnlyLeadershipReopensPeriods extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "OnlyLeadershipReopensPeriods";
    /** The clause. */
    public static final String CLAUSE = "REC-6.4";
    /** The command types whose writers this rule defines. */
    public static final Set<Class<? extends Command>> COMMANDS = Set.of(ReopenPeriod.class, ReopenSchoolYear.class);

    /**
     * @param profile the school's profile, not {@code null}
     */
    public OnlyLeadershipReopensPeriods(Profile profile) {
        super(NAME, CLAUSE, RuleSeverity.BLOCKING, profile, AccessRules.CODE_NOT_LEADERSHIP);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return COMMANDS.contains(command);
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!COMMANDS.contains(candidate.command().getClass()) || AccessRules.isPupilOrGuardian(candidate.actor())
                || AccessRules.holdsAny(candidate.actor(), view, StaffRole.DIRECTOR, StaffRole.DEPUTY_DIRECTOR)) {
            return Stream.empty();
        }
        boolean year = candidate.command() instanceof ReopenSchoolYear;
        return Stream.of(violation(AccessRules.CODE_NOT_LEADERSHIP, AccessRules.concerns(candidate),
                "открыть закрыт" + (year ? "ый учебный год" : "ый период") + " может только директор или его"
                        + " заместитель; «" + candidate.actor().describe() + "» не из руководства школы",
                "only the director or a deputy director may reopen a closed " + (year ? "school year" : "period")
                        + "; '" + candidate.actor().describe() + "' is not of the school's leadership"));
    }
}
