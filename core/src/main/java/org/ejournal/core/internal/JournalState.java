package org.ejournal.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.EntryRef.AttendanceEntry;
import org.ejournal.core.view.EntryRef.MarkEntry;
import org.ejournal.core.view.EntryRef.PeriodMarkEntry;
import org.ejournal.core.view.JournalView;
import org.ejournal.core.view.Revision;

/**
 * The journal's state: every entity and every index, updated only by {@link #apply(JournalEvent)}.
 * Not thread-safe by itself; the journal guards it with a read-write lock. Two states are equal
 * when they hold the same facts, which is how replay is tested.
 */
public final class JournalState implements JournalView {

    record ClassSubject(ClassId schoolClass, SubjectId subject) {
    }

    private final School school;
    private long size;

    private final Map<SchoolYearId, SchoolYear> years = new LinkedHashMap<>();
    private final Map<StudyPeriodId, StudyPeriod> periods = new HashMap<>();
    private final Map<SchoolYearId, List<StudyPeriod>> periodsByYear = new HashMap<>();
    private final Map<ClassId, SchoolClass> classes = new LinkedHashMap<>();
    private final Map<SchoolYearId, List<SchoolClass>> classesByYear = new HashMap<>();
    private final Map<GroupId, ClassGroup> groups = new HashMap<>();
    private final Map<StudentId, Student> students = new HashMap<>();
    private final Map<GuardianId, Guardian> guardians = new HashMap<>();
    private final Map<GuardianId, Set<StudentId>> children = new HashMap<>();
    private final Map<StudentId, List<GuardianLink>> guardianLinks = new HashMap<>();
    private final Map<StaffId, StaffMember> staff = new HashMap<>();
    private final Map<SubjectId, Subject> subjects = new LinkedHashMap<>();
    private final Map<ClassId, Map<SubjectId, CurriculumLoad>> curriculum = new HashMap<>();
    private final Map<ClassSubject, List<TeachingAssignment>> assignments = new HashMap<>();
    private final Map<StaffId, List<TeachingAssignment>> assignmentsByTeacher = new HashMap<>();
    private final Map<ClassId, StaffId> classTeachers = new HashMap<>();
    private final Map<ClassSubject, ThematicPlan> plans = new HashMap<>();
    private final Map<LessonId, Lesson> lessons = new HashMap<>();
    private final Map<ClassSubject, NavigableMap<LessonSlot, LessonId>> lessonsByClassSubject = new HashMap<>();
    private final Map<ClassId, NavigableMap<LessonSlot, LessonId>> lessonsByClass = new HashMap<>();
    private final Map<HomeworkId, Homework> homework = new HashMap<>();
    private final Map<LessonId, List<Homework>> homeworkByLesson = new HashMap<>();
    private final Map<TaskId, Task> tasks = new HashMap<>();
    private final Map<LessonId, List<Task>> tasksByLesson = new HashMap<>();
    /**
     * A mark as it stands, with the event that first recorded it: the mark's first revision lives here
     * rather than in {@link #history}, since most marks are never corrected (one map entry a mark, not two).
     */
    record MarkCell(MarkValue value, long sequence, java.time.Instant recordedAt, org.ejournal.core.Actor actor) {
        Revision firstRevision() {
            return new Revision(sequence, recordedAt, actor, "RecordMark", Optional.empty(),
                    Optional.of(value.symbol()), Optional.empty());
        }
    }

    private final Map<MarkEntry, MarkCell> marks = new HashMap<>();
    private final Map<AttendanceEntry, AttendanceCode> attendance = new HashMap<>();
    private final Map<PeriodMarkEntry, MarkValue> periodMarks = new HashMap<>();
    private final Map<ExamResultId, ExamResult> exams = new HashMap<>();
    private final Map<StudentId, List<Movement>> movements = new HashMap<>();
    private final Map<StudentId, List<Placement>> placements = new HashMap<>();
    private final Map<ClassId, Set<StudentId>> everInClass = new HashMap<>();
    private final Map<OutageId, Outage> outages = new LinkedHashMap<>();
    /** One {@link Revision}, or a {@code List<Revision>} once an entry is corrected: most entries never are. */
    private final Map<EntryRef, Object> history = new HashMap<>();
    private final Set<StudyPeriodId> closed = new HashSet<>();
    private final Set<SchoolYearId> closedYears = new HashSet<>();
    private final Map<GuardianId, List<PaperReport>> paperReports = new HashMap<>();
    /**
     * Per class and subject, pointers to the revisions of the class journal's entries in recording order
     * (the listing of who edited what): the revisions themselves are those of {@link #history} and
     * {@link #marks}.
     */
    private final Map<ClassId, Map<SubjectId, EditIndex>> edits = new HashMap<>();

