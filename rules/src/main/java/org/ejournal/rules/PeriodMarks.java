package org.ejournal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ejournal.core.model.AttendanceCode;
import org.ejournal.core.model.AbsenceKind;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.CurriculumLoad;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.GradingScale;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonKind;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.Subject;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.Task;
import org.ejournal.core.view.JournalView;

/**
 * The suggested period mark (REQUIREMENTS §5a): the period mark is the teacher's decision, but the
 * school's local act says how a suggestion is computed, and the library computes it by that explicit,
 * versioned policy ({@link Profile#averaging()}, {@link Profile#policyVersion()}).
 *
 * <p>What counts: the pupil's marks on the tasks of the subject's regular lessons
 * ({@link LessonKind#LESSON}; electives, clubs and extended-day groups are not part of the subject's
 * period) dated within the period, in every class the pupil was in during the period (a pupil who
 * moved from 5А to 5Б mid-quarter keeps the marks of both), only in lessons of the pupil's group when
 * a lesson was for one group. Only marks with a numeric value on their scale go into the mean
 * (зачёт/незачёт do not); every mark counts for accumulation (POL-4.4c).
 *
 * <p>The mean is the plain mean Σ mark / n or the weighted mean Σ(mark · weight) / Σ weight, the
 * weight being the policy's weight for the task's type or, for a type the policy does not list, the
 * task's own weight. It is kept to two decimal places, rounded half up, and the suggestion is read off
 * that mean — the figure the teacher and the guardians see is the figure the policy rounds. For the
 * five-point scale the policy's rounding applies ({@link AveragingPolicy#round}: thresholds, default
 * ≥ 4.65 → 5, ≥ 3.65 → 4, ≥ 2.65 → 3, else 2; or half up, never below 2); for another numeric
 * scale the suggestion is the scale's value nearest the mean, a tie going up. If the «н/а» rule
 * applies (the pupil missed more than {@link Profile#notAttestedAbsenceShare()} of the lessons and
 * has fewer marks than {@link Profile#minimumMarksFor} requires), the suggestion is «н/а».
 *
 * <p><b>Excused and overdue work.</b> §5a asks that marks for work the pupil was excused from, or for
 * overdue work flagged as a debt, follow the policy (excluded or counted), never silently. The
 * journal's model has no such flag: a mark does not say that its work was excused or was a debt
 * closed late, and a task does not say which pupils were excused from it. Such marks therefore
 * count like any other, and this class cannot yet offer the choice; it needs a flag on the mark in
 * the core model first.
 *
 * <p>Cost: O(lessons of one subject in one period) index look-ups, never a scan of the year.
 * Thread-safe.
 */
public final class PeriodMarks {

    private PeriodMarks() {
    }

    /**
     * Computes the suggested period mark of one pupil in one subject for one study period.
     *
     * @param view the journal, not {@code null}
     * @param student the pupil, not {@code null}; an unknown pupil has no lessons and no marks
     * @param subject the subject, not {@code null}
     * @param period the study period, not {@code null}
     * @param profile the school's local act, not {@code null}
     * @return the suggestion and what it rests on
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException (code {@code EJ2349}) if the subject or the period is not in the
     *     journal
     */
    public static Suggestion suggest(JournalView view, StudentId student, SubjectId subject, StudyPeriodId period,
            Profile profile) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(profile, "profile");
        Subject s = view.subject(Objects.requireNonNull(subject, "subject")).orElseThrow(
                () -> new IllegalArgumentException("EJ2349 subject '" + subject + "' is not in the journal"));
        StudyPeriod p = view.studyPeriod(Objects.requireNonNull(period, "period")).orElseThrow(
                () -> new IllegalArgumentException("EJ2349 study period '" + period + "' is not in the journal"));
        AveragingPolicy policy = profile.averaging();

        List<Suggestion.CountedMark> counted = new ArrayList<>();
        int marks = 0;
        int lessons = 0;
        int absences = 0;
        for (Lesson lesson : lessonsOf(view, student, subject, p)) {
            lessons++;
            Optional<AttendanceCode> attendance = view.attendance(lesson.id(), student);
            if (attendance.isPresent() && attendance.get().kind() != AbsenceKind.LATE) {
                absences++;
            }
            for (Task task : view.tasks(lesson.id())) {
                Optional<MarkValue> mark = view.mark(task.id(), student);
                if (mark.isEmpty()) {
                    continue;
                }
                marks++;
                OptionalDouble numeric = numericValue(view, mark.get());
                if (numeric.isPresent()) {
                    counted.add(new Suggestion.CountedMark(task.id(), lesson.date(), task.type().code(), mark.get(),
                            BigDecimal.valueOf(numeric.getAsDouble()), policy.weightOf(task.type().code(),
                                    task.weight())));
                }
            }
        }

