package org.ejournal.core.internal;

import static org.ejournal.core.ViolationCodes.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.EntryRef;

/**
 * The journal's own integrity checks, which hold with or without the regulation's rules: every
 * identifier refers to something, new identifiers are new, dates lie in the school year, marks in
 * their scale, pupils in their class on the day, corrections correct something, nothing of a closed
 * school year changes. Each check costs O(1) index look-ups (a promotion order: O(pupils of the class)).
 */
public final class Checks {

    private final JournalState state;
    private final YearChecks years;

    /**
     * @param state the state to check against
     * @param clock the journal's clock (in audit mode: the instant of the event judged), read to tell
     *     whether a school year has ended
     */
    public Checks(JournalState state, Clock clock) {
        this.state = state;
        this.years = new YearChecks(state, clock, this);
    }

    /**
     * @param actor who acts
     * @return a violation if the actor is not known to the journal
     */
    public Optional<Violation> checkActor(Actor actor) {
        boolean known;
        if (actor instanceof Actor.StaffActor s) {
            known = state.staffMember(s.id()).isPresent();
        } else if (actor instanceof Actor.StudentActor s) {
            known = state.student(s.id()).isPresent();
        } else if (actor instanceof Actor.GuardianActor g) {
            known = state.guardian(g.id()).isPresent();
        } else {
            known = true;
        }
        if (known) {
            return Optional.empty();
        }
        return Optional.of(Violation.blocking(UNKNOWN_ACTOR, "POL-6.6", "actor " + actor.describe(),
                "пользователь «" + actor.describe() + "» не зарегистрирован в журнале",
                "the actor '" + actor.describe() + "' is not registered in the journal"));
    }

