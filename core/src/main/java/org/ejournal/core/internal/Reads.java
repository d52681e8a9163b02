package org.ejournal.core.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ejournal.core.Actor;
import org.ejournal.core.model.*;
import org.ejournal.core.rule.AccessPolicy;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.JournalPage;

/** Builds the pages and diaries from the indexed state: cost O(size of the answer). */
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
                if (l.group().isPresent()
                        && !state.group(l.group().get()).orElseThrow().members().contains(student)) {
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
}
