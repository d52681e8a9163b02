package org.ejournal.rules.catalogue;

import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.PeriodMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/**
 * Pupils of the first grade get no marks (REQUIREMENTS §5a; the first grade is taught without marks,
 * безотметочное обучение): a mark for a task ({@code RecordMark}, {@code CorrectMark}) given at a
 * lesson of a first-grade class, or a period mark ({@code RecordPeriodMark},
 * {@code CorrectPeriodMark}) for a pupil whose class at the end of the period is of the first grade,
 * is refused.
 *
 * <p>What counts as a mark: every value of a grading scale — five-point marks and also зачёт/незачёт,
 * which is an assessment too. The special period results «н/а» and «осв» are not marks but the
 * absence of one, and stay allowed for a first-grader's period result. Cancelling a mark
 * ({@code CancelMark}) is always allowed: it removes what should not be there.
 *
 * <p>Clause POL-4.4c (the marks a teacher records); default severity {@link RuleSeverity#BLOCKING};
 * code {@link MarkRules#CODE_FIRST_GRADE_MARK}; profile keys {@code marks.firstGrade} (if {@code true},
 * first-graders get marks and this rule finds nothing) and {@code severities.FirstGradersGetNoMarks}.
 * Cost: a few look-ups.
 */
public final class FirstGradersGetNoMarks extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "FirstGradersGetNoMarks";

    /**
     * @param profile the school's profile, not {@code null}
     */
    public FirstGradersGetNoMarks(Profile profile) {
        super(NAME, "POL-4.4c", RuleSeverity.BLOCKING, profile, MarkRules.CODE_FIRST_GRADE_MARK);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordMark.class
                || command == org.ejournal.core.command.CorrectMark.class
                || command == org.ejournal.core.command.RecordPeriodMark.class
                || command == org.ejournal.core.command.CorrectPeriodMark.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (profile.firstGradeMarks()) {
            return Stream.empty();
        }
        Command c = candidate.command();
        if (c instanceof RecordMark m) {
            return taskMark(view, m.task(), m.student(), m.value());
        } else if (c instanceof CorrectMark m) {
            return taskMark(view, m.task(), m.student(), m.value());
        } else if (c instanceof RecordPeriodMark p) {
            return periodMark(view, p.student(), p.subject(), p.period(), p.value());
        } else if (c instanceof CorrectPeriodMark p) {
            return periodMark(view, p.student(), p.subject(), p.period(), p.value());
        }
        return Stream.empty();
    }

    private Stream<Violation> taskMark(JournalView view, TaskId task, StudentId student, MarkValue value) {
        Optional<ClassId> classId = view.task(task).flatMap(t -> view.lesson(t.lesson())).map(l -> l.schoolClass());
        return firstGrade(view, classId)
                .map(sc -> refuse(EntryRef.mark(task, student).describe(), sc, value))
                .stream();
    }

    private Stream<Violation> periodMark(JournalView view, StudentId student, SubjectId subject,
            StudyPeriodId periodId, MarkValue value) {
        if (value.scale().equals(SpecialResults.ID)) {
            return Stream.empty();
        }
        Optional<ClassId> classId = view.studyPeriod(periodId)
                .flatMap(p -> PeriodMarks.classAtEnd(view, student, p));
        return firstGrade(view, classId)
                .map(sc -> refuse(EntryRef.periodMark(student, subject, periodId).describe(), sc, value))
                .stream();
    }

    private static Optional<SchoolClass> firstGrade(JournalView view, Optional<ClassId> classId) {
        return classId.flatMap(view::schoolClass).filter(sc -> sc.grade() == 1);
    }

    private Violation refuse(String concerns, SchoolClass sc, MarkValue value) {
        return violation(MarkRules.CODE_FIRST_GRADE_MARK, concerns,
                "в первом классе отметки не выставляются (безотметочное обучение): отметка «" + value.symbol()
                        + "» в классе " + sc.name() + " не допускается; локальный акт не разрешает отметки"
                        + " первоклассникам",
                "pupils of the first grade get no marks: the mark '" + value.symbol() + "' in class " + sc.name()
                        + " is not allowed; the local act does not allow marks in the first grade");
    }
}
