package org.ejournal.rules.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.CurriculumLoad;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
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
import org.ejournal.rules.internal.SchoolTime;

/**
 * Marks accumulate by the weekly load (накопляемость, POL-4.4c): a pupil should have at least the
 * number of marks in a subject in a period that the local act's table gives for the subject's weekly
 * hours in the pupil's class and the period's kind ({@link Profile#minimumMarksFor}). The marks
 * counted are the pupil's marks on the tasks of the subject's regular lessons in the period, in every
 * class the pupil was in (see {@link PeriodMarks}).
 *
 * <ul>
 * <li>At entry: a numeric period mark ({@code RecordPeriodMark} or {@code CorrectPeriodMark}) for a
 * pupil with fewer marks is accepted with a warning saying how many of how many
 * ({@link MarkRules#CODE_TOO_FEW_MARKS}).</li>
 * <li>What is outstanding (the accumulation report of POL-5.2): for each study period that ended by
 * the instant asked, each pupil of each class the period applies to who was still at the school on
 * its last day, and each subject of the class's curriculum, a pupil below the minimum
 * ({@link MarkRules#CODE_TOO_FEW_MARKS_OUTSTANDING}); a pupil whose period result is «осв» (exempt)
 * is left out.</li>
 * </ul>
 *
 * <p>Not judged: a subject without a curriculum load in the pupil's class (the minimum is unknown), a
 * period kind whose minimum is 0 (the year, by default), and classes of the first grade unless the
 * local act gives first-graders marks ({@code marks.firstGrade}).
 *
 * <p>Clause POL-4.4c; default severity {@link RuleSeverity#WARNING}; profile keys
 * {@code accumulation.minimumMarks}, {@code marks.firstGrade} and
 * {@code severities.MarksAccumulateByWeeklyLoad}. Cost at entry: O(lessons of one subject in one
 * period); the report is linear in the year's lessons, marks and pupils.
 */
public final class MarksAccumulateByWeeklyLoad extends PeriodMarkRule {

    /** The rule's name. */
    public static final String NAME = "MarksAccumulateByWeeklyLoad";

    /**
     * @param profile the school's profile, not {@code null}
     */
    public MarksAccumulateByWeeklyLoad(Profile profile) {
        super(NAME, "POL-4.4c", RuleSeverity.WARNING, profile, MarkRules.CODE_TOO_FEW_MARKS,
                MarkRules.CODE_TOO_FEW_MARKS_OUTSTANDING);
    }

    @Override
    Stream<Violation> periodMark(JournalView view, StudentId student, SubjectId subject,
            StudyPeriodId periodId, MarkValue value) {
        if (PeriodMarks.numericValue(view, value).isEmpty()) {
            return Stream.empty();
        }
        StudyPeriod period = view.studyPeriod(periodId).orElseThrow();
        if (!judged(view, PeriodMarks.classAtEnd(view, student, period))) {
            return Stream.empty();
        }
        Suggestion s = suggestion(view, student, subject, periodId);
        if (!s.tooFewMarks()) {
            return Stream.empty();
        }
        return Stream.of(violation(MarkRules.CODE_TOO_FEW_MARKS,
                EntryRef.periodMark(student, subject, periodId).describe(),
                "накопляемость: у обучающегося " + s.marks() + " из " + s.minimumMarks().getAsInt()
                        + " отметок, необходимых за период «" + period.label() + "» по локальному акту при "
                        + hours(s) + " ч в неделю; итоговая отметка «" + value.symbol() + "» выставлена при"
                        + " недостаточной накопляемости",
                "accumulation: the pupil has " + s.marks() + " of the " + s.minimumMarks().getAsInt()
                        + " marks the local act requires in " + period.labelEn() + " for " + hours(s)
                        + " h a week; the period mark " + value.symbol() + " rests on too few marks"));
    }

    @Override
    protected Stream<Violation> overdue(Instant asOf, JournalView view) {
        List<Violation> out = new ArrayList<>();
        for (SchoolYear year : view.schoolYears()) {
            for (StudyPeriod period : view.studyPeriods(year.id())) {
                if (SchoolTime.endOf(period.lastDay(), view.school().zone()).isAfter(asOf)) {
                    continue;
                }
                for (SchoolClass sc : view.classes(year.id())) {
                    if (period.grades().contains(sc.grade())) {
                        outstanding(view, period, sc, out);
                    }
                }
            }
        }
        return out.stream();
    }

    private void outstanding(JournalView view, StudyPeriod period, SchoolClass sc, List<Violation> out) {
        if (!judged(view, Optional.of(sc.id()))) {
            return;
        }
        for (StudentId student : view.studentsOf(sc.id(), period.lastDay(), period.lastDay())) {
            for (CurriculumLoad load : view.curriculum(sc.id())) {
                if (profile.minimumMarksFor(load.hoursPerWeek()).forKind(period.kind()) == 0
                        || view.periodMark(student, load.subject(), period.id())
                                .filter(SpecialResults.EXEMPT::equals).isPresent()) {
                    continue;
                }
                Suggestion s = PeriodMarks.suggest(view, student, load.subject(), period.id(), profile);
                if (s.tooFewMarks()) {
                    String subject = view.subject(load.subject()).map(x -> x.name()).orElse(load.subject().value());
                    out.add(violation(MarkRules.CODE_TOO_FEW_MARKS_OUTSTANDING,
                            EntryRef.periodMark(student, load.subject(), period.id()).describe(),
                            "накопляемость: у обучающегося " + sc.name() + " по предмету «" + subject + "» "
                                    + s.marks() + " из " + s.minimumMarks().getAsInt() + " отметок, необходимых за"
                                    + " период «" + period.label() + "» по локальному акту при " + hours(s)
                                    + " ч в неделю",
                            "accumulation: a pupil of " + sc.name() + " has " + s.marks() + " of the "
                                    + s.minimumMarks().getAsInt() + " marks in subject '" + load.subject().value()
                                    + "' the local act requires in " + period.labelEn() + " for " + hours(s)
                                    + " h a week"));
                }
            }
        }
    }

    /** Whether a class is judged at all: not the first grade unless first-graders get marks. */
    private boolean judged(JournalView view, Optional<ClassId> classId) {
        return classId.flatMap(view::schoolClass)
                .map(sc -> sc.grade() != 1 || profile.firstGradeMarks()).orElse(false);
    }

    private static String hours(Suggestion s) {
        return s.hoursPerWeek().map(h -> h.stripTrailingZeros().toPlainString()).orElse("?");
    }
}
