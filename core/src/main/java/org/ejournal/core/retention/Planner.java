package org.ejournal.core.retention;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.codec.EventHeader;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.log.MerkleLog;
import org.ejournal.core.model.ClassGroup;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.ExamResult;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.HomeworkId;
import org.ejournal.core.model.Id;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.Movement;
import org.ejournal.core.model.Outage;
import org.ejournal.core.model.OutageId;
import org.ejournal.core.model.PaperReport;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.Task;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.view.JournalView;

/**
 * Makes one {@link RetentionPlan}: classifies every entry that still has its payload from its header
 * and the journal's view (forward, in log order), then gives each entry the latest term of itself and
 * of every entry that names what it created (backward: an identifier is always created before it is
 * named), once ignoring the holds and once with them. Used once, under the journal's read lock.
 */
final class Planner {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The cell of a pupil's placement in a class, created by the movement or order that put them there. */
    private static final String PLACEMENT = "placement";

    /** The day an entry becomes due and the year and kind of the record whose term decides it. */
    private record Term(LocalDate date, SchoolYear year, RecordKind kind) {
        static final Term NEVER = new Term(LocalDate.MAX, null, null);

        boolean isNever() {
            return this == NEVER;
        }

        /** The later of two terms; on the same day the longer kind, then the later year, decides. */
        static Term max(Term a, Term b) {
            if (a == null) {
                return b;
            }
            if (b == null || a.isNever()) {
                return a;
            }
            if (b.isNever()) {
                return b;
            }
            int c = a.date.compareTo(b.date);
            if (c == 0) {
                c = Integer.compare(a.kind.ordinal(), b.kind.ordinal());
            }
            if (c == 0) {
                c = a.year.firstDay().compareTo(b.year.firstDay());
            }
            return c >= 0 ? a : b;
        }
    }

    /** A fact that is not an identifier but is created by one entry and changed by others: a mark's cell. */
    private record Cell(String what, List<Id> ids) {
    }

    /** One entry with its payload, as classified. */
    private static final class Item {
        final long sequence;
        final String action;
        RecordKind kind;
        SchoolYear year;
        ClassId schoolClass;
        StudentId pupil;
        StudentId ward;
        Term base = Term.NEVER;
        final List<Object> defines = new ArrayList<>(2);
        final List<Object> refs = new ArrayList<>(6);
        String unclassified;
        Set<LegalHold> direct = Set.of();
        Term nat;
        Term eff;
        Set<LegalHold> holds = Set.of();

        Item(long sequence, String action) {
            this.sequence = sequence;
            this.action = action;
        }
    }

    private final RetentionPolicy policy;
    private final List<LegalHold> holds;
    private final JournalView view;
    private final JournalStore store;
    private final LocalDate date;
    private final Supplier<Hash> journalRoot;
    private final List<SchoolYear> years;

    Planner(RetentionPolicy policy, List<LegalHold> holds, JournalView view, JournalStore store, LocalDate date,
            Supplier<Hash> journalRoot) {
        this.policy = policy;
        this.holds = holds;
        this.view = view;
        this.store = store;
        this.date = date;
        this.journalRoot = journalRoot;
        this.years = view.schoolYears().stream().sorted(Comparator.comparing(SchoolYear::firstDay)).toList();
    }

    RetentionPlan plan() {
        if (!years.isEmpty() && date.isBefore(years.get(0).firstDay())) {
            throw new RetentionException(Retention.DATE_BEFORE_THE_SCHOOL, "REC-7.2", "the plan's day " + date
                    + " is before the first day of the school's first school year, " + years.get(0).firstDay());
        }
        checkHolds();
        List<Item> items = new ArrayList<>();
        RetentionPlan.LogFingerprint log = read(items);
        holdDirectly(items);
        settle(items);
        return result(items, log);
    }

    private void checkHolds() {
        for (LegalHold h : holds) {
            if (view.schoolYear(h.year()).isEmpty()) {
                throw invalidHold(h, "the school year " + h.year().value() + " is not in the journal");
            }
            if (h.pupil().isPresent() && view.student(h.pupil().get()).isEmpty()) {
                throw invalidHold(h, "the pupil " + h.pupil().get().value() + " is not in the journal");
            }
            if (view.staffMember(h.placedBy()).isEmpty()) {
                throw invalidHold(h, "the staff member " + h.placedBy().value() + " is not in the journal");
            }
        }
    }