    /**
     * @param c a command whose values passed Bean Validation
     * @return the blocking violations, possibly none
     */
    public List<Violation> check(Command c) {
        Findings f = new Findings(c);
        years.closedYears(f, c);
        if (c instanceof RecordMark m) {
            recordMark(f, m);
        } else if (c instanceof RecordAttendance a) {
            recordAttendance(f, a);
        } else if (c instanceof RecordLesson l) {
            recordLesson(f, l);
        } else if (c instanceof AssignTask t) {
            f.fresh(state.task(t.id()).isPresent(), "id", t.id(), "Задание", "A task");
            f.known(state.lesson(t.lesson()), "lesson", t.lesson(), "Урок", "Lesson");
        } else if (c instanceof AssignHomework h) {
            f.fresh(state.homeworkById(h.id()).isPresent(), "id", h.id(), "Домашнее задание", "Homework");
            Lesson lesson = f.known(state.lesson(h.lesson()), "lesson", h.lesson(), "Урок", "Lesson");
            if (lesson != null && h.due().isBefore(lesson.date())) {
                f.add(INVALID_VALUE, "due", "срок выполнения домашнего задания раньше дня урока",
                        "the homework is due before the day of the lesson");
            }
        } else if (c instanceof CorrectMark m) {
            correctMark(f, m);
        } else if (c instanceof CancelMark m) {
            if (knownMarkTarget(f, m.task(), m.student()) && state.mark(m.task(), m.student()).isEmpty()) {
                nothingToCorrect(f, EntryRef.mark(m.task(), m.student()));
            }
        } else if (c instanceof CorrectAttendance a) {
            correctAttendance(f, a);
        } else if (c instanceof CorrectLesson l) {
            Lesson lesson = f.known(state.lesson(l.lesson()), "lesson", l.lesson(), "Урок", "Lesson");
            if (lesson != null && lesson.topic().equals(JournalState.topic(l.topic()))
                    && lesson.workKind() == l.workKind()) {
                unchanged(f, EntryRef.lesson(l.lesson()));
            }
        } else if (c instanceof RecordPeriodMark p) {
            periodMark(f, p.student(), p.subject(), p.period(), p.value(), false);
        } else if (c instanceof CorrectPeriodMark p) {
            periodMark(f, p.student(), p.subject(), p.period(), p.value(), true);
        } else if (c instanceof RecordExamResult e) {
            examResult(f, e);
        } else if (c instanceof RecordMovement m) {
            movement(f, m);
        } else if (c instanceof JoinGroup j) {
            joinGroup(f, j);
        } else if (c instanceof LeaveGroup l) {
            leaveGroup(f, l);
        } else if (c instanceof RegisterStudent s) {
            f.fresh(state.student(s.id()).isPresent(), "id", s.id(), "Обучающийся", "A pupil");
        } else if (c instanceof RegisterGuardian g) {
            f.fresh(state.guardian(g.id()).isPresent(), "id", g.id(), "Законный представитель", "A guardian");
        } else if (c instanceof LinkGuardian g) {
            Guardian guardian = f.known(state.guardian(g.guardian()), "guardian", g.guardian(),
                    "Законный представитель", "Guardian");
            Student student = f.known(state.student(g.student()), "student", g.student(), "Обучающийся", "Pupil");
            if (guardian != null && student != null && state.childrenOf(g.guardian()).contains(g.student())) {
                f.add(ALREADY_RECORDED, "student", "этот законный представитель уже связан с обучающимся",
                        "this guardian is already linked to the pupil");
            }
        } else if (c instanceof RegisterStaffMember s) {
            f.fresh(state.staffMember(s.id()).isPresent(), "id", s.id(), "Сотрудник", "A staff member");
        } else if (c instanceof OpenSchoolYear y) {
            f.fresh(state.schoolYear(y.id()).isPresent(), "id", y.id(), "Учебный год", "A school year");
            for (SchoolYear other : state.schoolYears()) {
                if (!y.firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(y.lastDay())) {
                    f.add(OVERLAP, "firstDay", "учебный год пересекается с годом " + other.label(),
                            "the school year overlaps the year " + other.label());
                }
            }
        } else if (c instanceof DefineStudyPeriod p) {
            studyPeriod(f, p);
        } else if (c instanceof DefineSubject s) {
            f.fresh(state.subject(s.id()).isPresent(), "id", s.id(), "Предмет", "A subject");
            if (state.school().scale(s.scale()) == null) {
                f.add(UNKNOWN_REFERENCE, "scale", "шкала «" + s.scale() + "» не используется школой",
                        "the school has no grading scale '" + s.scale() + "'");
            }
            for (Subject other : state.subjects()) {
                if (other.name().strip().equalsIgnoreCase(s.name().strip())) {
                    f.add(DUPLICATE_NAME, "name", "предмет «" + s.name() + "» уже есть",
                            "a subject named '" + s.name() + "' already exists");
                }
            }
        } else if (c instanceof CreateClass k) {
            f.fresh(state.schoolClass(k.id()).isPresent(), "id", k.id(), "Класс", "A class");
            if (f.known(state.schoolYear(k.year()), "year", k.year(), "Учебный год", "School year") != null) {
                for (SchoolClass other : state.classes(k.year())) {
                    if (other.grade() == k.grade() && other.letter().equals(k.letter())) {
                        f.add(DUPLICATE_NAME, "letter", "класс " + other.name() + " в этом году уже есть",
                                "class " + other.name() + " already exists in this year");
                    }
                }
            }
        } else if (c instanceof CreateGroup g) {
            f.fresh(state.group(g.id()).isPresent(), "id", g.id(), "Подгруппа", "A group");
            SchoolClass sc = f.known(state.schoolClass(g.schoolClass()), "schoolClass", g.schoolClass(), "Класс",
                    "Class");
            if (sc != null) {
                SchoolYear year = state.schoolYear(sc.year()).orElseThrow();
                Set<StudentId> inClass = state.studentsOf(sc.id(), year.firstDay(), year.lastDay());
                for (StudentId s : g.members()) {
                    if (f.known(state.student(s), "members", s, "Обучающийся", "Pupil") != null
                            && !inClass.contains(s)) {
                        f.add(NOT_IN_CLASS, "members", "обучающийся «" + s + "» не состоит в классе " + sc.name(),
                                "pupil '" + s + "' is not in class " + sc.name());
                    }
                }
            }
        } else if (c instanceof AssignClassTeacher t) {
            f.known(state.schoolClass(t.schoolClass()), "schoolClass", t.schoolClass(), "Класс", "Class");
            teacher(f, "teacher", t.teacher());
        } else if (c instanceof SetCurriculumLoad l) {
            f.known(state.schoolClass(l.schoolClass()), "schoolClass", l.schoolClass(), "Класс", "Class");
            f.known(state.subject(l.subject()), "subject", l.subject(), "Предмет", "Subject");
        } else if (c instanceof AssignTeacher t) {
            SchoolClass sc = f.known(state.schoolClass(t.schoolClass()), "schoolClass", t.schoolClass(), "Класс",
                    "Class");
            f.known(state.subject(t.subject()), "subject", t.subject(), "Предмет", "Subject");
            teacher(f, "teacher", t.teacher());
            if (t.group() != null) {
                groupOf(f, sc, t.group());
            }
            TeachingAssignment same = new TeachingAssignment(t.schoolClass(), t.subject(), t.teacher(),
                    Optional.ofNullable(t.group()));
            if (f.isEmpty() && state.teachingAssignments(t.schoolClass(), t.subject()).contains(same)) {
                f.add(ALREADY_RECORDED, "teacher", "это назначение уже есть", "this assignment already exists");
            }
        } else if (c instanceof RecordThematicPlan p) {
            f.known(state.schoolClass(p.schoolClass()), "schoolClass", p.schoolClass(), "Класс", "Class");
            f.known(state.subject(p.subject()), "subject", p.subject(), "Предмет", "Subject");
            Set<Integer> numbers = new HashSet<>();
            for (PlannedTopic t : p.topics()) {
                if (!numbers.add(t.number())) {
                    f.add(INVALID_VALUE, "topics", "номер темы " + t.number() + " повторяется",
                            "topic number " + t.number() + " is repeated");
                }
            }
        } else if (c instanceof ClosePeriod p) {
            StudyPeriod period = f.known(state.studyPeriod(p.period()), "period", p.period(), "Учебный период",
                    "Study period");
            if (period != null && state.isClosed(p.period())) {
                f.add(PERIOD_CLOSED, "period", "период «" + period.label() + "» уже закрыт",
                        "the period " + period.labelEn() + " is already closed");
            }
        } else if (c instanceof ReopenPeriod p) {
            StudyPeriod period = f.known(state.studyPeriod(p.period()), "period", p.period(), "Учебный период",
                    "Study period");
            if (period != null && !state.isClosed(p.period())) {
                f.add(PERIOD_NOT_CLOSED, "period", "период «" + period.label() + "» не закрыт",
                        "the period " + period.labelEn() + " is not closed");
            }
        } else if (c instanceof RecordPaperReport r) {
            Guardian guardian = f.known(state.guardian(r.guardian()), "guardian", r.guardian(),
                    "Законный представитель", "Guardian");
            Student student = f.known(state.student(r.student()), "student", r.student(), "Обучающийся", "Pupil");
            if (guardian != null && student != null && !state.childrenOf(r.guardian()).contains(r.student())) {
                f.add(NOT_LINKED, "student", "законный представитель не связан с этим обучающимся",
                        "the guardian is not linked to this pupil");
            }
        } else if (c instanceof DeclareOutage o) {
            f.fresh(state.hasOutage(o.id()), "id", o.id(), "Технический сбой", "An outage");
        } else if (c instanceof CloseSchoolYear y) {
            years.closeYear(f, y);
        } else if (c instanceof ReopenSchoolYear y) {
            years.reopenYear(f, y);
        } else if (c instanceof PromoteClass p) {
            years.promote(f, p);
        } else {
            throw new IllegalStateException("EJ1902 no checks are defined for " + c.commandName());
        }
        return f.violations();
    }

