package org.ejournal.rules.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.model.CurriculumLoad;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.Subject;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.internal.SchoolTime;

/**
 * POL-4.4e: the final marks of a study period are set by the deadline fixed by the school's order: the
 * date in {@code deadlines.periodMarks.byOrder} for the period if the order fixed one, else the
 * period's last day plus {@code deadlines.periodMarks.daysAfterPeriod} days (default 0, counted as
 * {@code days.counting} says), until the end of that day in the school's zone. A
 * {@code RecordPeriodMark} recorded later is late (a correction is not judged here). In audit mode, what
 * is outstanding after the deadline is every pupil in a class of the period's grades on the period's
 * last day, for every subject with a curriculum load in that class, without a period mark. Not owed a
 * period mark: a pupil who left the school (or the period's grades) before the period ended — their
 * marks are set where they went — and a first-grader, unless the local act gives the first grade marks
 * ({@code marks.firstGrade}; otherwise {@link FirstGradersGetNoMarks} refuses them any but «н/а» and «осв»,
 * which are not owed either). This is the set of pupils {@link MarksAccumulateByWeeklyLoad} judges.
 *
 * <p>Default severity {@code WARNING}: a late period mark is still recorded. Codes
 * {@link DeadlineRules#CODE_PERIOD_MARK_LATE}, {@link DeadlineRules#CODE_PERIOD_MARK_LATE_EXCUSED} (a
 * note, when a declared outage excuses it, REC-5.3), {@link DeadlineRules#CODE_PERIOD_MARK_MISSING}.
 * Profile keys: {@code deadlines.periodMarks.byOrder}, {@code deadlines.periodMarks.daysAfterPeriod},
 * {@code days.counting}, {@code severities.PeriodMarksAreSetByTheOrderDate}, {@code outages.graceHours}.
 * Immutable and thread-safe.
 */
public final class PeriodMarksAreSetByTheOrderDate extends DeadlineRules.DeadlineRule {

    /** The rule's name. */
    public static final String NAME = "PeriodMarksAreSetByTheOrderDate";