    private static RetentionException invalidHold(LegalHold h, String problem) {
        return new RetentionException(Retention.INVALID_HOLD, "REC-7.2", "the " + h.describe() + " is invalid: "
                + problem);
    }

    // ---------------------------------------------------------------- reading and classifying

    private RetentionPlan.LogFingerprint read(List<Item> items) {
        Hasher hasher = new Hasher();
        MerkleLog tree = MerkleLog.empty();
        RetentionPlan.LogFingerprint.Counter counter = new RetentionPlan.LogFingerprint.Counter();
        try (Stream<LogEntry> entries = store.entries(view.school().id())) {
            for (var it = entries.iterator(); it.hasNext(); ) {
                LogEntry e = it.next();
                counter.add(e);
                tree.append(hasher.leaf(e.header(), e.payloadDigest()));
                if (e.sequence() != tree.size()) {
                    throw notTheJournals("the entry at position " + tree.size() + " says it is entry " + e.sequence());
                }
                if (e.isTombstone()) {
                    continue;
                }
                EventHeader header;
                try {
                    header = EventCodec.decodeHeader(e.header());
                } catch (RuntimeException ex) {
                    throw notTheJournals("the header of entry " + e.sequence() + " does not decode: " + ex.getMessage());
                }
                items.add(classify(header));
            }
        }
        Hash root = store.frontier(view.school().id()).root();
        if (tree.size() != view.size() || !tree.root().equals(root) || !root.equals(journalRoot.get())) {
            throw notTheJournals("the store holds " + tree.size() + " entries with root " + tree.root().toHex()
                    + " (its frontier says " + root.toHex() + "), the journal " + view.size() + " with root "
                    + journalRoot.get().toHex() + ": give the store the journal was built with, untouched");
        }
        return counter.fingerprint(root);
    }

    private RetentionException notTheJournals(String problem) {
        return new RetentionException(Retention.NOT_THE_JOURNALS_STORE, "REG-8", "the store does not hold the log of "
                + view.school().id().value() + " as the journal knows it: " + problem);
    }