    private void recordLesson(Findings f, RecordLesson l) {
        f.fresh(state.lesson(l.id()).isPresent(), "id", l.id(), "Урок", "A lesson");
        SchoolClass sc = f.known(state.schoolClass(l.schoolClass()), "schoolClass", l.schoolClass(), "Класс", "Class");
        f.known(state.subject(l.subject()), "subject", l.subject(), "Предмет", "Subject");
        if (l.group() != null) {
            groupOf(f, sc, l.group());
        }
        teacher(f, "teacher", l.teacher());
        if (l.substitute() != null) {
            teacher(f, "substitute", l.substitute());
        }
        if (sc != null) {
            SchoolYear year = state.schoolYear(sc.year()).orElseThrow();
            if (!year.contains(l.date())) {
                f.add(OUTSIDE_SCHOOL_YEAR, "date", "дата урока " + l.date() + " вне учебного года " + year.label(),
                        "the lesson's date " + l.date() + " is outside the school year " + year.label());
            }
            for (Lesson other : state.lessonsOn(l.schoolClass(), l.date())) {
                // two groups may be taught apart at the same time; the whole class clashes with anything
                if (other.number() == l.number()
                        && (l.group() == null || other.group().isEmpty() || other.group().get().equals(l.group()))) {
                    f.add(SLOT_TAKEN, "number", "у класса уже есть урок «" + other.id() + "» " + l.date() + " на "
                            + l.number() + "-м уроке", "the class already has lesson '" + other.id() + "' on "
                            + l.date() + ", number " + l.number());
                    break;
                }
            }
        }
    }