    /**
     * @param school the school whose state this is
     */
    public JournalState(School school) {
        this.school = Objects.requireNonNull(school, "school");
    }

    // ---------------------------------------------------------------- applying events

    /**
     * Applies one accepted event. The event must have passed the journal's checks (or come from a
     * log that did); applying never fails for such events. The sequence may skip positions: those
     * are tombstones, entries whose payload retention purged (a replay does not see them), and
     * {@link #size()} becomes the event's sequence, so that the next entry is numbered after them.
     *
     * @param event the event, whose sequence must be above {@code size()}: {@code size() + 1}, or
     *     more after tombstones
     * @throws IllegalStateException (code {@code EJ1902}) if the sequence does not follow
     */
    public void apply(JournalEvent event) {
        if (event.sequence() <= size) {
            throw new IllegalStateException("EJ1902 event " + event.sequence() + " does not follow " + size);
        }
        Command c = event.command();
        if (c instanceof RecordMark m) {
            MarkEntry key = new MarkEntry(m.task(), m.student());
            MarkCell cell = new MarkCell(m.value(), event.sequence(), event.recordedAt(), event.actor());
            marks.put(key, cell);
            if (history.containsKey(key)) {
                // recorded again after a cancellation: the history goes on
                revise(key, event, null, m.value().symbol(), null);
            } else {
                index(key, cell);
            }
        } else if (c instanceof RecordAttendance a) {
            AttendanceEntry key = new AttendanceEntry(a.lesson(), a.student());
            attendance.put(key, school.attendanceCodes().find(a.code()).orElseThrow());
            revise(key, event, null, a.code(), null);
        } else if (c instanceof RecordLesson l) {
            applyLesson(l, event);
        } else if (c instanceof AssignTask t) {
            Task task = new Task(t.id(), t.lesson(), t.type(), t.weight(), t.description() == null ? "" : t.description());
            tasks.put(t.id(), task);
            tasksByLesson.computeIfAbsent(t.lesson(), k -> new ArrayList<>()).add(task);
            revise(EntryRef.task(t.id()), event, null, describe(task), null);
        } else if (c instanceof AssignHomework h) {
            Homework hw = new Homework(h.id(), h.lesson(), h.text(), h.due());
            homework.put(h.id(), hw);
            homeworkByLesson.computeIfAbsent(h.lesson(), k -> new ArrayList<>()).add(hw);
            revise(EntryRef.homework(h.id()), event, null, describe(hw), null);
        } else if (c instanceof CorrectMark m) {
            MarkEntry key = new MarkEntry(m.task(), m.student());
            MarkCell before = marks.get(key);
            history.putIfAbsent(key, before.firstRevision());
            marks.put(key, new MarkCell(m.value(), before.sequence(), before.recordedAt(), before.actor()));
            revise(key, event, before.value().symbol(), m.value().symbol(), m.reason());
        } else if (c instanceof CancelMark m) {
            MarkEntry key = new MarkEntry(m.task(), m.student());
            MarkCell before = marks.remove(key);
            history.putIfAbsent(key, before.firstRevision());
            revise(key, event, before.value().symbol(), null, m.reason());
        } else if (c instanceof CorrectAttendance a) {
            AttendanceEntry key = new AttendanceEntry(a.lesson(), a.student());
            AttendanceCode before = a.code() == null
                    ? attendance.remove(key)
                    : attendance.put(key, school.attendanceCodes().find(a.code()).orElseThrow());
            revise(key, event, before.code(), a.code(), a.reason());
        } else if (c instanceof CorrectLesson l) {
            Lesson before = lessons.get(l.lesson());
            Lesson after = ImmutableLesson.copyOf(before).withTopic(topic(l.topic()))
                    .withWorkKind(l.workKind());
            lessons.put(l.lesson(), after);
            revise(EntryRef.lesson(l.lesson()), event, describe(before), describe(after), l.reason());
        } else if (c instanceof RecordPeriodMark p) {
            PeriodMarkEntry key = new PeriodMarkEntry(p.student(), p.subject(), p.period());
            periodMarks.put(key, p.value());
            revise(key, event, null, p.value().symbol(), null);
        } else if (c instanceof CorrectPeriodMark p) {
            PeriodMarkEntry key = new PeriodMarkEntry(p.student(), p.subject(), p.period());
            MarkValue before = periodMarks.put(key, p.value());
            revise(key, event, before.symbol(), p.value().symbol(), p.reason());
        } else if (c instanceof RecordExamResult e) {
            ExamResult r = new ExamResult(e.id(), e.student(), e.subject(), e.kind(), e.date(), e.result());
            exams.put(e.id(), r);
            revise(EntryRef.examResult(e.id()), event, null, e.kind() + " " + e.result().symbol(), null);
        } else if (c instanceof RecordMovement m) {
            applyMovement(m);
        } else if (c instanceof RegisterStudent s) {
            students.put(s.id(), Student.builder().id(s.id()).name(s.name())
                    .birthDate(Optional.ofNullable(s.birthDate())).build());
        } else if (c instanceof RegisterGuardian g) {
            guardians.put(g.id(), Guardian.builder().id(g.id()).name(g.name()).contact(g.contact())
                    .electronicAccess(g.electronicAccess()).build());
        } else if (c instanceof LinkGuardian g) {
            children.computeIfAbsent(g.guardian(), k -> new LinkedHashSet<>()).add(g.student());
            guardianLinks.computeIfAbsent(g.student(), k -> new ArrayList<>())
                    .add(new GuardianLink(g.guardian(), g.student(), g.kinship()));
        } else if (c instanceof RegisterStaffMember s) {
            staff.put(s.id(), StaffMember.builder().id(s.id()).name(s.name()).roles(s.roles()).build());
        } else if (c instanceof OpenSchoolYear y) {
            years.put(y.id(), new SchoolYear(y.id(), y.firstDay(), y.lastDay(), y.calendar()));
        } else if (c instanceof DefineStudyPeriod p) {
            StudyPeriod period = new StudyPeriod(p.id(), p.year(), p.kind(), p.number(), p.firstDay(), p.lastDay(),
                    p.grades());
            periods.put(p.id(), period);
            List<StudyPeriod> list = periodsByYear.computeIfAbsent(p.year(), k -> new ArrayList<>());
            list.add(period);
            list.sort(java.util.Comparator.comparing(StudyPeriod::firstDay).thenComparing(StudyPeriod::lastDay)
                    .thenComparing(s -> s.id().value()));
        } else if (c instanceof DefineSubject s) {
            subjects.put(s.id(), new Subject(s.id(), s.name(), s.scale()));
        } else if (c instanceof CreateClass k) {
            SchoolClass sc = new SchoolClass(k.id(), k.year(), k.grade(), k.letter());
            classes.put(k.id(), sc);
            classesByYear.computeIfAbsent(k.year(), y -> new ArrayList<>()).add(sc);
        } else if (c instanceof CreateGroup g) {
            // the members named at creation are members from the first day of the class's year
            LocalDate first = years.get(classes.get(g.schoolClass()).year()).firstDay();
            groups.put(g.id(), ClassGroup.of(g.id(), g.schoolClass(), g.name(), g.members(), first));
        } else if (c instanceof JoinGroup j) {
            groups.put(j.group(), groups.get(j.group()).withJoining(j.student(), j.effective()));
        } else if (c instanceof LeaveGroup l) {
            groups.put(l.group(), groups.get(l.group()).withLeaving(l.student(), l.effective()));
        } else if (c instanceof AssignClassTeacher t) {
            classTeachers.put(t.schoolClass(), t.teacher());
        } else if (c instanceof SetCurriculumLoad l) {
            curriculum.computeIfAbsent(l.schoolClass(), k -> new LinkedHashMap<>())
                    .put(l.subject(), new CurriculumLoad(l.schoolClass(), l.subject(), l.hoursPerWeek()));
        } else if (c instanceof AssignTeacher t) {
            TeachingAssignment a = new TeachingAssignment(t.schoolClass(), t.subject(), t.teacher(),
                    Optional.ofNullable(t.group()));
            assignments.computeIfAbsent(new ClassSubject(t.schoolClass(), t.subject()), k -> new ArrayList<>()).add(a);
            assignmentsByTeacher.computeIfAbsent(t.teacher(), k -> new ArrayList<>()).add(a);
        } else if (c instanceof RecordThematicPlan p) {
            ClassSubject key = new ClassSubject(p.schoolClass(), p.subject());
            ThematicPlan plan = new ThematicPlan(p.schoolClass(), p.subject(), p.topics());
            ThematicPlan before = plans.put(key, plan);
            revise(EntryRef.thematicPlan(p.schoolClass(), p.subject()), event,
                    before == null ? null : describe(before), describe(plan), null);
        } else if (c instanceof ClosePeriod p) {
            closed.add(p.period());
        } else if (c instanceof ReopenPeriod p) {
            closed.remove(p.period());
        } else if (c instanceof CloseSchoolYear y) {
            closedYears.add(y.year());
        } else if (c instanceof ReopenSchoolYear y) {
            closedYears.remove(y.year());
        } else if (c instanceof PromoteClass p) {
            // the pupils are read before any of them moves: the order moves those in the class as it stands
            for (StudentId pupil : pupilsIn(p.schoolClass())) {
                applyMovement(p.movementOf(pupil));
            }
        } else if (c instanceof RecordPaperReport r) {
            paperReports.computeIfAbsent(r.guardian(), k -> new ArrayList<>())
                    .add(new PaperReport(r.guardian(), r.student(), r.first(), r.last(), event.recordedAt()));
        } else if (c instanceof DeclareOutage o) {
            outages.put(o.id(), new Outage(o.id(), o.start(), o.end(), o.reason()));
        } else {
            throw new IllegalStateException("EJ1902 no state change is defined for " + c.commandName());
        }
        size = event.sequence();
    }

