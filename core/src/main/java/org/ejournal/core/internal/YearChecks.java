package org.ejournal.core.internal;

import static org.ejournal.core.ViolationCodes.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;

/**
 * The checks of the school year's end (POL-4.6, REC-6.4): closing and reopening a year, promoting a
 * class into the next year, and the guard that keeps everything of a closed year as it was. Part of
 * {@link Checks}; kept apart because it reads the clock and because the guard concerns every command.
 */
final class YearChecks {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JournalState state;
    private final Clock clock;
    private final Checks checks;

    YearChecks(JournalState state, Clock clock, Checks checks) {
        this.state = state;
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.checks = checks;
    }

    // ---------------------------------------------------------------- nothing of a closed year changes

    /**
     * Reports, once, a command that would record or correct something of a closed school year: an entry
     * dated in it or belonging to one of its classes, lessons, tasks or study periods. Costs nothing
     * while no year is closed, and a few look-ups otherwise.
     */
    void closedYears(Findings f, Command c) {
        if (!state.anyYearClosed()) {
            return;
        }
        if (c instanceof RecordMark m) {
            byTask(f, m.task());
        } else if (c instanceof CorrectMark m) {
            byTask(f, m.task());
        } else if (c instanceof CancelMark m) {
            byTask(f, m.task());
        } else if (c instanceof RecordAttendance a) {
            byLesson(f, a.lesson(), "lesson");
        } else if (c instanceof CorrectAttendance a) {
            byLesson(f, a.lesson(), "lesson");
        } else if (c instanceof RecordLesson l) {
            byClass(f, l.schoolClass(), "schoolClass");
        } else if (c instanceof CorrectLesson l) {
            byLesson(f, l.lesson(), "lesson");
        } else if (c instanceof AssignTask t) {
            byLesson(f, t.lesson(), "lesson");
        } else if (c instanceof AssignHomework h) {
            byLesson(f, h.lesson(), "lesson");
        } else if (c instanceof RecordPeriodMark p) {
            byPeriod(f, p.period());
        } else if (c instanceof CorrectPeriodMark p) {
            byPeriod(f, p.period());
        } else if (c instanceof RecordExamResult e) {
            byDay(f, e.date(), "date");
        } else if (c instanceof RecordPaperReport r) {
            for (SchoolYear y : state.schoolYears()) {
                if (!r.first().isAfter(y.lastDay()) && !y.firstDay().isAfter(r.last()) && closed(f, y, "first")) {
                    return;
                }
            }
        } else if (c instanceof ClosePeriod p) {
            byPeriod(f, p.period());
        } else if (c instanceof ReopenPeriod p) {
            byPeriod(f, p.period());
        } else if (c instanceof DefineStudyPeriod p) {
            byYear(f, p.year(), "year");
        } else if (c instanceof CreateClass k) {
            byYear(f, k.year(), "year");
        } else if (c instanceof CreateGroup g) {
            byClass(f, g.schoolClass(), "schoolClass");
        } else if (c instanceof JoinGroup j) {
            byGroup(f, j.group());
        } else if (c instanceof LeaveGroup l) {
            byGroup(f, l.group());
        } else if (c instanceof AssignClassTeacher t) {
            byClass(f, t.schoolClass(), "schoolClass");
        } else if (c instanceof SetCurriculumLoad l) {
            byClass(f, l.schoolClass(), "schoolClass");
        } else if (c instanceof AssignTeacher t) {
            byClass(f, t.schoolClass(), "schoolClass");
        } else if (c instanceof RecordThematicPlan p) {
            byClass(f, p.schoolClass(), "schoolClass");
        } else if (c instanceof RecordMovement m) {
            // a movement dated after a closed year (a withdrawal in summer) changes nothing of it
            if (!byDay(f, m.effective(), "effective") && m.to() != null) {
                byClass(f, m.to(), "to");
            }
        } else if (c instanceof PromoteClass p) {
            boolean found = byDay(f, p.effective(), "effective") || p.to() != null && byClass(f, p.to(), "to");
            for (int i = 0; !found && p.exceptions() != null && i < p.exceptions().size(); i++) {
                ClassId to = p.exceptions().get(i).to();
                found = to != null && byClass(f, to, "exceptions[" + i + "].to");
            }
        }
        // the other commands belong to no year (staff, pupils, guardians, subjects, outages), or are
        // closing and reopening a year, which judge a closed year themselves
    }

