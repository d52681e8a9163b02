package org.ejournal.rules.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CancelMark;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CorrectAttendance;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/**
 * Nothing in a closed study period changes (REC-6.4): after the administrator closes a period, its
 * lessons, tasks, homework, marks, attendance, period marks and exam results cannot be recorded,
 * corrected or cancelled until the school's leadership reopens it.
 *
 * <p>An entry belongs to a period by its day and its class: the lesson's day (for a lesson, its
 * tasks, homework, marks and attendance, through the task's lesson for a mark) or the exam's day,
 * in a period of the class's school year that applies to the class's grade ({@link StudyPeriod#grades()}).
 * A period mark belongs to the period it is for. A closed year period ({@code YEAR}) closes the whole
 * year for its grades. An exam result for a pupil who was in no class on the exam's day is not
 * judged.
 *
 * <p>Clause REC-6.4; default severity {@link RuleSeverity#BLOCKING}; code
 * {@link MarkRules#CODE_CLOSED_PERIOD}; profile key {@code severities.ClosedPeriodsDoNotChange}.
 * Cost: one look-up of the entry, and of the handful of periods of its year.
 */
public final class ClosedPeriodsDoNotChange extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "ClosedPeriodsDoNotChange";

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * @param profile the school's profile, not {@code null}
     */
    public ClosedPeriodsDoNotChange(Profile profile) {
        super(NAME, "REC-6.4", RuleSeverity.BLOCKING, profile, MarkRules.CODE_CLOSED_PERIOD);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordPeriodMark.class
                || command == org.ejournal.core.command.CorrectPeriodMark.class
                || command == org.ejournal.core.command.RecordLesson.class
                || command == org.ejournal.core.command.CorrectLesson.class
                || command == org.ejournal.core.command.AssignTask.class
                || command == org.ejournal.core.command.AssignHomework.class
                || command == org.ejournal.core.command.RecordMark.class
                || command == org.ejournal.core.command.CorrectMark.class
                || command == org.ejournal.core.command.CancelMark.class
                || command == org.ejournal.core.command.RecordAttendance.class
                || command == org.ejournal.core.command.CorrectAttendance.class
                || command == org.ejournal.core.command.RecordExamResult.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        Command c = candidate.command();
        if (c instanceof RecordPeriodMark p) {
            return periodMark(view, p.student(), p.subject(), p.period());
        } else if (c instanceof CorrectPeriodMark p) {
            return periodMark(view, p.student(), p.subject(), p.period());
        } else if (c instanceof RecordLesson l) {
            return dated(view, l.schoolClass(), l.date(), () -> EntryRef.lesson(l.id()).describe());
        } else if (c instanceof CorrectLesson l) {
            return lesson(view, l.lesson(), () -> EntryRef.lesson(l.lesson()).describe());
        } else if (c instanceof AssignTask t) {
            return lesson(view, t.lesson(), () -> EntryRef.task(t.id()).describe());
        } else if (c instanceof AssignHomework h) {
            return lesson(view, h.lesson(), () -> EntryRef.homework(h.id()).describe());
        } else if (c instanceof RecordMark m) {
            return mark(view, m.task(), m.student());
        } else if (c instanceof CorrectMark m) {
            return mark(view, m.task(), m.student());
        } else if (c instanceof CancelMark m) {
            return mark(view, m.task(), m.student());
        } else if (c instanceof RecordAttendance a) {
            return lesson(view, a.lesson(), () -> EntryRef.attendance(a.lesson(), a.student()).describe());
        } else if (c instanceof CorrectAttendance a) {
            return lesson(view, a.lesson(), () -> EntryRef.attendance(a.lesson(), a.student()).describe());
        } else if (c instanceof RecordExamResult e) {
            return view.classOf(e.student(), e.date())
                    .map(k -> dated(view, k, e.date(), () -> EntryRef.examResult(e.id()).describe()))
                    .orElseGet(Stream::empty);
        }
        return Stream.empty();
    }

    private Stream<Violation> periodMark(JournalView view, StudentId student, SubjectId subject,
            StudyPeriodId periodId) {
        if (!view.isClosed(periodId)) {
            return Stream.empty();
        }
        StudyPeriod period = view.studyPeriod(periodId).orElseThrow();
        return Stream.of(violation(MarkRules.CODE_CLOSED_PERIOD,
                EntryRef.periodMark(student, subject, periodId).describe(),
                "период «" + period.label() + "» закрыт: итоговые отметки за него не меняются; переоткрыть"
                        + " период может руководство школы с указанием причины",
                "the period " + period.labelEn() + " is closed: its period marks cannot change; the school's"
                        + " leadership may reopen it, giving a reason"));
    }

    private Stream<Violation> mark(JournalView view, TaskId task, StudentId student) {
        return view.task(task).map(t -> lesson(view, t.lesson(), () -> EntryRef.mark(task, student).describe()))
                .orElseGet(Stream::empty);
    }

    private Stream<Violation> lesson(JournalView view, LessonId id, Supplier<String> concerns) {
        Optional<Lesson> lesson = view.lesson(id);
        return lesson.map(l -> dated(view, l.schoolClass(), l.date(), concerns)).orElseGet(Stream::empty);
    }

    private Stream<Violation> dated(JournalView view, ClassId classId, LocalDate date, Supplier<String> concerns) {
        Optional<SchoolClass> sc = view.schoolClass(classId);
        if (sc.isEmpty()) {
            return Stream.empty();
        }
        for (StudyPeriod period : view.studyPeriods(sc.get().year())) {
            if (period.contains(date) && period.grades().contains(sc.get().grade()) && view.isClosed(period.id())) {
                return Stream.of(violation(MarkRules.CODE_CLOSED_PERIOD, concerns.get(),
                        "период «" + period.label() + "» закрыт: записи за " + RU.format(date) + " (класс "
                                + sc.get().name() + ") не меняются; переоткрыть период может руководство школы"
                                + " с указанием причины",
                        "the period " + period.labelEn() + " is closed: entries dated " + date + " (class "
                                + sc.get().name() + ") cannot change; the school's leadership may reopen it,"
                                + " giving a reason"));
            }
        }
        return Stream.empty();
    }
}