    /**
     * Moves past tombstones at the end of the log, which a replay does not see: the next event is
     * numbered {@code sequence + 1}.
     *
     * @param sequence the log's size, not below {@link #size()}
     * @throws IllegalStateException (code {@code EJ1902}) if it is below {@link #size()}
     */
    public void skipTo(long sequence) {
        if (sequence < size) {
            throw new IllegalStateException("EJ1902 the log's size " + sequence + " is below the " + size
                    + " entries already applied");
        }
        size = sequence;
    }

    /**
     * Forgets every fact, as a new state of the same school: the journal replays its log into it again
     * after retention purged payloads.
     */
    public void reset() {
        for (Object fact : facts()) {
            if (fact instanceof Map<?, ?> map) {
                map.clear();
            } else if (fact instanceof Collection<?> collection) {
                collection.clear();
            }
        }
        size = 0;
    }

    private void applyLesson(RecordLesson l, JournalEvent event) {
        Lesson lesson = Lesson.builder().id(l.id()).schoolClass(l.schoolClass()).group(Optional.ofNullable(l.group()))
                .subject(l.subject()).date(l.date()).number(l.number()).kind(l.kind()).workKind(l.workKind())
                .topic(topic(l.topic())).teacher(l.teacher())
                .substitute(Optional.ofNullable(l.substitute())).build();
        lessons.put(l.id(), lesson);
        LessonSlot slot = new LessonSlot(l.date(), l.number(), l.id().value());
        lessonsByClassSubject.computeIfAbsent(new ClassSubject(l.schoolClass(), l.subject()), k -> new TreeMap<>())
                .put(slot, l.id());
        lessonsByClass.computeIfAbsent(l.schoolClass(), k -> new TreeMap<>()).put(slot, l.id());
        revise(EntryRef.lesson(l.id()), event, null, describe(lesson), null);
    }