    private void recordMark(Findings f, RecordMark m) {
        Lesson lesson = markTarget(f, m.task(), m.student());
        if (lesson != null) {
            inScale(f, "value", m.value(), lesson.subject(), false);
            if (state.mark(m.task(), m.student()).isPresent()) {
                f.addWithClause(ALREADY_RECORDED, "REC-1.7", "student",
                        "отметка за это задание уже выставлена; исправление — командой CorrectMark",
                        "a mark for this task is already recorded; correct it with CorrectMark");
            }
        }
    }

    private void correctMark(Findings f, CorrectMark m) {
        Lesson lesson = markTarget(f, m.task(), m.student());
        if (lesson == null) {
            return;
        }
        Optional<MarkValue> current = state.mark(m.task(), m.student());
        if (current.isEmpty()) {
            nothingToCorrect(f, EntryRef.mark(m.task(), m.student()));
        } else if (current.get().equals(m.value())) {
            unchanged(f, EntryRef.mark(m.task(), m.student()));
        } else {
            inScale(f, "value", m.value(), lesson.subject(), false);
        }
    }

    private boolean knownMarkTarget(Findings f, TaskId task, StudentId student) {
        boolean t = state.task(task).isPresent();
        if (!t) {
            f.add(UNKNOWN_REFERENCE, "task", "задание «" + task.value()
                    + "» не найдено в журнале: отметка выставляется только за заданное задание",
                    "task '" + task.value() + "' is not in the journal: a mark is given only for an assigned task");
        }
        boolean s = f.known(state.student(student), "student", student, "Обучающийся", "Pupil") != null;
        return t && s;
    }

    /** Checks the task and the pupil; returns the task's lesson if the pupil was there. */
    private Lesson markTarget(Findings f, TaskId task, StudentId student) {
        if (!knownMarkTarget(f, task, student)) {
            return null;
        }
        Lesson lesson = state.lesson(state.task(task).orElseThrow().lesson()).orElseThrow();
        return attended(f, lesson, student) ? lesson : null;
    }

    /** Whether the pupil was in the lesson's class (and group) on its day; reports it if not. */
    private boolean attended(Findings f, Lesson lesson, StudentId student) {
        Optional<ClassId> inClass = state.classOf(student, lesson.date());
        if (inClass.isEmpty() || !inClass.get().equals(lesson.schoolClass())) {
            String className = state.schoolClass(lesson.schoolClass()).map(SchoolClass::name).orElse("?");
            f.add(NOT_IN_CLASS, "student", "обучающийся «" + student + "» не состоял в классе " + className + " "
                    + lesson.date(), "pupil '" + student + "' was not in class " + className + " on " + lesson.date());
            return false;
        }
        if (lesson.group().isPresent()
                && !state.group(lesson.group().get()).orElseThrow().isMemberOn(student, lesson.date())) {
            f.add(NOT_IN_CLASS, "student", "обучающийся «" + student + "» не входил в подгруппу урока "
                    + lesson.date(), "pupil '" + student + "' was not in the lesson's group on " + lesson.date());
            return false;
        }
        return true;
    }