    private boolean byTask(Findings f, TaskId task) {
        Optional<Task> t = state.task(task);
        return t.isPresent() && byLesson(f, t.get().lesson(), "task");
    }

    private boolean byLesson(Findings f, LessonId lesson, String field) {
        Optional<Lesson> l = state.lesson(lesson);
        return l.isPresent() && byClass(f, l.get().schoolClass(), field);
    }

    private boolean byGroup(Findings f, GroupId group) {
        Optional<ClassGroup> g = state.group(group);
        return g.isPresent() && byClass(f, g.get().schoolClass(), "group");
    }

    private boolean byClass(Findings f, ClassId schoolClass, String field) {
        Optional<SchoolClass> sc = state.schoolClass(schoolClass);
        return sc.isPresent() && byYear(f, sc.get().year(), field);
    }

    private boolean byPeriod(Findings f, StudyPeriodId period) {
        Optional<StudyPeriod> p = state.studyPeriod(period);
        return p.isPresent() && byYear(f, p.get().year(), "period");
    }

    private boolean byDay(Findings f, LocalDate day, String field) {
        Optional<SchoolYear> y = state.schoolYearOn(day);
        return y.isPresent() && closed(f, y.get(), field);
    }

    private boolean byYear(Findings f, SchoolYearId year, String field) {
        Optional<SchoolYear> y = state.schoolYear(year);
        return y.isPresent() && closed(f, y.get(), field);
    }

    private boolean closed(Findings f, SchoolYear year, String field) {
        if (!state.isClosed(year.id())) {
            return false;
        }
        f.addWithClause(YEAR_CLOSED, "REC-6.4", field, "учебный год " + year.label()
                + " закрыт: его записи не вносятся и не исправляются; открыть год может руководство школы"
                + " с указанием причины", "the school year " + year.label() + " is closed: nothing of it is"
                + " recorded or corrected; the school's leadership may reopen it, giving a reason");
        return true;
    }

    // ---------------------------------------------------------------- closing and reopening a year

