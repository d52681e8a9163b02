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
 * Pupils only read the journal: any command sent on behalf of a pupil is refused, whatever it is
 * (POL-1.7). Default severity {@link RuleSeverity#BLOCKING}; code {@value AccessRules#CODE_PUPIL_WRITES}.
 * Reads no profile key other than {@code severities}. Immutable and thread-safe.
 */
public final class PupilsOnlyRead extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "PupilsOnlyRead";
    /** The clause. */
    public static final String CLAUSE = "POL-1.7";

    /**
     * @param profile the school's profile, not {@code null}
     */
    public PupilsOnlyRead(Profile profile) {
        super(NAME, CLAUSE, RuleSeverity.BLOCKING, profile, AccessRules.CODE_PUPIL_WRITES);
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.actor() instanceof Actor.StudentActor)) {
            return Stream.empty();
        }
        return Stream.of(violation(AccessRules.CODE_PUPIL_WRITES, AccessRules.concerns(candidate),
                "обучающийся только просматривает журнал и не может вносить в него изменения («"
                        + candidate.command().commandName() + "»)",
                "pupils only view the journal and may not change it ('" + candidate.command().commandName() + "')"));
    }
}
