package org.ejournal.rules.catalogue;

import java.lang.ref.WeakReference;
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
import org.ejournal.rules.PeriodMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.Suggestion;

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
     * The suggestion for the pupil's period mark, computed once for the rules of a period mark: the three
     * period-mark rules of the catalogue ask the same question of the same journal about the same mark,
     * one after another, and computing it walks every lesson of the subject in the period. The last answer
     * is kept per thread and given again only for the same journal object, unchanged since
     * ({@link JournalView#size()}), and the same profile; the journal is held weakly, so the memo never
     * keeps a journal alive.
     *
     * @param view the journal
     * @param student the pupil
     * @param subject the subject
     * @param period the study period
     * @return what {@link PeriodMarks#suggest} answers
     */
    final Suggestion suggestion(JournalView view, StudentId student, SubjectId subject, StudyPeriodId period) {
        Memo last = MEMO.get();
        if (last != null && last.view.get() == view && last.size == view.size() && last.profile == profile
                && last.student.equals(student) && last.subject.equals(subject) && last.period.equals(period)) {
            return last.suggestion;
        }
        Suggestion s = PeriodMarks.suggest(view, student, subject, period, profile);
        MEMO.set(new Memo(new WeakReference<>(view), view.size(), profile, student, subject, period, s));
        return s;
    }

    private static final ThreadLocal<Memo> MEMO = new ThreadLocal<>();

    private record Memo(WeakReference<JournalView> view, long size, Profile profile, StudentId student,
            SubjectId subject, StudyPeriodId period, Suggestion suggestion) {
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
