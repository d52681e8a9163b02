package org.ejournal.rules.catalogue;

import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.AveragingPolicy;
import org.ejournal.rules.PeriodMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.Suggestion;

/**
 * The period mark and the suggestion (REQUIREMENTS §5a): the period mark is the teacher's decision; a
 * mark that differs from the one {@link PeriodMarks#suggest} computes by the local act's averaging
 * policy is allowed, and recorded with a note naming the suggestion, the mean and the policy version,
 * so that a report can list such differences. Judged at {@code RecordPeriodMark} and
 * {@code CorrectPeriodMark}; nothing is noted when there is nothing to suggest (no numeric mark and
 * no «н/а»), nor for «осв» (exempt), which is not a judgement of the pupil's work.
 *
 * <p>Clause POL-4.4e (the period marks the teacher sets); default severity {@link RuleSeverity#INFO}
 * (a note, not a violation); code {@link MarkRules#CODE_DIFFERS_FROM_SUGGESTION}; profile keys
 * {@code averaging}, {@code policyVersion} and {@code severities.PeriodMarkFollowsTheSuggestion} (a
 * school may make a difference a warning). Cost: O(lessons of one subject in one period).
 */
public final class PeriodMarkFollowsTheSuggestion extends PeriodMarkRule {

    /** The rule's name. */
    public static final String NAME = "PeriodMarkFollowsTheSuggestion";

    /**
     * @param profile the school's profile, not {@code null}
     */
    public PeriodMarkFollowsTheSuggestion(Profile profile) {
        super(NAME, "POL-4.4e", RuleSeverity.INFO, profile, MarkRules.CODE_DIFFERS_FROM_SUGGESTION);
    }

    @Override
    Stream<Violation> periodMark(JournalView view, StudentId student, SubjectId subject,
            StudyPeriodId periodId, MarkValue value) {
        if (value.equals(SpecialResults.EXEMPT)) {
            return Stream.empty();
        }
        Suggestion s = suggestion(view, student, subject, periodId);
        Optional<MarkValue> suggested = s.mark();
        if (suggested.isEmpty() || suggested.get().equals(value)) {
            return Stream.empty();
        }
        StudyPeriod period = view.studyPeriod(periodId).orElseThrow();
        AveragingPolicy policy = profile.averaging();
        String meanRu = s.mean().map(m -> "средний балл " + m.toPlainString().replace('.', ',')
                + (policy.method() == AveragingPolicy.Method.WEIGHTED ? " (взвешенный)" : "")).orElse("отметок нет");
        String meanEn = s.mean().map(m -> (policy.method() == AveragingPolicy.Method.WEIGHTED ? "weighted " : "")
                + "mean " + m.toPlainString()).orElse("no marks");
        return Stream.of(violation(MarkRules.CODE_DIFFERS_FROM_SUGGESTION,
                EntryRef.periodMark(student, subject, periodId).describe(),
                "итоговая отметка «" + value.symbol() + "» за период «" + period.label() + "» отличается от расчётной «"
                        + suggested.get().symbol() + "»: " + meanRu + ", политика «" + s.policyVersion()
                        + "»; отметка выставлена учителем",
                "the period mark " + value.symbol() + " for " + period.labelEn() + " differs from the suggested "
                        + suggested.get().symbol() + ": " + meanEn + ", policy '" + s.policyVersion()
                        + "'; the mark is the teacher's"));
    }
}