    private Item classify(EventHeader h) {
        Item item = new Item(h.sequence(), h.action());
        List<Id> targets = h.targets();
        item.refs.addAll(targets);
        actorId(h.actor()).ifPresent(item.refs::add);
        switch (h.action()) {
            case "OpenSchoolYear" -> {
                SchoolYearId y = first(targets, SchoolYearId.class);
                item.defines.add(y);
                ofYear(item, RecordKind.SUMMARY_SHEET, view.schoolYear(y));
            }
            case "DefineStudyPeriod" -> {
                item.defines.add(first(targets, StudyPeriodId.class));
                ofYear(item, RecordKind.SUMMARY_SHEET, view.schoolYear(first(targets, SchoolYearId.class)));
            }
            case "CreateClass" -> {
                ClassId c = first(targets, ClassId.class);
                item.defines.add(c);
                item.schoolClass = c;
                ofYear(item, RecordKind.SUMMARY_SHEET, view.schoolYear(first(targets, SchoolYearId.class)));
            }
            case "RecordMovement" -> movement(item, h, targets);
            case "RecordPeriodMark", "CorrectPeriodMark" -> {
                StudentId s = first(targets, StudentId.class);
                StudyPeriodId p = first(targets, StudyPeriodId.class);
                item.pupil = s;
                cell(item, h.action().startsWith("Record"), "periodMark", s, first(targets, SubjectId.class), p);
                ofYear(item, RecordKind.SUMMARY_SHEET, yearOfPeriod(p));
            }
            case "RecordExamResult" -> {
                ExamResultId id = first(targets, ExamResultId.class);
                item.defines.add(id);
                item.pupil = first(targets, StudentId.class);
                ofYear(item, RecordKind.SUMMARY_SHEET, view.examResult(id).map(ExamResult::date).flatMap(this::yearOn));
            }
            case "ClosePeriod", "ReopenPeriod" ->
                ofYear(item, RecordKind.SUMMARY_SHEET, yearOfPeriod(first(targets, StudyPeriodId.class)));
            case "CloseSchoolYear", "ReopenSchoolYear" ->
                ofYear(item, RecordKind.SUMMARY_SHEET, view.schoolYear(first(targets, SchoolYearId.class)));
            case "PromoteClass" -> promotion(item, targets);
            case "CreateGroup" -> {
                item.defines.add(first(targets, GroupId.class));
                ofClass(item, first(targets, ClassId.class));
            }
            case "JoinGroup", "LeaveGroup" -> {
                item.pupil = first(targets, StudentId.class);
                GroupId g = first(targets, GroupId.class);
                ofClass(item, g == null ? null : view.group(g).map(ClassGroup::schoolClass).orElse(null));
            }
            case "AssignClassTeacher", "SetCurriculumLoad", "AssignTeacher", "RecordThematicPlan" ->
                ofClass(item, first(targets, ClassId.class));
            case "RecordLesson" -> {
                item.defines.add(first(targets, LessonId.class));
                ofClass(item, first(targets, ClassId.class));
            }
            case "CorrectLesson" -> ofLesson(item, first(targets, LessonId.class));
            case "AssignHomework" -> {
                item.defines.add(first(targets, HomeworkId.class));
                ofLesson(item, first(targets, LessonId.class));
            }
            case "AssignTask" -> {
                item.defines.add(first(targets, TaskId.class));
                ofLesson(item, first(targets, LessonId.class));
            }
            case "RecordMark", "CorrectMark", "CancelMark" -> {
                TaskId t = first(targets, TaskId.class);
                StudentId s = first(targets, StudentId.class);
                item.pupil = s;
                cell(item, h.action().startsWith("Record"), "mark", t, s);
                ofLesson(item, t == null ? null : view.task(t).map(Task::lesson).orElse(null));
            }
            case "RecordAttendance", "CorrectAttendance" -> {
                LessonId l = first(targets, LessonId.class);
                StudentId s = first(targets, StudentId.class);
                item.pupil = s;
                cell(item, h.action().startsWith("Record"), "attendance", l, s);
                ofLesson(item, l);
            }
            case "RecordPaperReport" -> {
                // the report recorded by this entry: the guardian's report on the pupil recorded at its instant
                GuardianId g = first(targets, GuardianId.class);
                StudentId s = first(targets, StudentId.class);
                item.pupil = s;
                Optional<SchoolYear> year = Optional.empty();
                for (PaperReport r : g == null ? List.<PaperReport>of() : view.paperReports(g)) {
                    if (r.student().equals(s) && r.recordedAt().equals(h.recordedAt())) {
                        year = latest(year, yearOn(r.first()));
                    }
                }
                ofYear(item, RecordKind.JOURNAL, year);
            }
            case "DeclareOutage" -> {
                OutageId id = first(targets, OutageId.class);
                item.defines.add(id);
                ofYear(item, RecordKind.JOURNAL, view.outages().stream().filter(o -> o.id().equals(id))
                        .map(Outage::start).findFirst()
                        .flatMap(start -> yearOn(start.atZone(view.school().zone()).toLocalDate())));
            }
            case "RegisterStudent" -> personalData(item, h, first(targets, StudentId.class));
            case "RegisterGuardian" -> personalData(item, h, first(targets, GuardianId.class));
            case "LinkGuardian" -> {
                personalData(item, h, null);
                item.ward = first(targets, StudentId.class);
            }
            case "RegisterStaffMember" -> register(item, first(targets, StaffId.class));
            case "DefineSubject" -> register(item, first(targets, SubjectId.class));
            default -> item.unclassified = "this version of the library does not classify " + h.action();
        }
        item.refs.removeAll(item.defines);
        return item;
    }

    /**
     * A movement into a class belongs to that class's year and places the pupil in it. One with no class
     * to join (a withdrawal, a graduation) does not say in its header which stay it ended: it belongs to
     * the latest year of a class the pupil has left — its own, or, if the pupil came back and left again,
     * a later one, never an earlier one.
     */
    private void movement(Item item, EventHeader h, List<Id> targets) {
        StudentId s = first(targets, StudentId.class);
        item.pupil = s;
        ClassId to = first(targets, ClassId.class);
        if (to != null) {
            item.schoolClass = to;
            if (s != null) {
                item.defines.add(new Cell(PLACEMENT, List.of(to, s)));
            }
            ofYear(item, RecordKind.SUMMARY_SHEET, yearOfClass(to));
            return;
        }
        Optional<SchoolYear> year = Optional.empty();
        for (Placement p : s == null ? List.<Placement>of() : view.placements(s)) {
            if (p.until() != null) {
                Optional<SchoolYear> y = yearOfClass(p.schoolClass());
                Optional<SchoolYear> later = latest(year, y);
                if (later != year) {
                    item.schoolClass = p.schoolClass();
                }
                year = later;
            }
        }
        ofYear(item, RecordKind.SUMMARY_SHEET, year.isPresent() ? year
                : yearOn(h.recordedAt().atZone(view.school().zone()).toLocalDate()));
    }

