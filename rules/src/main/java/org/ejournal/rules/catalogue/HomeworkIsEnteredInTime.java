package org.ejournal.rules.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignHomework;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.internal.SchoolTime;

/**
 * REG-6, POL-4.4d: homework is entered on the day of the lesson, at the latest
 * {@code deadlines.homework.hoursAfterLessons} hours after the class's last lesson that day ends (the
 * highest-numbered lesson of the class that day, any subject or group, ended by the bell schedule
 * {@code timetable.lessonEnds}), in the school's time zone. Posting it in advance is fine.
 *
 * <p>Default severity {@code WARNING}: late homework is still recorded. Codes
 * {@link DeadlineRules#CODE_HOMEWORK_LATE}, {@link DeadlineRules#CODE_HOMEWORK_LATE_EXCUSED} (a note,
 * when a declared outage excuses it, REC-5.3). Profile keys: {@code deadlines.homework.hoursAfterLessons}
 * (default 2), {@code timetable.lessonEnds}, {@code severities.HomeworkIsEnteredInTime},
 * {@code outages.graceHours}. Immutable and thread-safe.
 */
public final class HomeworkIsEnteredInTime extends DeadlineRules.DeadlineRule {

    /** The rule's name. */
    public static final String NAME = "HomeworkIsEnteredInTime";

    /** @param profile the school's profile, not {@code null} */
    public HomeworkIsEnteredInTime(Profile profile) {
        super(NAME, "REG-6", DeadlineRules.CODE_HOMEWORK_LATE, DeadlineRules.CODE_HOMEWORK_LATE_EXCUSED, profile);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.AssignHomework.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.command() instanceof AssignHomework h)) {
            return Stream.empty();
        }
        Optional<Lesson> found = view.lesson(h.lesson());
        if (found.isEmpty()) {
            return Stream.empty();
        }
        Lesson lesson = found.get();
        ZoneId zone = view.school().zone();
        int last = lesson.number();
        for (Lesson other : view.lessonsOn(lesson.schoolClass(), lesson.date())) {
            last = Math.max(last, other.number());
        }
        Instant lessonsEnd = SchoolTime.lessonEnd(lesson.date(), last, profile, zone);
        int hours = profile.homeworkHoursAfterLessons();
        Instant deadline = lessonsEnd.plus(Duration.ofHours(hours));
        if (onTime(candidate.recordedAt(), deadline, false)) {
            return Stream.empty();
        }
        DeadlineRules.Text what = lessonText(view, lesson);
        DeadlineRules.Text end = DeadlineRules.Text.of(SchoolTime.local(lessonsEnd, zone));
        String cls = className(view, lesson.schoolClass());
        return lateness(candidate.recordedAt(), new DeadlineRules.Late(EntryRef.homework(h.id()).describe(),
                new DeadlineRules.Text("домашнее задание к уроку " + what.ru() + " внесено",
                        "homework for lesson " + what.en() + " entered"),
                SchoolTime.startOf(lesson.date(), zone), deadline, false, until(deadline, zone),
                new DeadlineRules.Text("по локальному акту — не позже чем через "
                        + SchoolTime.ru(hours, "час", "часа", "часов") + " после последнего урока класса " + cls
                        + " в этот день (" + last + "-й урок, окончание " + end.ru() + ")",
                        "the local act allows " + hours + " h after the last lesson of class " + cls
                                + " that day (number " + last + ", ending " + end.en() + ")")), view);
    }
}