    private void applyMovement(RecordMovement m) {
        List<Placement> list = placements.computeIfAbsent(m.student(), k -> new ArrayList<>());
        Optional<ClassId> from = Optional.empty();
        if (!list.isEmpty()) {
            Placement last = list.get(list.size() - 1);
            if (last.until() == null) {
                list.set(list.size() - 1, new Placement(last.schoolClass(), last.from(), m.effective().minusDays(1)));
                from = Optional.of(last.schoolClass());
            }
        }
        if (m.to() != null) {
            list.add(new Placement(m.to(), m.effective(), null));
            everInClass.computeIfAbsent(m.to(), k -> new LinkedHashSet<>()).add(m.student());
        }
        movements.computeIfAbsent(m.student(), k -> new ArrayList<>()).add(new Movement(m.student(), m.kind(), from,
                Optional.ofNullable(m.to()), m.order(), m.effective(), m.academicDebts()));
    }

    private void revise(EntryRef entry, JournalEvent event, String before, String after, String reason) {
        Revision revision = new Revision(event.sequence(), event.recordedAt(),
                event.actor(), event.command().commandName(), Optional.ofNullable(before), Optional.ofNullable(after),
                Optional.ofNullable(reason));
        history.merge(entry, revision, JournalState::appendRevision);
        index(entry, revision);
    }