    void closeYear(Findings f, CloseSchoolYear c) {
        SchoolYear year = f.known(state.schoolYear(c.year()), "year", c.year(), "Учебный год", "School year");
        if (year == null) {
            return;
        }
        if (state.isClosed(c.year())) {
            f.add(YEAR_CLOSED, "year", "учебный год " + year.label() + " уже закрыт",
                    "the school year " + year.label() + " is already closed");
            return;
        }
        List<StudyPeriod> open = new ArrayList<>();
        for (StudyPeriod p : state.studyPeriods(c.year())) {
            if (!state.isClosed(p.id())) {
                open.add(p);
            }
        }
        if (!open.isEmpty()) {
            f.addWithClause(PERIOD_STILL_OPEN, "REC-6.4", "year", "учебный год " + year.label()
                    + " закрывается после всех его учебных периодов; не закрыты: "
                    + open.stream().map(p -> "«" + p.label() + "» (" + p.id() + ")").collect(Collectors.joining(", ")),
                    "the school year " + year.label() + " is closed after all its study periods; still open: "
                    + open.stream().map(p -> p.labelEn() + " (" + p.id() + ")").collect(Collectors.joining(", ")));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), state.school().zone());
        if (!today.isAfter(year.lastDay())) {
            f.add(YEAR_NOT_ENDED, "year", "учебный год " + year.label() + " ещё не окончен: его последний день — "
                    + RU.format(year.lastDay()) + ", а сегодня " + RU.format(today), "the school year "
                    + year.label() + " has not ended: its last day is " + year.lastDay() + ", and today is " + today);
        }
    }

    void reopenYear(Findings f, ReopenSchoolYear c) {
        SchoolYear year = f.known(state.schoolYear(c.year()), "year", c.year(), "Учебный год", "School year");
        if (year != null && !state.isClosed(c.year())) {
            f.add(YEAR_NOT_CLOSED, "year", "учебный год " + year.label() + " не закрыт",
                    "the school year " + year.label() + " is not closed");
        }
    }

    // ---------------------------------------------------------------- promoting a class

    /**
     * Checks a promotion order as a whole (its classes, its pupils, its year and day), then, if that
     * holds, each pupil's movement exactly as {@link RecordMovement} would be checked, so that a pupil
     * who cannot move (a later movement already recorded) is named.
     */
    void promote(Findings f, PromoteClass p) {
        SchoolClass from = f.known(state.schoolClass(p.schoolClass()), "schoolClass", p.schoolClass(), "Класс",
                "Class");
        SchoolClass to = p.to() == null ? null : f.known(state.schoolClass(p.to()), "to", p.to(), "Класс", "Class");
        List<PupilDecision> exceptions = p.exceptions();
        SchoolClass[] targets = new SchoolClass[exceptions.size()];
        boolean[] knownPupil = new boolean[exceptions.size()];
        for (int i = 0; i < exceptions.size(); i++) {
            PupilDecision d = exceptions.get(i);
            String at = "exceptions[" + i + "].";
            knownPupil[i] = f.known(state.student(d.student()), at + "student", d.student(), "Обучающийся",
                    "Pupil") != null;
            if (d.to() != null) {
                targets[i] = f.known(state.schoolClass(d.to()), at + "to", d.to(), "Класс", "Class");
            }
            for (SubjectId s : d.academicDebts()) {
                f.known(state.subject(s), at + "academicDebts", s, "Предмет", "Subject");
            }
        }
        if (from == null) {
            return;
        }
        List<StudentId> pupils = state.pupilsIn(from.id());
        Set<StudentId> inClass = new HashSet<>(pupils);
        for (int i = 0; i < exceptions.size(); i++) {
            StudentId s = exceptions.get(i).student();
            if (knownPupil[i] && !inClass.contains(s)) {
                f.add(NOT_IN_CLASS, "exceptions[" + i + "].student", "обучающийся «" + s + "» не состоит в классе "
                        + from.name(), "pupil '" + s + "' is not in class " + from.name());
            }
        }
        if (pupils.isEmpty()) {
            f.add(INVALID_MOVEMENT, "schoolClass", "в классе " + from.name() + " нет обучающихся: переводить некого",
                    "class " + from.name() + " has no pupils to move");
        }
        if (!f.isEmpty()) {
            return;
        }
        SchoolYear year = state.schoolYear(from.year()).orElseThrow();
        Optional<SchoolYear> next = nextYear(year);
        boolean early = !p.effective().isAfter(year.lastDay());
        if (early) {
            f.add(NOT_THE_NEXT_YEAR, "effective", "приказ о переводе вступает в силу после окончания учебного года "
                    + year.label() + " (его последний день — " + RU.format(year.lastDay()) + ")",
                    "a promotion order takes effect after the school year " + year.label() + " has ended (its last day is "
                    + year.lastDay() + ")");
        }
        boolean anyTarget = false;
        if (to != null) {
            anyTarget = true;
            target(f, "to", to, from, year, next, MovementKind.PROMOTION);
        }
        boolean graduates = p.to() == null && pupils.size() > exceptions.size();
        for (int i = 0; i < exceptions.size(); i++) {
            PupilDecision d = exceptions.get(i);
            String at = "exceptions[" + i + "].";
            if (targets[i] != null) {
                anyTarget = true;
                target(f, at + "to", targets[i], from, year, next, d.kind());
            } else if (d.kind() == MovementKind.CONDITIONAL_PROMOTION && p.to() == null) {
                f.add(INVALID_MOVEMENT, at + "to", "условный перевод — в класс следующего года, а класс " + from.name()
                        + " по приказу выпускается: укажите класс", "a conditional promotion moves into a class of the"
                        + " next year, and class " + from.name() + " graduates by the order: name the class");
            } else if (d.kind() == MovementKind.GRADUATION && !graduatesFrom(from)) {
                graduationRefused(f, at + "kind", from);
            }
        }
        if (graduates && !graduatesFrom(from)) {
            graduationRefused(f, "to", from);
        }
        if (!early && anyTarget && next.isPresent() && !next.get().contains(p.effective())) {
            f.add(OUTSIDE_SCHOOL_YEAR, "effective", "дата " + RU.format(p.effective()) + " вне учебного года "
                    + next.get().label() + ", в классы которого переводятся обучающиеся", "the date " + p.effective()
                    + " is outside the school year " + next.get().label() + " whose classes the pupils move into");
        }
        if (!f.isEmpty()) {
            return;
        }
        for (StudentId pupil : pupils) {
            RecordMovement m = p.movementOf(pupil);
            Findings one = new Findings(m);
            checks.movement(one, m);
            int i = exceptions.indexOf(p.decisionFor(pupil));
            for (Violation v : one.violations()) {
                String field = v.concerns().substring(v.concerns().indexOf('.') + 1);
                String at = field.equals("effective") ? field
                        : i >= 0 ? "exceptions[" + i + "]." + field : field.equals("student") ? "schoolClass" : "to";
                f.addWithClause(v.code(), v.clause(), at, "обучающийся «" + pupil + "»: " + v.messageRu(),
                        "pupil '" + pupil + "': " + v.messageEn());
            }
        }
    }

    private void target(Findings f, String field, SchoolClass target, SchoolClass from, SchoolYear year,
            Optional<SchoolYear> next, MovementKind kind) {
        if (next.isEmpty() || !target.year().equals(next.get().id())) {
            f.add(NOT_THE_NEXT_YEAR, field, "класс " + target.name() + " («" + target.id() + "») не из учебного года,"
                    + " следующего за годом " + year.label() + next.map(n -> " (" + n.label() + ")").orElse(
                    ": следующий год не открыт"), "class " + target.name() + " ('" + target.id() + "') is not of the"
                    + " school year after " + year.label() + next.map(n -> " (" + n.label() + ")").orElse(
                    ": the next year is not opened"));
            return;
        }
        int grade = kind == MovementKind.REPETITION ? from.grade() : from.grade() + 1;
        if (target.grade() != grade) {
            f.add(INVALID_MOVEMENT, field, (kind == MovementKind.REPETITION ? "повторное обучение — в " + grade
                    + "-м классе" : "перевод — в " + grade + "-й класс") + ", а класс " + target.name() + " — "
                    + target.grade() + "-й", (kind == MovementKind.REPETITION ? "a repeated year is spent in grade "
                    + grade : "a promotion moves into grade " + grade) + ", and class " + target.name()
                    + " is of grade " + target.grade());
        }
    }

    private static boolean graduatesFrom(SchoolClass c) {
        return c.grade() == 9 || c.grade() == 11;
    }

    private static void graduationRefused(Findings f, String field, SchoolClass from) {
        f.add(INVALID_MOVEMENT, field, "выпуск — только из 9-го или 11-го класса, а класс " + from.name() + " — "
                + from.grade() + "-й", "pupils graduate only from grade 9 or 11, and class " + from.name()
                + " is of grade " + from.grade());
    }

    /** The school year that follows: the first to begin after the year's last day, if opened. */
    private Optional<SchoolYear> nextYear(SchoolYear year) {
        SchoolYear next = null;
        for (SchoolYear y : state.schoolYears()) {
            if (y.firstDay().isAfter(year.lastDay()) && (next == null || y.firstDay().isBefore(next.firstDay()))) {
                next = y;
            }
        }
        return Optional.ofNullable(next);
    }
}
