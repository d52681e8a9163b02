package org.ejournal.rules.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.internal.SchoolTime;

/**
 * REG-4, POL-4.4b: the lesson and its topic are entered on the day of the lesson, in the school's time
 * zone. A {@code RecordLesson} recorded after the end of the lesson's day is late, and so is a
 * {@code CorrectLesson} that gives a topic to a lesson that had none (the topic entered late; a
 * correction of an existing topic is not a late entry). In audit mode, what is outstanding is every
 * lesson whose day ended by then without a topic (POL-1.5: the journal shows what is missing).
 *
 * <p>Default severity {@code WARNING}: a late lesson is still recorded. Codes
 * {@link DeadlineRules#CODE_LESSON_LATE}, {@link DeadlineRules#CODE_LESSON_LATE_EXCUSED} (a note, when a
 * declared outage excuses it, REC-5.3), {@link DeadlineRules#CODE_LESSON_WITHOUT_TOPIC}. Profile keys:
 * {@code severities.LessonsAreEnteredOnTheirDay}, {@code outages.graceHours}. Immutable and thread-safe.
 */
public final class LessonsAreEnteredOnTheirDay extends DeadlineRules.DeadlineRule {

    /** The rule's name. */
    public static final String NAME = "LessonsAreEnteredOnTheirDay";

    /** @param profile the school's profile, not {@code null} */
    public LessonsAreEnteredOnTheirDay(Profile profile) {
        super(NAME, "REG-4", DeadlineRules.CODE_LESSON_LATE, DeadlineRules.CODE_LESSON_LATE_EXCUSED, profile,
                DeadlineRules.CODE_LESSON_WITHOUT_TOPIC);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordLesson.class
                || command == org.ejournal.core.command.CorrectLesson.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (candidate.command() instanceof RecordLesson l) {
            if (onTime(candidate.recordedAt(), SchoolTime.endOf(l.date(), view.school().zone()), true)) {
                return Stream.empty();
            }
            DeadlineRules.Text what = lessonText(view, l.schoolClass(), l.subject(), l.date(), l.number());
            return lateness(candidate.recordedAt(), late(view, l.id(), l.date(),
                    new DeadlineRules.Text("урок " + what.ru() + " записан", "lesson " + what.en() + " entered")),
                    view);
        }
        if (candidate.command() instanceof CorrectLesson c && c.topic() != null && !c.topic().isBlank()) {
            Optional<Lesson> lesson = view.lesson(c.lesson());
            if (lesson.isEmpty() || lesson.get().topic().isPresent()) {
                return Stream.empty();
            }
            Lesson l = lesson.get();
            DeadlineRules.Text what = lessonText(view, l.schoolClass(), l.subject(), l.date(), l.number());
            return lateness(candidate.recordedAt(), late(view, l.id(), l.date(),
                    new DeadlineRules.Text("тема урока " + what.ru() + " внесена",
                            "the topic of lesson " + what.en() + " entered")), view);
        }
        return Stream.empty();
    }

    private DeadlineRules.Late late(JournalView view, LessonId lesson, LocalDate date, DeadlineRules.Text entry) {
        ZoneId zone = view.school().zone();
        return new DeadlineRules.Late(EntryRef.lesson(lesson).describe(),
                entry, SchoolTime.startOf(date, zone), SchoolTime.endOf(date, zone), true, endOfDay(date, zone),
                new DeadlineRules.Text("урок и его тема вносятся в день урока",
                        "a lesson and its topic are entered on the day of the lesson"));
    }

    /**
     * Every lesson whose day ended by {@code asOf} without a topic, in every school year, class and day;
     * run once per audit, so its cost is that of walking the lessons' days.
     */
    @Override
    protected Stream<Violation> overdue(Instant asOf, JournalView view) {
        ZoneId zone = view.school().zone();
        LocalDate today = SchoolTime.dayOf(asOf, zone);
        List<Violation> out = new ArrayList<>();
        for (SchoolYear year : view.schoolYears()) {
            LocalDate last = year.lastDay().isBefore(today) ? year.lastDay() : today;
            for (SchoolClass sc : view.classes(year.id())) {
                for (LocalDate d = year.firstDay(); !d.isAfter(last); d = d.plusDays(1)) {
                    if (asOf.isBefore(SchoolTime.endOf(d, zone))) {
                        break;
                    }
                    for (Lesson l : view.lessonsOn(sc.id(), d)) {
                        if (l.topic().isEmpty()) {
                            DeadlineRules.Text what = lessonText(view, l);
                            DeadlineRules.Text due = endOfDay(l.date(), zone);
                            out.add(violation(DeadlineRules.CODE_LESSON_WITHOUT_TOPIC,
                                    EntryRef.lesson(l.id()).describe(),
                                    "у урока " + what.ru() + " нет темы: её следовало внести " + due.ru()
                                            + " (REG-4, POL-1.5)",
                                    "lesson " + what.en() + " has no topic: it was due " + due.en()
                                            + " (REG-4, POL-1.5)"));
                        }
                    }
                }
            }
        }
        return out.stream();
    }
}
