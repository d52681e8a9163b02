package org.ejournal.rules.catalogue;

import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.RecordAttendance;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.internal.SchoolTime;

/**
 * REG-4: the pupils absent from a lesson (or late to it) are entered on the day of the lesson, in the
 * school's time zone. A {@code RecordAttendance} recorded after the end of the lesson's day is late.
 * A correction ({@code CorrectAttendance}) is not a late entry: it keeps the original (REC-1.7) and is
 * not judged here.
 *
 * <p>Default severity {@code WARNING}: a late absence is still recorded. Codes
 * {@link DeadlineRules#CODE_ATTENDANCE_LATE}, {@link DeadlineRules#CODE_ATTENDANCE_LATE_EXCUSED} (a note,
 * when a declared outage excuses it, REC-5.3). Profile keys:
 * {@code severities.AbsencesAreEnteredOnTheLessonDay}, {@code outages.graceHours}. Immutable and
 * thread-safe.
 */
public final class AbsencesAreEnteredOnTheLessonDay extends DeadlineRules.DeadlineRule {

    /** The rule's name. */
    public static final String NAME = "AbsencesAreEnteredOnTheLessonDay";

    /** @param profile the school's profile, not {@code null} */
    public AbsencesAreEnteredOnTheLessonDay(Profile profile) {
        super(NAME, "REG-4", DeadlineRules.CODE_ATTENDANCE_LATE, DeadlineRules.CODE_ATTENDANCE_LATE_EXCUSED,
                profile);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordAttendance.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.command() instanceof RecordAttendance a)) {
            return Stream.empty();
        }
        Optional<Lesson> found = view.lesson(a.lesson());
        if (found.isEmpty()) {
            return Stream.empty();
        }
        Lesson lesson = found.get();
        ZoneId zone = view.school().zone();
        if (onTime(candidate.recordedAt(), SchoolTime.endOf(lesson.date(), zone), true)) {
            return Stream.empty();
        }
        DeadlineRules.Text what = lessonText(view, lesson);
        return lateness(candidate.recordedAt(), new DeadlineRules.Late(
                EntryRef.attendance(a.lesson(), a.student()).describe(),
                new DeadlineRules.Text("отметка «" + a.code() + "» обучающегося «" + a.student() + "» на уроке "
                        + what.ru() + " внесена", "attendance '" + a.code() + "' of pupil '" + a.student()
                        + "' at lesson " + what.en() + " entered"),
                SchoolTime.startOf(lesson.date(), zone), SchoolTime.endOf(lesson.date(), zone), true,
                endOfDay(lesson.date(), zone),
                new DeadlineRules.Text("отсутствующие отмечаются в день урока",
                        "absences are entered on the day of the lesson")), view);
    }
}
