package org.ejournal.rules.catalogue;

import java.math.BigDecimal;
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
import org.ejournal.rules.PeriodMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.Suggestion;

/**
 * The «н/а» rule (POL-4.4c, REQUIREMENTS §3 "accumulation"): a pupil who missed more than the local
 * act's share of the subject's lessons in a period ({@link Profile#notAttestedAbsenceShare()}; any
 * absence counts, lateness does not) and has fewer marks than the accumulation table requires is not
 * attested («н/а»). Judged at {@code RecordPeriodMark} and {@code CorrectPeriodMark}:
 *
 * <ul>
 * <li>a mark (numeric, or зачёт/незачёт) for such a pupil is accepted with a warning that «н/а» is due
 * ({@link MarkRules#CODE_NOT_ATTESTED_DUE});</li>
 * <li>«н/а» for a pupil who does not meet both conditions is accepted with a warning that it lacks its
 * grounds ({@link MarkRules#CODE_NOT_ATTESTED_UNFOUNDED}).</li>
 * </ul>
 * «осв» (exempt) is never judged. Nor is a subject without a curriculum load in the pupil's class, or
 * a period kind whose minimum is 0 (the year, by default): then "too few marks" has no measure; nor a
 * pupil of the first grade unless the local act gives first-graders marks ({@code marks.firstGrade}).
 *
 * <p>Clause POL-4.4c; default severity {@link RuleSeverity#WARNING}; profile keys
 * {@code accumulation.notAttestedAbsenceShare}, {@code accumulation.minimumMarks} and
 * {@code severities.NotAttestedWhenMostLessonsMissed}. Cost: O(lessons of one subject in one period).
 */
public final class NotAttestedWhenMostLessonsMissed extends PeriodMarkRule {

    /** The rule's name. */
    public static final String NAME = "NotAttestedWhenMostLessonsMissed";

    /**
     * @param profile the school's profile, not {@code null}
     */
    public NotAttestedWhenMostLessonsMissed(Profile profile) {
        super(NAME, "POL-4.4c", RuleSeverity.WARNING, profile, MarkRules.CODE_NOT_ATTESTED_DUE,
                MarkRules.CODE_NOT_ATTESTED_UNFOUNDED);
    }

    @Override
    Stream<Violation> periodMark(JournalView view, StudentId student, SubjectId subject,
            StudyPeriodId periodId, MarkValue value) {
        if (value.equals(SpecialResults.EXEMPT)) {
            return Stream.empty();
        }
        StudyPeriod period = view.studyPeriod(periodId).orElseThrow();
        boolean firstGrade = PeriodMarks.classAtEnd(view, student, period).flatMap(view::schoolClass)
                .filter(sc -> sc.grade() == 1).isPresent();
        if (firstGrade && !profile.firstGradeMarks()) {
            return Stream.empty();
        }
        Suggestion s = suggestion(view, student, subject, periodId);
        if (s.minimumMarks().isEmpty() || s.minimumMarks().getAsInt() == 0) {
            return Stream.empty();
        }
        String concerns = EntryRef.periodMark(student, subject, periodId).describe();
        boolean notAttested = value.equals(SpecialResults.NOT_ATTESTED);
        String percent = profile.notAttestedAbsenceShare().multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
                .toPlainString();
        String factsRu = "пропущено " + s.absences() + " из " + s.lessons() + " уроков (порог по локальному акту —"
                + " более " + percent + " %), отметок " + s.marks() + " из " + s.minimumMarks().getAsInt()
                + " необходимых";
        String factsEn = s.absences() + " of " + s.lessons() + " lessons missed (the local act's limit: more than "
                + percent + " %), " + s.marks() + " of the " + s.minimumMarks().getAsInt() + " marks required";
        if (s.notAttested() && !notAttested) {
            return Stream.of(violation(MarkRules.CODE_NOT_ATTESTED_DUE, concerns,
                    "за период «" + period.label() + "» следует выставить «н/а», а не «" + value.symbol() + "»: "
                            + factsRu,
                    "«н/а» (not attested) is due for " + period.labelEn() + ", not " + value.symbol() + ": "
                            + factsEn));
        }
        if (!s.notAttested() && notAttested) {
            return Stream.of(violation(MarkRules.CODE_NOT_ATTESTED_UNFOUNDED, concerns,
                    "«н/а» за период «" + period.label() + "» без оснований (нужны и пропуск большей части уроков,"
                            + " и недостаток отметок): " + factsRu,
                    "«н/а» (not attested) for " + period.labelEn() + " lacks its grounds (it needs both most"
                            + " lessons missed and too few marks): " + factsEn));
        }
        return Stream.empty();
    }
}