    /**
     * Points the journal of the entry's class (or classes) to a revision just recorded. Every entry
     * resolves, since the journal's checks let no revision of an unknown entry through.
     *
     * @param revision a {@link Revision}, or the {@link MarkCell} holding a mark's first revision
     */
    private void index(EntryRef entry, Object revision) {
        if (entry instanceof MarkEntry m) {
            indexLesson(tasks.get(m.task()).lesson(), entry, revision);
        } else if (entry instanceof AttendanceEntry a) {
            indexLesson(a.lesson(), entry, revision);
        } else if (entry instanceof EntryRef.LessonEntry l) {
            indexLesson(l.lesson(), entry, revision);
        } else if (entry instanceof EntryRef.TaskEntry t) {
            indexLesson(tasks.get(t.task()).lesson(), entry, revision);
        } else if (entry instanceof EntryRef.HomeworkEntry h) {
            indexLesson(homework.get(h.homework()).lesson(), entry, revision);
        } else if (entry instanceof EntryRef.ThematicPlanEntry p) {
            index(p.schoolClass(), p.subject(), entry, revision);
        } else if (entry instanceof PeriodMarkEntry p) {
            // on the page of every class of the period's year and grades that the pupil was in during the
            // period, as the pages show it; failing that, the last class the pupil was in during it
            StudyPeriod period = periods.get(p.period());
            Set<ClassId> done = new HashSet<>(2);
            ClassId last = null;
            for (Placement pl : placements.getOrDefault(p.student(), List.of())) {
                if (pl.overlaps(period.firstDay(), period.lastDay())) {
                    last = pl.schoolClass();
                    SchoolClass sc = classes.get(last);
                    if (sc.year().equals(period.year()) && period.grades().contains(sc.grade()) && done.add(last)) {
                        index(last, p.subject(), entry, revision);
                    }
                }
            }
            if (done.isEmpty() && last != null) {
                index(last, p.subject(), entry, revision);
            }
        } else if (entry instanceof EntryRef.ExamResultEntry e) {
            ExamResult r = exams.get(e.result());
            classOnOrBefore(r.student(), r.date()).ifPresent(c -> index(c, r.subject(), entry, revision));
        }
    }

    private void indexLesson(LessonId lesson, EntryRef entry, Object revision) {
        Lesson l = lessons.get(lesson);
        index(l.schoolClass(), l.subject(), entry, revision);
    }

    private void index(ClassId schoolClass, SubjectId subject, EntryRef entry, Object revision) {
        edits.computeIfAbsent(schoolClass, k -> new HashMap<>()).computeIfAbsent(subject, k -> new EditIndex())
                .add(entry, revision);
    }

