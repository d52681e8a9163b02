package org.ejournal.rules.catalogue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.model.Task;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.internal.SchoolTime;

/**
 * REG-7: the marks for a piece of work are entered at the latest by the end of the day
 * {@code lesson's day + N days}, where N is {@code deadlines.marks.daysByTaskType} for the task's type
 * (by default 7 for test papers and essays) or else {@code deadlines.marks.days} (default 3), counted
 * as {@code days.counting} says: calendar days, or school days of the calendar of the class's school
 * year for the class's grade (weekends, holidays and vacations do not count). In the school's zone.
 * Corrections of marks are not late entries and are not judged here.
 *
 * <p>Default severity {@code WARNING}: a late mark is still recorded. Codes
 * {@link DeadlineRules#CODE_MARK_LATE}, {@link DeadlineRules#CODE_MARK_LATE_EXCUSED} (a note, when a
 * declared outage excuses it, REC-5.3). Profile keys: {@code deadlines.marks.days},
 * {@code deadlines.marks.daysByTaskType}, {@code days.counting},
 * {@code severities.MarksAreEnteredWithinTheDeadline}, {@code outages.graceHours}. Immutable and
 * thread-safe.
 */
public final class MarksAreEnteredWithinTheDeadline extends DeadlineRules.DeadlineRule {

    /** The rule's name. */
    public static final String NAME = "MarksAreEnteredWithinTheDeadline";

    /** @param profile the school's profile, not {@code null} */
    public MarksAreEnteredWithinTheDeadline(Profile profile) {
        super(NAME, "REG-7", DeadlineRules.CODE_MARK_LATE, DeadlineRules.CODE_MARK_LATE_EXCUSED, profile);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordMark.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.command() instanceof RecordMark m)) {
            return Stream.empty();
        }
        Optional<Task> task = view.task(m.task());
        Optional<Lesson> found = task.flatMap(t -> view.lesson(t.lesson()));
        if (found.isEmpty()) {
            return Stream.empty();
        }
        Lesson lesson = found.get();
        ZoneId zone = view.school().zone();
        String type = task.get().type().code();
        int days = profile.markDaysFor(type);
        Optional<SchoolClass> sc = view.schoolClass(lesson.schoolClass());
        SchoolYear year = yearOf(view, lesson.schoolClass()).orElse(null);
        LocalDate lastDay = SchoolTime.addDays(lesson.date(), days, profile.dayCounting(),
                year == null ? null : year.calendar(), sc.map(SchoolClass::grade).orElse(0));
        if (onTime(candidate.recordedAt(), SchoolTime.endOf(lastDay, zone), true)) {
            return Stream.empty();
        }
        DeadlineRules.Text what = lessonText(view, lesson);
        DeadlineRules.Text n = days(days);
        return lateness(candidate.recordedAt(), new DeadlineRules.Late(EntryRef.mark(m.task(), m.student()).describe(),
                new DeadlineRules.Text("отметка обучающегося «" + m.student() + "» за задание «" + m.task()
                        + "» урока " + what.ru() + " выставлена", "the mark of pupil '" + m.student()
                        + "' for task '" + m.task() + "' of lesson " + what.en() + " entered"),
                SchoolTime.startOf(lesson.date(), zone), SchoolTime.endOf(lastDay, zone), true, endOfDay(lastDay, zone),
                new DeadlineRules.Text("по локальному акту на выставление отметок — " + n.ru()
                        + " после работы (тип задания «" + type + "»)", "the local act allows " + n.en()
                        + " after the work (task type '" + type + "')")), view);
    }
}