    /** The later of two years; an empty one loses. */
    private static Optional<SchoolYear> latest(Optional<SchoolYear> a, Optional<SchoolYear> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().firstDay().isAfter(a.get().firstDay()) ? b : a;
    }

    /**
     * A class's order moves the pupils who are in the class when it is executed, whom its header does not
     * name: it needs the entries that placed them there, and it places them in turn. Which pupils it moved
     * is read from their movements: out of the class into one the order names, or graduating from it.
     */
    private void promotion(Item item, List<Id> targets) {
        List<ClassId> classes = new ArrayList<>();
        for (Id id : targets) {
            if (id instanceof ClassId c) {
                classes.add(c);
            }
        }
        if (classes.isEmpty()) {
            item.unclassified = "the order names no class";
            return;
        }
        ClassId from = classes.get(0);
        Optional<SchoolYear> latest = Optional.empty();
        ClassId into = from;
        for (ClassId c : classes) {
            Optional<SchoolYear> y = yearOfClass(c);
            if (y.isEmpty()) {
                latest = Optional.empty();
                break;
            }
            if (latest.isEmpty() || !y.get().firstDay().isBefore(latest.get().firstDay())) {
                latest = y;
                into = c;
            }
        }
        item.schoolClass = into;
        ofYear(item, RecordKind.SUMMARY_SHEET, latest);
        Optional<SchoolYear> fromYear = yearOfClass(from);
        if (fromYear.isEmpty()) {
            return;
        }
        for (StudentId pupil : view.studentsOf(from, fromYear.get().firstDay(), fromYear.get().lastDay())) {
            for (Movement m : view.movements(pupil)) {
                if (!m.from().equals(Optional.of(from))) {
                    continue;
                }
                boolean moved = m.to().isPresent() ? classes.contains(m.to().get())
                        : m.kind() == org.ejournal.core.model.MovementKind.GRADUATION;
                if (moved) {
                    item.refs.add(new Cell(PLACEMENT, List.of(from, pupil)));
                    m.to().ifPresent(c -> item.defines.add(new Cell(PLACEMENT, List.of(c, pupil))));
                }
            }
        }
    }

    private static void cell(Item item, boolean creates, String what, Id... ids) {
        for (Id id : ids) {
            if (id == null) {
                return;
            }
        }
        Cell cell = new Cell(what, List.of(ids));
        (creates ? item.defines : item.refs).add(cell);
    }

    private void ofClass(Item item, ClassId c) {
        item.schoolClass = c;
        ofYear(item, RecordKind.JOURNAL, c == null ? Optional.empty() : yearOfClass(c));
    }

    private void ofLesson(Item item, LessonId l) {
        ofClass(item, l == null ? null : view.lesson(l).map(Lesson::schoolClass).orElse(null));
    }

    private void ofYear(Item item, RecordKind kind, Optional<SchoolYear> year) {
        item.kind = kind;
        if (year.isEmpty()) {
            item.unclassified = "the journal cannot tell which school year it belongs to";
            return;
        }
        item.year = year.get();
        item.base = new Term(policy.dueOn(kind, item.year), item.year, kind);
    }

    /** A registration: due no earlier than the journal term of the year it was recorded in. */
    private void personalData(Item item, EventHeader h, Id registered) {
        item.kind = RecordKind.PERSONAL_DATA;
        if (registered != null) {
            item.defines.add(registered);
        }
        Optional<SchoolYear> year = yearOn(h.recordedAt().atZone(view.school().zone()).toLocalDate());
        if (year.isPresent()) {
            item.year = year.get();
            item.base = new Term(policy.journalsDueOn(item.year), item.year, RecordKind.JOURNAL);
        }
    }

    private static void register(Item item, Id registered) {
        item.kind = RecordKind.SCHOOL_REGISTER;
        if (registered != null) {
            item.defines.add(registered);
        }
    }

    private Optional<SchoolYear> yearOfClass(ClassId c) {
        return view.schoolClass(c).map(SchoolClass::year).flatMap(view::schoolYear);
    }

    private Optional<SchoolYear> yearOfPeriod(StudyPeriodId p) {
        return p == null ? Optional.empty() : view.studyPeriod(p).map(StudyPeriod::year).flatMap(view::schoolYear);
    }

