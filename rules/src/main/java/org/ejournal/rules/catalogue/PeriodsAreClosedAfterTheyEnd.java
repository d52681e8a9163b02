package org.ejournal.rules.catalogue;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.internal.SchoolTime;

/**
 * A study period is closed after it has ended (REC-6.4: "after a study period ends the administrator
 * closes it"): a {@code ClosePeriod} recorded before the end of the period's last day, in the
 * school's time zone, closes lessons that may still be given and marks that may still be due.
 *
 * <p>Clause REC-6.4; default severity {@link RuleSeverity#WARNING}; code
 * {@link MarkRules#CODE_CLOSED_BEFORE_END}; profile key {@code severities.PeriodsAreClosedAfterTheyEnd}.
 * Cost: one look-up.
 */
public final class PeriodsAreClosedAfterTheyEnd extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "PeriodsAreClosedAfterTheyEnd";

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * @param profile the school's profile, not {@code null}
     */
    public PeriodsAreClosedAfterTheyEnd(Profile profile) {
        super(NAME, "REC-6.4", RuleSeverity.WARNING, profile, MarkRules.CODE_CLOSED_BEFORE_END);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.ClosePeriod.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.command() instanceof ClosePeriod close)) {
            return Stream.empty();
        }
        return view.studyPeriod(close.period()).stream().flatMap(period -> {
            Instant end = SchoolTime.endOf(period.lastDay(), view.school().zone());
            if (!candidate.recordedAt().isBefore(end)) {
                return Stream.empty();
            }
            return Stream.of(early(period));
        });
    }

    private Violation early(StudyPeriod period) {
        return violation(MarkRules.CODE_CLOSED_BEFORE_END, "period " + period.id(),
                "период «" + period.label() + "» закрыт до своего окончания: его последний день — "
                        + RU.format(period.lastDay()),
                "the period " + period.labelEn() + " was closed before it ended: its last day is "
                        + period.lastDay());
    }
}