    private void inScale(Findings f, String field, MarkValue value, SubjectId subject, boolean periodResult) {
        Subject s = state.subject(subject).orElseThrow();
        GradingScale scale = state.school().scale(s.scale());
        boolean ok = value.scale().equals(s.scale()) && scale != null && scale.contains(value);
        if (!ok && periodResult) {
            ok = SpecialResults.SCALE.contains(value) && state.school().scale(SpecialResults.ID) != null;
        }
        if (!ok) {
            String allowed = scale == null ? "?" : scale.values().toString();
            f.add(OUTSIDE_SCALE, field, "отметка «" + value.symbol() + "» (" + value.scale() + ") вне шкалы предмета «"
                    + s.name() + "»: допустимы " + allowed, "mark '" + value.symbol() + "' (" + value.scale()
                    + ") is outside the scale of subject '" + s.name() + "': allowed are " + allowed);
        }
    }

    private void recordAttendance(Findings f, RecordAttendance a) {
        Lesson lesson = f.known(state.lesson(a.lesson()), "lesson", a.lesson(), "Урок", "Lesson");
        Student student = f.known(state.student(a.student()), "student", a.student(), "Обучающийся", "Pupil");
        knownCode(f, a.code());
        if (lesson != null && student != null && attended(f, lesson, a.student())
                && state.attendance(a.lesson(), a.student()).isPresent()) {
            f.addWithClause(ALREADY_RECORDED, "REC-1.7", "student",
                    "посещаемость уже отмечена; исправление — командой CorrectAttendance",
                    "attendance is already recorded; correct it with CorrectAttendance");
        }
    }

    private void correctAttendance(Findings f, CorrectAttendance a) {
        Lesson lesson = f.known(state.lesson(a.lesson()), "lesson", a.lesson(), "Урок", "Lesson");
        Student student = f.known(state.student(a.student()), "student", a.student(), "Обучающийся", "Pupil");
        if (a.code() != null) {
            knownCode(f, a.code());
        }
        if (lesson == null || student == null) {
            return;
        }
        Optional<AttendanceCode> current = state.attendance(a.lesson(), a.student());
        if (current.isEmpty()) {
            nothingToCorrect(f, EntryRef.attendance(a.lesson(), a.student()));
        } else if (current.get().code().equals(a.code())) {
            unchanged(f, EntryRef.attendance(a.lesson(), a.student()));
        }
    }

    private void knownCode(Findings f, String code) {
        if (state.school().attendanceCodes().find(code).isEmpty()) {
            f.add(UNKNOWN_ATTENDANCE_CODE, "code", "код посещаемости «" + code + "» не принят в школе; допустимы "
                    + state.school().attendanceCodes().all(), "attendance code '" + code
                    + "' is not one of the school's: " + state.school().attendanceCodes().all());
        }
    }

    private void periodMark(Findings f, StudentId student, SubjectId subject, StudyPeriodId periodId, MarkValue value,
            boolean correction) {
        boolean known = f.known(state.student(student), "student", student, "Обучающийся", "Pupil") != null;
        known &= f.known(state.subject(subject), "subject", subject, "Предмет", "Subject") != null;
        StudyPeriod period = f.known(state.studyPeriod(periodId), "period", periodId, "Учебный период",
                "Study period");
        if (!known || period == null) {
            return;
        }
        boolean placed = false;
        boolean gradeFits = false;
        for (Placement p : state.placements(student)) {
            if (p.overlaps(period.firstDay(), period.lastDay())) {
                SchoolClass sc = state.schoolClass(p.schoolClass()).orElseThrow();
                placed = true;
                gradeFits |= period.grades().contains(sc.grade());
            }
        }
        if (!placed) {
            f.add(NOT_IN_CLASS, "student", "обучающийся не учился в школе в период «" + period.label() + "»",
                    "the pupil was not at the school during " + period.labelEn());
            return;
        }
        if (!gradeFits) {
            f.add(PERIOD_NOT_FOR_GRADE, "period", "период «" + period.label() + "» не относится к классу обучающегося",
                    "the period " + period.labelEn() + " does not apply to the pupil's grade");
            return;
        }
        EntryRef entry = EntryRef.periodMark(student, subject, periodId);
        Optional<MarkValue> current = state.periodMark(student, subject, periodId);
        if (!correction && current.isPresent()) {
            f.addWithClause(ALREADY_RECORDED, "REC-1.7", "student",
                    "итоговая отметка уже выставлена; исправление — командой CorrectPeriodMark",
                    "the period mark is already recorded; correct it with CorrectPeriodMark");
        } else if (correction && current.isEmpty()) {
            nothingToCorrect(f, entry);
        } else if (correction && current.get().equals(value)) {
            unchanged(f, entry);
        } else {
            inScale(f, "value", value, subject, true);
        }
    }