    /**
     * The school year a day belongs to for retention: the one it falls in; in a summer, the year just
     * ended (state exams, a registration before the next year opens); before the first year, the first.
     */
    private Optional<SchoolYear> yearOn(LocalDate day) {
        SchoolYear found = null;
        for (SchoolYear y : years) {
            if (!y.firstDay().isAfter(day)) {
                found = y;
            }
        }
        return Optional.ofNullable(found != null ? found : years.isEmpty() ? null : years.get(0));
    }

    private static Optional<Id> actorId(Actor actor) {
        if (actor instanceof Actor.StaffActor s) {
            return Optional.of(s.id());
        }
        if (actor instanceof Actor.StudentActor s) {
            return Optional.of(s.id());
        }
        if (actor instanceof Actor.GuardianActor g) {
            return Optional.of(g.id());
        }
        return Optional.empty();
    }

    private static <T extends Id> T first(List<Id> targets, Class<T> type) {
        for (Id id : targets) {
            if (type.isInstance(id)) {
                return type.cast(id);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- holds and terms

    private void holdDirectly(List<Item> items) {
        if (holds.isEmpty()) {
            return;
        }
        Map<LegalHold, Set<ClassId>> classes = new HashMap<>();
        for (LegalHold h : holds) {
            Set<ClassId> set = new LinkedHashSet<>();
            if (h.pupil().isPresent()) {
                for (Item i : items) {
                    if (h.pupil().get().equals(i.pupil) && i.year != null && i.year.id().equals(h.year())
                            && i.schoolClass != null) {
                        set.add(i.schoolClass);
                    }
                }
            }
            classes.put(h, set);
        }
        for (Item i : items) {
            if (i.kind == RecordKind.PERSONAL_DATA) {
                // the pupil a hold names stays registered: the hold must go on naming someone the journal knows
                Set<LegalHold> found = new LinkedHashSet<>();
                for (LegalHold h : holds) {
                    if (h.pupil().isPresent() && i.defines.contains(h.pupil().get())) {
                        found.add(h);
                    }
                }
                i.direct = found;
                continue;
            }
            if (i.year == null || (i.kind != RecordKind.JOURNAL && i.kind != RecordKind.SUMMARY_SHEET)) {
                continue;
            }
            Set<LegalHold> found = new LinkedHashSet<>();
            for (LegalHold h : holds) {
                if (!h.year().equals(i.year.id())) {
                    continue;
                }
                boolean covers = h.pupil().isEmpty() || h.pupil().get().equals(i.pupil)
                        || (i.pupil == null && (i.schoolClass == null || classes.get(h).contains(i.schoolClass)));
                if (covers) {
                    found.add(h);
                }
            }
            i.direct = found;
        }
    }

    /**
     * Gives every item its terms. A guardian's link lasts as long as the ward's journals; then, from
     * the last entry back, an entry that creates something lasts as long as the entries that name it.
     */
    private void settle(List<Item> items) {
        Map<StudentId, Term> wardTerms = new HashMap<>();
        Map<StudentId, Set<LegalHold>> wardHolds = new HashMap<>();
        for (Item i : items) {
            if (i.kind == RecordKind.JOURNAL && i.pupil != null && i.unclassified == null) {
                wardTerms.merge(i.pupil, i.base, Term::max);
                if (!i.direct.isEmpty()) {
                    wardHolds.computeIfAbsent(i.pupil, k -> new LinkedHashSet<>()).addAll(i.direct);
                }
            }
        }
        for (Item i : items) {
            if (i.ward != null) {
                if (!i.base.isNever()) {
                    i.base = Term.max(i.base, wardTerms.get(i.ward));
                }
                i.direct = wardHolds.getOrDefault(i.ward, Set.of());
            }
        }
        Map<Object, Term> pendingNat = new HashMap<>();
        Map<Object, Term> pendingEff = new HashMap<>();
        Map<Object, Set<LegalHold>> pendingHolds = new HashMap<>();
        for (int k = items.size() - 1; k >= 0; k--) {
            Item i = items.get(k);
            Term nat = i.unclassified == null ? i.base : Term.NEVER;
            Term eff = i.direct.isEmpty() ? nat : Term.NEVER;
            Set<LegalHold> held = new LinkedHashSet<>(i.direct);
            for (Object d : i.defines) {
                nat = Term.max(nat, pendingNat.get(d));
                eff = Term.max(eff, pendingEff.get(d));
                held.addAll(pendingHolds.getOrDefault(d, Set.of()));
            }
            i.nat = nat;
            i.eff = eff;
            i.holds = held;
            for (Object r : i.refs) {
                pendingNat.merge(r, nat, Term::max);
                pendingEff.merge(r, eff, Term::max);
                if (!held.isEmpty()) {
                    pendingHolds.computeIfAbsent(r, x -> new LinkedHashSet<>()).addAll(held);
                }
            }
        }
    }

    // ---------------------------------------------------------------- the plan

    private RetentionPlan result(List<Item> items, RetentionPlan.LogFingerprint log) {
        record Key(SchoolYear year, RecordKind kind) {
        }
        Map<Key, List<RetentionPlan.Entry>> due = new TreeMap<>(Comparator.comparing((Key k) -> k.year().firstDay())
                .thenComparing(k -> k.year().id().value()).thenComparing(Key::kind));
        List<RetentionPlan.Held> held = new ArrayList<>();
        List<RetentionPlan.Unclassified> unclassified = new ArrayList<>();
        for (Item i : items) {
            if (i.unclassified != null) {
                unclassified.add(new RetentionPlan.Unclassified(i.sequence, i.action, i.unclassified));
            } else if (!i.eff.isNever() && !i.eff.date().isAfter(date)) {
                due.computeIfAbsent(new Key(i.eff.year(), i.kind), k -> new ArrayList<>())
                        .add(new RetentionPlan.Entry(i.sequence, i.action, i.kind, i.eff.year().id(), i.eff.date()));
            } else if (!i.nat.isNever() && !i.nat.date().isAfter(date)) {
                List<LegalHold> by = holds.stream().filter(i.holds::contains).toList();
                held.add(new RetentionPlan.Held(new RetentionPlan.Entry(i.sequence, i.action, i.kind,
                        i.nat.year().id(), i.nat.date()), by));
            }
        }
        List<RetentionPlan.Group> groups = new ArrayList<>();
        for (Map.Entry<Key, List<RetentionPlan.Entry>> e : due.entrySet()) {
            SchoolYear year = e.getKey().year();
            RecordKind kind = e.getKey().kind();
            LocalDate since = e.getValue().stream().map(RetentionPlan.Entry::dueSince).max(Comparator.naturalOrder())
                    .orElseThrow();
            groups.add(new RetentionPlan.Group(year.id(), kind, since, kind.clause(), reasonRu(year, kind, since),
                    reasonEn(year, kind, since), e.getValue()));
        }
        return new RetentionPlan(view.school().id(), date, policy, holds, log, groups, held, unclassified);
    }

    private String reasonEn(SchoolYear year, RecordKind kind, LocalDate since) {
        LocalDate start = policy.countingStart(year);
        return switch (kind) {
            case JOURNAL -> "the class journal of " + year.label() + " is kept " + policy.journalYears()
                    + " years from " + start + " (REC-7.2, POL-7.1): due since " + since;
            case SUMMARY_SHEET -> "the summary sheet of " + year.label() + " is kept " + policy.summarySheetYears()
                    + " years from " + start + " (REC-7.3, POL-7.2): due since " + since;
            default -> "personal data no longer needed: the last record that needed it, of " + year.label()
                    + ", has passed its term (REC-1.8): due since " + since;
        };
    }

    private String reasonRu(SchoolYear year, RecordKind kind, LocalDate since) {
        String start = RU.format(policy.countingStart(year));
        return switch (kind) {
            case JOURNAL -> "журнал " + year.label() + " хранится " + years(policy.journalYears()) + " с " + start
                    + " (REC-7.2, POL-7.1): срок истёк " + RU.format(since);
            case SUMMARY_SHEET -> "сводная ведомость " + year.label() + " хранится " + years(policy.summarySheetYears())
                    + " с " + start + " (REC-7.3, POL-7.2): срок истёк " + RU.format(since);
            default -> "персональные данные больше не нужны: срок хранения последней записи, которой они нужны ("
                    + year.label() + "), истёк " + RU.format(since) + " (REC-1.8)";
        };
    }

    /** «5 лет», «21 год», «3 года». */
    static String years(int n) {
        int tens = n % 100;
        int units = n % 10;
        String word = tens >= 11 && tens <= 14 ? "лет" : units == 1 ? "год" : units >= 2 && units <= 4 ? "года" : "лет";
        return n + " " + word;
    }
}
