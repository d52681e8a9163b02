package org.ejournal.core.internal;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.model.*;
import org.ejournal.core.rule.AccessPolicy;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.EditListing;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;
import org.ejournal.core.view.Revision;

/**
 * Builds the pages, diaries and edit listings from the indexed state: cost O(size of the answer), or,
 * for an edit listing, O(revisions of the class journal).
 */
public final class Reads {

    /** Russian alphabetical order (Ё with Е, not before А as in UTF-16 order); its compare is synchronized. */
    private static final Collator RUSSIAN = Collator.getInstance(Locale.forLanguageTag("ru"));

    private static final Comparator<Student> JOURNAL_ORDER = Comparator
            .comparing((Student s) -> s.name().surname(), RUSSIAN)
            .thenComparing(s -> s.name().givenName(), RUSSIAN)
            .thenComparing(s -> s.name().patronymic() == null ? "" : s.name().patronymic(), RUSSIAN)
            .thenComparing(s -> s.id().value());

    private Reads() {
    }

    /**
     * @param state the state
     * @param policy filters the rows
     * @param actor who reads
     * @param schoolClass the class, known
     * @param subject the subject, known
     * @param period the period, known
     * @return the page
     */
    public static JournalPage page(JournalState state, AccessPolicy policy, Actor actor, SchoolClass schoolClass,
            Subject subject, StudyPeriod period) {
        List<Lesson> lessons = state.lessons(schoolClass.id(), subject.id(), period.firstDay(), period.lastDay());
        List<JournalPage.Column> columns = new ArrayList<>(lessons.size());
        for (Lesson l : lessons) {
            columns.add(new JournalPage.Column(l, state.tasks(l.id()), state.homework(l.id())));
        }
        List<Student> students = new ArrayList<>();
        for (StudentId id : state.studentsOf(schoolClass.id(), period.firstDay(), period.lastDay())) {
            if (policy.maySee(actor, id, state)) {
                students.add(state.student(id).orElseThrow());
            }
        }
        students.sort(JOURNAL_ORDER);
        List<JournalPage.Row> rows = new ArrayList<>(students.size());
        for (Student s : students) {
            Map<TaskId, MarkValue> marks = new HashMap<>();
            Map<LessonId, AttendanceCode> absences = new HashMap<>();
            for (JournalPage.Column c : columns) {
                for (Task t : c.tasks()) {
                    state.mark(t.id(), s.id()).ifPresent(m -> marks.put(t.id(), m));
                }
                state.attendance(c.lesson().id(), s.id()).ifPresent(a -> absences.put(c.lesson().id(), a));
            }
            rows.add(new JournalPage.Row(s.id(), s.name(), marks, absences,
                    state.periodMark(s.id(), subject.id(), period.id())));
        }
        return new JournalPage(schoolClass, subject, period, columns, rows);
    }

    /**
     * @param state the state
     * @param student the pupil, known
     * @param first the first day
     * @param last the last day
     * @return the diary
     */
    public static Diary diary(JournalState state, StudentId student, LocalDate first, LocalDate last) {
        List<Diary.Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Optional<ClassId> inClass = state.classOf(student, d);
            if (inClass.isEmpty()) {
                continue;
            }
            List<Diary.DiaryLesson> lessons = new ArrayList<>();
            for (Lesson l : state.lessonsOn(inClass.get(), d)) {
                if (l.group().isPresent() && !state.group(l.group().get()).orElseThrow().isMemberOn(student, d)) {
                    continue;
                }
                List<Diary.DiaryMark> marks = new ArrayList<>();
                for (Task t : state.tasks(l.id())) {
                    state.mark(t.id(), student).ifPresent(m -> marks.add(new Diary.DiaryMark(t, m)));
                }
                lessons.add(new Diary.DiaryLesson(l, state.subject(l.subject()).orElseThrow().name(),
                        state.homework(l.id()), marks, state.attendance(l.id(), student)));
            }
            if (!lessons.isEmpty()) {
                days.add(new Diary.Day(d, lessons));
            }
        }
        return new Diary(student, first, last, days);
    }

    /**
     * @param state the state
     * @param policy filters the rows
     * @param actor who reads
     * @param schoolClass the class, known
     * @param subject the subject to narrow to, known, or empty for all
     * @param from the first day, in the school's zone
     * @param to the last day, not before {@code from}
     * @return the revisions of the class journal's entries recorded on those days, in recording order,
     *     without those of pupils the actor may not see
     */
    public static EditListing edits(JournalState state, AccessPolicy policy, Actor actor, SchoolClass schoolClass,
            Optional<SubjectId> subject, LocalDate from, LocalDate to) {
        ZoneId zone = state.school().zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<StudentId, Boolean> visible = new HashMap<>();
        Map<Actor, Set<StaffRole>> roles = new HashMap<>();
        List<EditListing.Edit> out = new ArrayList<>();
        int subjects = 0;
        for (Map.Entry<SubjectId, EditIndex> e : state.edits(schoolClass.id()).entrySet()) {
            if (subject.isPresent() && !subject.get().equals(e.getKey())) {
                continue;
            }
            subjects++;
            EditIndex index = e.getValue();
            for (int i = 0; i < index.size(); i++) {
                Instant at = index.recordedAt(i);
                if (at.isBefore(start) || !at.isBefore(end)) {
                    continue;
                }
                EntryRef entry = index.entry(i);
                StudentId pupil = pupilOf(entry, state);
                if (pupil != null && !visible.computeIfAbsent(pupil, p -> policy.maySee(actor, p, state))) {
                    continue;
                }
                Revision revision = index.revision(i);
                out.add(new EditListing.Edit(entry, e.getKey(), revision,
                        roles.computeIfAbsent(revision.actor(), a -> rolesOf(a, state))));
            }
        }
        if (subjects > 1) {
            out.sort(Comparator.comparingLong(EditListing.Edit::sequence));
        }
        return new EditListing(schoolClass, subject, from, to, out);
    }

    /** The pupil whose own data an entry is, if it is one. */
    private static StudentId pupilOf(EntryRef entry, JournalState state) {
        if (entry instanceof EntryRef.MarkEntry m) {
            return m.student();
        }
        if (entry instanceof EntryRef.AttendanceEntry a) {
            return a.student();
        }
        if (entry instanceof EntryRef.PeriodMarkEntry p) {
            return p.student();
        }
        if (entry instanceof EntryRef.ExamResultEntry e) {
            return state.examResult(e.result()).map(ExamResult::student).orElse(null);
        }
        return null;
    }

    private static Set<StaffRole> rolesOf(Actor actor, JournalState state) {
        return actor instanceof Actor.StaffActor s
                ? state.staffMember(s.id()).map(m -> Set.copyOf(m.roles())).orElse(Set.of())
                : Set.of();
    }
}