    private void examResult(Findings f, RecordExamResult e) {
        f.fresh(state.examResult(e.id()).isPresent(), "id", e.id(), "Результат экзамена", "An exam result");
        boolean known = f.known(state.student(e.student()), "student", e.student(), "Обучающийся", "Pupil") != null;
        Subject subject = f.known(state.subject(e.subject()), "subject", e.subject(), "Предмет", "Subject");
        if (known && state.placements(e.student()).stream().noneMatch(p -> !p.from().isAfter(e.date()))) {
            f.add(NOT_IN_CLASS, "date", "обучающийся не был зачислен в школу на " + e.date(),
                    "the pupil was not enrolled at the school by " + e.date());
        }
        if (subject != null) {
            GradingScale scale = state.school().scale(e.result().scale());
            if (scale == null || !scale.contains(e.result())) {
                f.add(OUTSIDE_SCALE, "result", "результат «" + e.result().symbol() + "» вне шкал школы",
                        "result '" + e.result().symbol() + "' is outside the school's scales");
            }
        }
    }

    /** Checks one movement; a promotion order checks each of its pupils' movements with it too. */
    void movement(Findings f, RecordMovement m) {
        boolean known = f.known(state.student(m.student()), "student", m.student(), "Обучающийся", "Pupil") != null;
        SchoolClass to = m.to() == null ? null
                : f.known(state.schoolClass(m.to()), "to", m.to(), "Класс", "Class");
        for (SubjectId s : m.academicDebts()) {
            f.known(state.subject(s), "academicDebts", s, "Предмет", "Subject");
        }
        if (!known || (m.to() != null && to == null)) {
            return;
        }
        if (to != null) {
            SchoolYear year = state.schoolYear(to.year()).orElseThrow();
            if (!year.contains(m.effective())) {
                f.add(OUTSIDE_SCHOOL_YEAR, "effective", "дата " + m.effective() + " вне учебного года класса "
                        + to.name(), "the date " + m.effective() + " is outside the school year of class " + to.name());
            }
        }
        List<Movement> past = state.movements(m.student());
        if (!past.isEmpty() && !m.effective().isAfter(past.get(past.size() - 1).effective())) {
            f.add(INVALID_MOVEMENT, "effective", "движение должно быть позже предыдущего ("
                    + past.get(past.size() - 1).effective() + ")", "the movement must come after the previous one ("
                    + past.get(past.size() - 1).effective() + ")");
            return;
        }
        List<Placement> placements = state.placements(m.student());
        Placement open = placements.isEmpty() || placements.get(placements.size() - 1).until() != null ? null
                : placements.get(placements.size() - 1);
        if (m.kind() == MovementKind.ENROLMENT) {
            if (open != null) {
                f.add(INVALID_MOVEMENT, "kind", "обучающийся уже зачислен в класс; для смены класса — перевод",
                        "the pupil is already in a class; use a transfer to change it");
            }
            return;
        }
        if (open == null) {
            f.add(INVALID_MOVEMENT, "kind", "обучающийся не зачислен ни в один класс", "the pupil is in no class");
            return;
        }
        SchoolClass current = state.schoolClass(open.schoolClass()).orElseThrow();
        if (m.kind() == MovementKind.GRADUATION && current.grade() != 9 && current.grade() != 11) {
            f.add(INVALID_MOVEMENT, "kind", "выпуск — только из 9-го или 11-го класса, а обучающийся в классе "
                    + current.name(), "a pupil graduates only from grade 9 or 11, and this one is in " + current.name());
        }
        if (to == null) {
            return;
        }
        if (to.id().equals(current.id())) {
            f.add(INVALID_MOVEMENT, "to", "обучающийся уже в классе " + to.name(), "the pupil is already in " + to.name());
        } else if (m.kind() == MovementKind.TRANSFER && !to.year().equals(current.year())) {
            f.add(INVALID_MOVEMENT, "to", "перевод — только между классами одного учебного года",
                    "a transfer moves between classes of the same school year");
        } else if ((m.kind() == MovementKind.PROMOTION || m.kind() == MovementKind.CONDITIONAL_PROMOTION)
                && (to.year().equals(current.year()) || to.grade() != current.grade() + 1)) {
            f.add(INVALID_MOVEMENT, "to", "перевод в следующий класс — в класс " + (current.grade() + 1)
                    + " следующего учебного года", "a promotion moves to grade " + (current.grade() + 1)
                    + " of a later school year");
        } else if (m.kind() == MovementKind.REPETITION
                && (to.year().equals(current.year()) || to.grade() != current.grade())) {
            f.add(INVALID_MOVEMENT, "to", "повторное обучение — в классе " + current.grade()
                    + " следующего учебного года", "a repeated year is spent in grade " + current.grade()
                    + " of a later school year");
        }
    }