        Optional<BigDecimal> hours = classAtEnd(view, student, p)
                .flatMap(c -> view.curriculumLoad(c, subject)).map(CurriculumLoad::hoursPerWeek);
        OptionalInt minimum = hours.isPresent()
                ? OptionalInt.of(profile.minimumMarksFor(hours.get()).forKind(p.kind()))
                : OptionalInt.empty();
        boolean missedMost = lessons > 0 && BigDecimal.valueOf(absences)
                .compareTo(profile.notAttestedAbsenceShare().multiply(BigDecimal.valueOf(lessons))) > 0;
        boolean tooFew = minimum.isPresent() && marks < minimum.getAsInt();

        Optional<BigDecimal> mean = mean(counted);
        Optional<MarkValue> suggested;
        if (missedMost && tooFew) {
            suggested = Optional.of(SpecialResults.NOT_ATTESTED);
        } else {
            suggested = mean.flatMap(m -> markFor(m, view.school().scale(s.scale()), policy));
        }
        return new Suggestion(student, subject, period, counted, marks, minimum, hours, lessons, absences,
                missedMost, mean, suggested, profile.policyVersion());
    }

    /**
     * The class whose curriculum and grade a pupil's period mark is judged by: the class the pupil was
     * in on the period's last day, else the last class the pupil was in during the period.
     *
     * @param view the journal, not {@code null}
     * @param student the pupil, not {@code null}
     * @param period the study period, not {@code null}
     * @return the class, or empty if the pupil was in no class during the period
     */
    public static Optional<ClassId> classAtEnd(JournalView view, StudentId student, StudyPeriod period) {
        Optional<ClassId> onLastDay = view.classOf(student, period.lastDay());
        if (onLastDay.isPresent()) {
            return onLastDay;
        }
        ClassId last = null;
        for (Placement placement : view.placements(student)) {
            if (placement.overlaps(period.firstDay(), period.lastDay())) {
                last = placement.schoolClass();
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * @param view the journal, not {@code null}
     * @param mark a mark, not {@code null}
     * @return its numeric value on its own scale, if it has one (зачёт, «н/а» have none); empty for a
     *     scale the school does not use
     */
    public static OptionalDouble numericValue(JournalView view, MarkValue mark) {
        GradingScale scale = view.school().scale(mark.scale());
        return scale == null || !scale.contains(mark) ? OptionalDouble.empty() : scale.numericValue(mark);
    }

    /** The subject's regular lessons the pupil had in the period, over every class the pupil was in. */
    private static List<Lesson> lessonsOf(JournalView view, StudentId student, SubjectId subject, StudyPeriod p) {
        List<Lesson> out = new ArrayList<>();
        for (Placement placement : view.placements(student)) {
            if (!placement.overlaps(p.firstDay(), p.lastDay())) {
                continue;
            }
            LocalDate first = placement.from().isAfter(p.firstDay()) ? placement.from() : p.firstDay();
            LocalDate last = placement.until() == null || placement.until().isAfter(p.lastDay()) ? p.lastDay()
                    : placement.until();
            for (Lesson lesson : view.lessons(placement.schoolClass(), subject, first, last)) {
                if (lesson.kind() == LessonKind.LESSON && inGroup(view, lesson, student)) {
                    out.add(lesson);
                }
            }
        }
        return out;
    }

    private static boolean inGroup(JournalView view, Lesson lesson, StudentId student) {
        return lesson.group().isEmpty()
                || view.group(lesson.group().get()).filter(g -> g.isMemberOn(student, lesson.date())).isPresent();
    }

    private static Optional<BigDecimal> mean(List<Suggestion.CountedMark> counted) {
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        long weights = 0;
        for (Suggestion.CountedMark m : counted) {
            sum = sum.add(m.numeric().multiply(BigDecimal.valueOf(m.weight())));
            weights += m.weight();
        }
        return Optional.of(sum.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP));
    }

    private static Optional<MarkValue> markFor(BigDecimal mean, GradingScale scale, AveragingPolicy policy) {
        if (scale == null) {
            return Optional.empty();
        }
        if (scale.id().equals(FivePoint.ID)) {
            return Optional.of(FivePoint.of(policy.round(mean)));
        }
        MarkValue best = null;
        BigDecimal bestDistance = null;
        for (MarkValue v : scale.values()) {
            OptionalDouble n = scale.numericValue(v);
            if (n.isEmpty()) {
                continue;
            }
            BigDecimal value = BigDecimal.valueOf(n.getAsDouble());
            BigDecimal distance = mean.subtract(value).abs();
            // the nearest value; at an equal distance the higher one, i.e. half up
            boolean nearer = best == null || distance.compareTo(bestDistance) < 0
                    || distance.compareTo(bestDistance) == 0 && value.compareTo(mean) > 0;
            if (nearer) {
                best = v;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