    /** The class the pupil was in on the day, else the last class they entered before it. */
    private Optional<ClassId> classOnOrBefore(StudentId student, LocalDate date) {
        Optional<ClassId> on = classOf(student, date);
        if (on.isPresent()) {
            return on;
        }
        ClassId last = null;
        for (Placement p : placements.getOrDefault(student, List.of())) {
            if (!p.from().isAfter(date)) {
                last = p.schoolClass();
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * @param schoolClass a class
     * @return the revisions of its journal's entries, by subject, each in recording order; empty if none
     */
    Map<SubjectId, EditIndex> edits(ClassId schoolClass) {
        return Collections.unmodifiableMap(edits.getOrDefault(schoolClass, Map.of()));
    }

    /** A blank topic is no topic: "not entered yet" has one form only. */
    static Optional<String> topic(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    static String describe(Lesson l) {
        return l.workKind() + ": " + l.topic().orElse("—");
    }

    static String describe(Task t) {
        return t.type().code() + " ×" + t.weight() + (t.description().isEmpty() ? "" : ": " + t.description());
    }

    static String describe(Homework h) {
        return h.text() + " (до " + h.due() + ")";
    }

    static String describe(ThematicPlan p) {
        return p.topics().size() + " topics, " + p.topics().stream().map(PlannedTopic::hours)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).stripTrailingZeros().toPlainString()
                + " h";
    }

    // ---------------------------------------------------------------- the view

    @Override
    public School school() {
        return school;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Optional<SchoolYear> schoolYear(SchoolYearId id) {
        return Optional.ofNullable(years.get(id));
    }

    @Override
    public Optional<SchoolYear> schoolYearOn(LocalDate date) {
        for (SchoolYear y : years.values()) {
            if (y.contains(date)) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /** @return every school year, in the order opened */
    public Collection<SchoolYear> schoolYears() {
        return Collections.unmodifiableCollection(years.values());
    }

    @Override
    public Optional<StudyPeriod> studyPeriod(StudyPeriodId id) {
        return Optional.ofNullable(periods.get(id));
    }

    @Override
    public List<StudyPeriod> studyPeriods(SchoolYearId year) {
        return Collections.unmodifiableList(periodsByYear.getOrDefault(year, List.of()));
    }

    @Override
    public Optional<SchoolClass> schoolClass(ClassId id) {
        return Optional.ofNullable(classes.get(id));
    }

    @Override
    public List<SchoolClass> classes(SchoolYearId year) {
        return Collections.unmodifiableList(classesByYear.getOrDefault(year, List.of()));
    }

    @Override
    public Optional<ClassGroup> group(GroupId id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public Optional<Student> student(StudentId id) {
        return Optional.ofNullable(students.get(id));
    }

    @Override
    public Optional<Guardian> guardian(GuardianId id) {
        return Optional.ofNullable(guardians.get(id));
    }

    @Override
    public Set<StudentId> childrenOf(GuardianId guardian) {
        return Collections.unmodifiableSet(children.getOrDefault(guardian, Set.of()));
    }

    @Override
    public List<GuardianLink> guardiansOf(StudentId student) {
        return Collections.unmodifiableList(guardianLinks.getOrDefault(student, List.of()));
    }

    @Override
    public Optional<StaffMember> staffMember(StaffId id) {
        return Optional.ofNullable(staff.get(id));
    }

    @Override
    public Optional<Subject> subject(SubjectId id) {
        return Optional.ofNullable(subjects.get(id));
    }

    /** @return every subject, in the order defined */
    public Collection<Subject> subjects() {
        return Collections.unmodifiableCollection(subjects.values());
    }

    @Override
    public Optional<CurriculumLoad> curriculumLoad(ClassId schoolClass, SubjectId subject) {
        return Optional.ofNullable(curriculum.getOrDefault(schoolClass, Map.of()).get(subject));
    }

    @Override
    public Collection<CurriculumLoad> curriculum(ClassId schoolClass) {
        return Collections.unmodifiableCollection(curriculum.getOrDefault(schoolClass, Map.of()).values());
    }

    @Override
    public List<TeachingAssignment> teachingAssignments(ClassId schoolClass, SubjectId subject) {
        return Collections.unmodifiableList(assignments.getOrDefault(new ClassSubject(schoolClass, subject), List.of()));
    }

    @Override
    public List<TeachingAssignment> assignmentsOf(StaffId teacher) {
        return Collections.unmodifiableList(assignmentsByTeacher.getOrDefault(teacher, List.of()));
    }

    @Override
    public Optional<StaffId> classTeacher(ClassId schoolClass) {
        return Optional.ofNullable(classTeachers.get(schoolClass));
    }

    @Override
    public Optional<ThematicPlan> thematicPlan(ClassId schoolClass, SubjectId subject) {
        return Optional.ofNullable(plans.get(new ClassSubject(schoolClass, subject)));
    }

    @Override
    public Optional<Lesson> lesson(LessonId id) {
        return Optional.ofNullable(lessons.get(id));
    }

    @Override
    public List<Lesson> lessons(ClassId schoolClass, SubjectId subject, LocalDate first, LocalDate last) {
        return inRange(lessonsByClassSubject.get(new ClassSubject(schoolClass, subject)), first, last);
    }

    @Override
    public List<Lesson> lessonsOn(ClassId schoolClass, LocalDate date) {
        return inRange(lessonsByClass.get(schoolClass), date, date);
    }

    private List<Lesson> inRange(NavigableMap<LessonSlot, LessonId> index, LocalDate first, LocalDate last) {
        if (index == null || last.isBefore(first)) {
            return List.of();
        }
        List<Lesson> out = new ArrayList<>();
        for (LessonId id : index.subMap(LessonSlot.lowest(first), true, LessonSlot.highest(last), true).values()) {
            out.add(lessons.get(id));
        }
        return out;
    }

    @Override
    public List<Homework> homework(LessonId lesson) {
        return Collections.unmodifiableList(homeworkByLesson.getOrDefault(lesson, List.of()));
    }

    @Override
    public Optional<Homework> homeworkById(HomeworkId id) {
        return Optional.ofNullable(homework.get(id));
    }

    @Override
    public Optional<Task> task(TaskId id) {
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public List<Task> tasks(LessonId lesson) {
        return Collections.unmodifiableList(tasksByLesson.getOrDefault(lesson, List.of()));
    }

    @Override
    public Optional<MarkValue> mark(TaskId task, StudentId student) {
        MarkCell cell = marks.get(new MarkEntry(task, student));
        return cell == null ? Optional.empty() : Optional.of(cell.value());
    }

    @Override
    public Optional<AttendanceCode> attendance(LessonId lesson, StudentId student) {
        return Optional.ofNullable(attendance.get(new AttendanceEntry(lesson, student)));
    }

    @Override
    public Optional<MarkValue> periodMark(StudentId student, SubjectId subject, StudyPeriodId period) {
        return Optional.ofNullable(periodMarks.get(new PeriodMarkEntry(student, subject, period)));
    }

    @Override
    public Optional<ExamResult> examResult(ExamResultId id) {
        return Optional.ofNullable(exams.get(id));
    }

    @Override
    public List<Movement> movements(StudentId student) {
        return Collections.unmodifiableList(movements.getOrDefault(student, List.of()));
    }

    @Override
    public List<Placement> placements(StudentId student) {
        return Collections.unmodifiableList(placements.getOrDefault(student, List.of()));
    }

    @Override
    public Optional<ClassId> classOf(StudentId student, LocalDate date) {
        List<Placement> list = placements.get(student);
        if (list != null) {
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i).covers(date)) {
                    return Optional.of(list.get(i).schoolClass());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Set<StudentId> studentsOf(ClassId schoolClass, LocalDate first, LocalDate last) {
        Set<StudentId> out = new LinkedHashSet<>();
        for (StudentId s : everInClass.getOrDefault(schoolClass, Set.of())) {
            for (Placement p : placements.get(s)) {
                if (p.schoolClass().equals(schoolClass) && p.overlaps(first, last)) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public boolean isClosed(StudyPeriodId period) {
        return closed.contains(period);
    }

    @Override
    public boolean isClosed(SchoolYearId year) {
        return closedYears.contains(year);
    }

    /** @return whether any school year is closed: most checks need not look further when none is */
    boolean anyYearClosed() {
        return !closedYears.isEmpty();
    }

    /**
     * The pupils in a class as it stands: those whose latest placement is in the class and still open,
     * in the order they joined it. A promotion order moves exactly these.
     *
     * @param schoolClass a class
     * @return its pupils now, possibly none
     */
    public List<StudentId> pupilsIn(ClassId schoolClass) {
        List<StudentId> out = new ArrayList<>();
        for (StudentId s : everInClass.getOrDefault(schoolClass, Set.of())) {
            List<Placement> list = placements.get(s);
            Placement last = list.get(list.size() - 1);
            if (last.until() == null && last.schoolClass().equals(schoolClass)) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public List<PaperReport> paperReports(GuardianId guardian) {
        return Collections.unmodifiableList(paperReports.getOrDefault(guardian, List.of()));
    }

    /** @return every guardian, in no particular order */
    public Collection<Guardian> guardians() {
        return Collections.unmodifiableCollection(guardians.values());
    }

    @Override
    public List<Outage> outages() {
        return List.copyOf(outages.values());
    }

    /**
     * @param id an outage
     * @return whether it was declared
     */
    boolean hasOutage(OutageId id) {
        return outages.containsKey(id);
    }

    @SuppressWarnings("unchecked")
    private static Object appendRevision(Object existing, Object added) {
        List<Revision> list;
        if (existing instanceof Revision first) {
            list = new ArrayList<>(2);
            list.add(first);
        } else {
            list = (List<Revision>) existing;
        }
        list.add((Revision) added);
        return list;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Revision> history(EntryRef entry) {
        Object found = history.get(entry);
        if (found == null) {
            MarkCell cell = entry instanceof MarkEntry m ? marks.get(m) : null;
            return cell == null ? List.of() : List.of(cell.firstRevision());
        }
        return found instanceof Revision single ? List.of(single)
                : Collections.unmodifiableList((List<Revision>) found);
    }

    // ---------------------------------------------------------------- equality, for replay tests

    private static final List<String> FACT_NAMES = List.of("size", "years", "periods", "periodsByYear", "classes",
            "classesByYear", "groups", "students", "guardians", "children", "guardianLinks", "staff", "subjects",
            "curriculum", "assignments", "assignmentsByTeacher", "classTeachers", "plans", "lessons",
            "lessonsByClassSubject", "lessonsByClass", "homework", "homeworkByLesson", "tasks", "tasksByLesson", "marks",
            "attendance", "periodMarks", "exams", "movements", "placements", "everInClass", "outages", "history",
            "closed", "paperReports", "edits", "closedYears");

    private List<Object> facts() {
        return List.of(size, years, periods, periodsByYear, classes, classesByYear, groups, students, guardians,
                children, guardianLinks, staff, subjects, curriculum, assignments, assignmentsByTeacher, classTeachers,
                plans, lessons, lessonsByClassSubject, lessonsByClass, homework, homeworkByLesson, tasks,
                tasksByLesson, marks, attendance, periodMarks, exams, movements, placements, everInClass, outages,
                history, closed, paperReports, edits, closedYears);
    }

    /**
     * For tests and diagnostics: which facts differ between two states.
     *
     * @param other another state
     * @return the names of the facts that differ, empty if the states are equal
     */
    public List<String> differences(JournalState other) {
        List<Object> mine = facts();
        List<Object> theirs = other.facts();
        List<String> out = new ArrayList<>();
        if (!school.equals(other.school)) {
            out.add("school");
        }
        for (int i = 0; i < mine.size(); i++) {
            if (!mine.get(i).equals(theirs.get(i))) {
                out.add(FACT_NAMES.get(i));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalState other && school.equals(other.school) && facts().equals(other.facts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(school, size, marks.size(), lessons.size());
    }

    @Override
    public String toString() {
        return "JournalState[" + school.id() + ", " + size + " events, " + lessons.size() + " lessons, "
                + marks.size() + " marks]";
    }
}