    /**
     * A pupil joins a group: in its class that day, not a member then, and after the end of their last
     * membership of it (memberships are recorded in date order, as movements are).
     */
    private void joinGroup(Findings f, JoinGroup j) {
        SchoolClass sc = groupChange(f, j.group(), j.student(), j.effective());
        if (sc == null) {
            return;
        }
        Optional<ClassId> inClass = state.classOf(j.student(), j.effective());
        if (inClass.isEmpty() || !inClass.get().equals(sc.id())) {
            f.add(NOT_IN_CLASS, "student", "обучающийся «" + j.student() + "» не состоит в классе " + sc.name() + " "
                    + j.effective(), "pupil '" + j.student() + "' is not in class " + sc.name() + " on "
                    + j.effective());
            return;
        }
        ClassGroup group = state.group(j.group()).orElseThrow();
        List<GroupMembership> past = group.membershipsOf(j.student());
        GroupMembership last = past.isEmpty() ? null : past.get(past.size() - 1);
        if (group.isMemberOn(j.student(), j.effective())) {
            f.add(ALREADY_RECORDED, "student", "обучающийся «" + j.student() + "» уже в подгруппе «" + group.name()
                    + "» " + j.effective(), "pupil '" + j.student() + "' is already in group '" + group.name()
                    + "' on " + j.effective());
        } else if (last != null && (last.isOpen() || !j.effective().isAfter(last.until()))) {
            String since = last.isOpen() ? "с " + last.from() : "по " + last.until();
            String sinceEn = last.isOpen() ? "since " + last.from() : "until " + last.until();
            f.add(INVALID_MOVEMENT, "effective", "обучающийся в подгруппе " + since
                    + ": включение в подгруппу — после окончания последнего", "the pupil is in the group " + sinceEn
                    + ": a pupil joins a group after their last membership of it ends");
        }
    }

    /** A pupil leaves a group: a member the day before, with a membership not already ended. */
    private void leaveGroup(Findings f, LeaveGroup l) {
        if (groupChange(f, l.group(), l.student(), l.effective()) == null) {
            return;
        }
        ClassGroup group = state.group(l.group()).orElseThrow();
        LocalDate dayBefore = l.effective().minusDays(1);
        List<GroupMembership> past = group.membershipsOf(l.student());
        if (!group.isMemberOn(l.student(), dayBefore)) {
            f.add(NOT_IN_CLASS, "student", "обучающийся «" + l.student() + "» не входил в подгруппу «" + group.name()
                    + "» " + dayBefore, "pupil '" + l.student() + "' was not in group '" + group.name() + "' on "
                    + dayBefore);
        } else if (!past.get(past.size() - 1).isOpen()) {
            f.add(INVALID_MOVEMENT, "effective", "обучающийся уже выведен из подгруппы с "
                    + past.get(past.size() - 1).until().plusDays(1), "the pupil already leaves the group on "
                    + past.get(past.size() - 1).until().plusDays(1));
        }
    }