    /** @param profile the school's profile, not {@code null} */
    public PeriodMarksAreSetByTheOrderDate(Profile profile) {
        super(NAME, "POL-4.4e", DeadlineRules.CODE_PERIOD_MARK_LATE, DeadlineRules.CODE_PERIOD_MARK_LATE_EXCUSED,
                profile, DeadlineRules.CODE_PERIOD_MARK_MISSING);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordPeriodMark.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.command() instanceof RecordPeriodMark p)) {
            return Stream.empty();
        }
        Optional<StudyPeriod> found = view.studyPeriod(p.period());
        if (found.isEmpty()) {
            return Stream.empty();
        }
        StudyPeriod period = found.get();
        ZoneId zone = view.school().zone();
        LocalDate day = deadlineDay(view, period, gradeDuring(view, p.student(), period));
        LocalDate from = period.lastDay().isBefore(day) ? period.lastDay() : day;
        DeadlineRules.Text what = markText(view, p.student(), p.subject(), period);
        return lateness(candidate.recordedAt(), new DeadlineRules.Late(
                EntryRef.periodMark(p.student(), p.subject(), p.period()).describe(),
                new DeadlineRules.Text(what.ru() + " выставлена", what.en() + " entered"),
                SchoolTime.startOf(from, zone), SchoolTime.endOf(day, zone), true, endOfDay(day, zone),
                allowed(period)), view);
    }

    /**
     * After each period's deadline: the pupils of its grades on its last day (first-graders only if the
     * local act gives them marks) without a period mark in a subject of their class's curriculum. Run once per audit; its cost is that of the school's pupils × subjects × periods.
     */
    @Override
    protected Stream<Violation> overdue(Instant asOf, JournalView view) {
        ZoneId zone = view.school().zone();
        List<Violation> out = new ArrayList<>();
        for (SchoolYear year : view.schoolYears()) {
            for (StudyPeriod period : view.studyPeriods(year.id())) {
                for (SchoolClass sc : view.classes(year.id())) {
                    if (!period.grades().contains(sc.grade()) || sc.grade() == 1 && !profile.firstGradeMarks()) {
                        continue;
                    }
                    LocalDate day = deadlineDay(view, period, sc.grade());
                    if (asOf.isBefore(SchoolTime.endOf(day, zone))) {
                        continue;
                    }
                    Set<StudentId> pupils = view.studentsOf(sc.id(), period.lastDay(), period.lastDay());
                    for (CurriculumLoad load : view.curriculum(sc.id())) {
                        if (load.hoursPerWeek().signum() <= 0) {
                            continue;
                        }
                        for (StudentId s : pupils) {
                            if (view.periodMark(s, load.subject(), period.id()).isPresent()) {
                                continue;
                            }
                            DeadlineRules.Text what = markText(view, s, load.subject(), period);
                            DeadlineRules.Text due = endOfDay(day, zone);
                            DeadlineRules.Text allowed = allowed(period);
                            out.add(violation(DeadlineRules.CODE_PERIOD_MARK_MISSING,
                                    EntryRef.periodMark(s, load.subject(), period.id()).describe(),
                                    what.ru() + " не выставлена, хотя срок истёк (срок — " + due.ru() + "; "
                                            + allowed.ru() + ")",
                                    what.en() + " is missing past its deadline (due " + due.en() + "; "
                                            + allowed.en() + ")"));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    /** The last day for the period's marks, for pupils of a grade (which matters when school days count). */
    private LocalDate deadlineDay(JournalView view, StudyPeriod period, int grade) {
        LocalDate byOrder = profile.periodMarkDeadlines().get(period.id());
        if (byOrder != null) {
            return byOrder;
        }
        SchoolYear year = view.schoolYear(period.year()).orElse(null);
        return SchoolTime.addDays(period.lastDay(), profile.periodMarkDaysAfterPeriod(), profile.dayCounting(),
                year == null ? null : year.calendar(), grade);
    }

    /** The grade of the pupil's last class during the period that follows it (0 if none). */
    private static int gradeDuring(JournalView view, StudentId student, StudyPeriod period) {
        int grade = 0;
        for (Placement p : view.placements(student)) {
            if (p.overlaps(period.firstDay(), period.lastDay())) {
                Optional<SchoolClass> sc = view.schoolClass(p.schoolClass());
                if (sc.isPresent() && period.grades().contains(sc.get().grade())) {
                    grade = sc.get().grade();
                }
            }
        }
        return grade;
    }

    private DeadlineRules.Text allowed(StudyPeriod period) {
        LocalDate byOrder = profile.periodMarkDeadlines().get(period.id());
        if (byOrder != null) {
            DeadlineRules.Text d = DeadlineRules.Text.of(SchoolTime.day(byOrder));
            return new DeadlineRules.Text("дата установлена приказом школы: " + d.ru(),
                    "the date fixed by the school's order: " + d.en());
        }
        DeadlineRules.Text n = days(profile.periodMarkDaysAfterPeriod());
        DeadlineRules.Text last = DeadlineRules.Text.of(SchoolTime.day(period.lastDay()));
        return new DeadlineRules.Text("по локальному акту — " + n.ru() + " после последнего дня периода ("
                + last.ru() + ")", "the local act allows " + n.en() + " after the period's last day ("
                + last.en() + ")");
    }

    private static DeadlineRules.Text markText(JournalView view, StudentId student, SubjectId subject,
            StudyPeriod period) {
        String name = view.subject(subject).map(Subject::name).orElse(subject.value());
        return new DeadlineRules.Text("итоговая отметка обучающегося «" + student + "» по предмету «" + name + "» за "
                + period.label(), "the period mark of pupil '" + student + "' in '" + name + "' for "
                + period.labelEn());
    }
}
