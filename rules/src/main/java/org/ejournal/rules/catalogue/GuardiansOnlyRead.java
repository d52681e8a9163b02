package org.ejournal.rules.catalogue;

import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/**
 * Guardians only read their own children's data, as an electronic diary: any command sent on behalf
 * of a guardian is refused, whatever it is (POL-3.6, REC-8.2). Default severity
 * {@link RuleSeverity#BLOCKING}; code {@value AccessRules#CODE_GUARDIAN_WRITES}. Reads no profile key other than
 * {@code severities}. Immutable and thread-safe.
 */
public final class GuardiansOnlyRead extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "GuardiansOnlyRead";
    /** The clause. */
    public static final String CLAUSE = "POL-3.6";

    /**
     * @param profile the school's profile, not {@code null}
     */
    public GuardiansOnlyRead(Profile profile) {
        super(NAME, CLAUSE, RuleSeverity.BLOCKING, profile, AccessRules.CODE_GUARDIAN_WRITES);
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.actor() instanceof Actor.GuardianActor)) {
            return Stream.empty();
        }
        return Stream.of(violation(AccessRules.CODE_GUARDIAN_WRITES, AccessRules.concerns(candidate),
                "законный представитель только просматривает данные своего ребёнка и не может вносить "
                        + "изменения в журнал («" + candidate.command().commandName() + "»)",
                "guardians only view their own children's data and may not change the journal ('"
                        + candidate.command().commandName() + "')"));
    }
}