    /**
     * The checks a change of a group's membership shares: the group and the pupil are known, the day lies
     * in the school year of the group's class. Returns the class, or {@code null} if a check failed.
     */
    private SchoolClass groupChange(Findings f, GroupId groupId, StudentId student, LocalDate effective) {
        ClassGroup group = f.known(state.group(groupId), "group", groupId, "Подгруппа", "Group");
        boolean known = f.known(state.student(student), "student", student, "Обучающийся", "Pupil") != null;
        if (group == null || !known) {
            return null;
        }
        SchoolClass sc = state.schoolClass(group.schoolClass()).orElseThrow();
        SchoolYear year = state.schoolYear(sc.year()).orElseThrow();
        if (!year.contains(effective)) {
            f.add(OUTSIDE_SCHOOL_YEAR, "effective", "дата " + effective + " вне учебного года класса " + sc.name(),
                    "the date " + effective + " is outside the school year of class " + sc.name());
            return null;
        }
        return sc;
    }

    private void studyPeriod(Findings f, DefineStudyPeriod p) {
        f.fresh(state.studyPeriod(p.id()).isPresent(), "id", p.id(), "Учебный период", "A study period");
        if (p.number() > p.kind().perYear()) {
            f.add(INVALID_VALUE, "number", "в году только " + p.kind().perYear() + " период(а) вида «"
                    + p.kind().russian() + "»", "a year has only " + p.kind().perYear() + " " + p.kind().english()
                    + " period(s)");
        }
        SchoolYear year = f.known(state.schoolYear(p.year()), "year", p.year(), "Учебный год", "School year");
        if (year == null) {
            return;
        }
        if (!year.contains(p.firstDay()) || !year.contains(p.lastDay())) {
            f.add(OUTSIDE_SCHOOL_YEAR, year.contains(p.firstDay()) ? "lastDay" : "firstDay", "период выходит за границы учебного года " + year.label(),
                    "the period lies outside the school year " + year.label());
        }
        for (StudyPeriod other : state.studyPeriods(p.year())) {
            if (other.kind() == p.kind() && other.grades().overlaps(p.grades())
                    && (!p.firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(p.lastDay())
                            || other.number() == p.number())) {
                f.add(OVERLAP, "firstDay", "период пересекается с периодом «" + other.label() + "» для тех же классов",
                        "the period overlaps " + other.labelEn() + " for the same grades");
            }
        }
    }

    private void teacher(Findings f, String field, StaffId id) {
        StaffMember member = f.known(state.staffMember(id), field, id, "Сотрудник", "Staff member");
        if (member != null && !member.holds(StaffRole.TEACHER)) {
            f.add(NOT_A_TEACHER, field, "сотрудник «" + id + "» не учитель", "staff member '" + id
                    + "' is not a teacher");
        }
    }

    private void groupOf(Findings f, SchoolClass sc, GroupId groupId) {
        ClassGroup group = f.known(state.group(groupId), "group", groupId, "Подгруппа", "Group");
        if (group != null && sc != null && !group.schoolClass().equals(sc.id())) {
            f.add(GROUP_MISMATCH, "group", "подгруппа «" + groupId + "» не из класса " + sc.name(),
                    "group '" + groupId + "' does not belong to class " + sc.name());
        }
    }

    private static void nothingToCorrect(Findings f, EntryRef entry) {
        f.add(NOTHING_TO_CORRECT, "entry", "нечего исправлять: запись «" + entry.describe() + "» отсутствует",
                "nothing to correct: there is no " + entry.describe());
    }

    private static void unchanged(Findings f, EntryRef entry) {
        f.add(UNCHANGED, "entry", "исправление ничего не меняет в записи «" + entry.describe() + "»",
                "the correction changes nothing in " + entry.describe());
    }
}
