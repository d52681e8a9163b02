package org.ejournal.rules.catalogue;

import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/** A rule that judges period marks, recorded or corrected alike. */
abstract class PeriodMarkRule extends RegulationRule {

    PeriodMarkRule(String name, String clause, RuleSeverity byDefault, Profile profile, String code,
            String... moreCodes) {
        super(name, clause, byDefault, profile, code, moreCodes);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordPeriodMark.class
                || command == org.ejournal.core.command.CorrectPeriodMark.class;
    }

    @Override
    protected final Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        Command c = candidate.command();
        if (c instanceof RecordPeriodMark p) {
            return periodMark(view, p.student(), p.subject(), p.period(), p.value());
        } else if (c instanceof CorrectPeriodMark p) {
            return periodMark(view, p.student(), p.subject(), p.period(), p.value());
        }
        return Stream.empty();
    }

    /**
     * @param view the journal before the entry
     * @param student the pupil
     * @param subject the subject
     * @param period the study period
     * @param value the period mark recorded
     * @return the violations
     */
    abstract Stream<Violation> periodMark(JournalView view, StudentId student, SubjectId subject,
            StudyPeriodId period, MarkValue value);
}
