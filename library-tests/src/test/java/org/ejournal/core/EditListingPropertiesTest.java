package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ejournal.core.command.*;
import org.ejournal.core.internal.JournalState;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.ExamResult;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.view.EditListing;
import org.ejournal.core.view.EditListing.Edit;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.ejournal.testkit.gen.Attempt;
import org.ejournal.testkit.gen.Commands;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * The edit listing as a property: after any sequence of commands (every command type, corrections,
 * cancellations, movements, with the clock crossing several school days), each class journal's listing
 * holds exactly the revisions that the log recorded for that class's entries, once each, in recording
 * order, each the very revision its entry's history shows; narrowing to a subject or a day only
 * filters it. Histories come from the test kit's {@link Commands#historiesOver} over
 * {@link SchoolFixture}'s school, through {@link QuickTheoriesGens}. The oracle reads the log event by event and places each command by its own fields
 * (the lesson's class, the period's rows, the exam's day) — it never asks the listing's index.
 */
class EditListingPropertiesTest {

    private static final long SEED = 20_261_128L;

    /** A row as the oracle expects it. */
    record Row(long sequence, EntryRef entry, SubjectId subject) {
    }

    @Test
    void every_revision_of_a_class_journal_is_listed_once_in_recording_order_and_nothing_else_is() {
        int[] seen = new int[3];
        qt().withFixedSeed(SEED).withExamples(70).withShrinkCycles(200)
                .forAll(QuickTheoriesGens.of(Commands.historiesOver(FixtureUniverse.of(), 80)))
                .checkAssert(attempts -> {
                    SchoolFixture f = SchoolFixture.create();
                    for (Attempt a : attempts) {
                        f.journal.execute(a.actor(), a.command());
                        f.clock.advance(Duration.ofMinutes(97));
                    }
                    Map<ClassId, List<Row>> expected = oracle(f);
                    LocalDate first = MONDAY;
                    LocalDate last = f.clock.instant().atZone(KAMCHATKA).toLocalDate();
                    for (ClassId c : classesOf(f)) {
                        List<Edit> edits = f.journal.edits(DIRECTOR, c, first, last).orElseThrow().edits();
                        List<Row> want = expected.getOrDefault(c, List.of());

                        assertThat(edits.stream().map(e -> new Row(e.sequence(), e.entry(), e.subject())).toList())
                                .as("listing of %s", c).isEqualTo(want);
                        for (Edit e : edits) {
                            assertThat(f.journal.history(DIRECTOR, e.entry()).orElseThrow().revisions())
                                    .filteredOn(r -> r.sequence() == e.sequence()).as("history of %s", e.entry())
                                    .containsExactly(e.revision());
                            seen[0]++;
                            seen[1] += e.change() == Revision.Change.CORRECTED ? 1 : 0;
                            seen[2] += e.change() == Revision.Change.CANCELLED ? 1 : 0;
                        }
                        for (SubjectId s : List.of(MATH, RUSSIAN, PE)) {
                            assertThat(f.journal.edits(DIRECTOR, c, s, first, last).orElseThrow().edits())
                                    .as("listing of %s in %s", c, s)
                                    .containsExactlyElementsOf(edits.stream().filter(e -> e.subject().equals(s))
                                            .toList());
                        }
                        LocalDate second = first.plusDays(1);
                        assertThat(f.journal.edits(DIRECTOR, c, second, second).orElseThrow().edits())
                                .as("listing of %s on %s", c, second)
                                .containsExactlyElementsOf(edits.stream().filter(e -> e.recordedAt()
                                        .atZone(KAMCHATKA).toLocalDate().equals(second)).toList());
                    }
                });
        System.out.println("edit listings: " + seen[0] + " rows, " + seen[1] + " corrections, " + seen[2]
                + " cancellations");
        assertThat(seen[0]).as("rows listed").isGreaterThan(500);
        assertThat(seen[1]).as("corrections listed").isGreaterThan(50);
        assertThat(seen[2]).as("cancellations listed").isGreaterThan(15);
    }

    private static List<ClassId> classesOf(SchoolFixture f) {
        List<ClassId> out = new ArrayList<>();
        for (SchoolYear y : f.state().schoolYears()) {
            f.state().classes(y.id()).forEach(c -> out.add(c.id()));
        }
        return out;
    }

    /** Reads the log event by event into a state of its own, and places each revision by its command. */
    private static Map<ClassId, List<Row>> oracle(SchoolFixture f) {
        JournalState state = new JournalState(SchoolFixture.school());
        Map<ClassId, List<Row>> out = new HashMap<>();
        for (JournalEvent e : f.store.events(SCHOOL_ID).toList()) {
            state.apply(e);
            Command c = e.command();
            EntryRef entry = null;
            LessonId lesson = null;
            List<ClassId> classes = new ArrayList<>();
            SubjectId subject = null;
            if (c instanceof RecordLesson x) {
                entry = EntryRef.lesson(x.id());
                lesson = x.id();
            } else if (c instanceof CorrectLesson x) {
                entry = EntryRef.lesson(x.lesson());
                lesson = x.lesson();
            } else if (c instanceof AssignTask x) {
                entry = EntryRef.task(x.id());
                lesson = x.lesson();
            } else if (c instanceof AssignHomework x) {
                entry = EntryRef.homework(x.id());
                lesson = x.lesson();
            } else if (c instanceof RecordMark x) {
                entry = EntryRef.mark(x.task(), x.student());
                lesson = state.task(x.task()).orElseThrow().lesson();
            } else if (c instanceof CorrectMark x) {
                entry = EntryRef.mark(x.task(), x.student());
                lesson = state.task(x.task()).orElseThrow().lesson();
            } else if (c instanceof CancelMark x) {
                entry = EntryRef.mark(x.task(), x.student());
                lesson = state.task(x.task()).orElseThrow().lesson();
            } else if (c instanceof RecordAttendance x) {
                entry = EntryRef.attendance(x.lesson(), x.student());
                lesson = x.lesson();
            } else if (c instanceof CorrectAttendance x) {
                entry = EntryRef.attendance(x.lesson(), x.student());
                lesson = x.lesson();
            } else if (c instanceof RecordThematicPlan x) {
                entry = EntryRef.thematicPlan(x.schoolClass(), x.subject());
                classes.add(x.schoolClass());
                subject = x.subject();
            } else if (c instanceof RecordPeriodMark x) {
                entry = EntryRef.periodMark(x.student(), x.subject(), x.period());
                classes.addAll(periodMarkClasses(state, x.student(), x.period()));
                subject = x.subject();
            } else if (c instanceof CorrectPeriodMark x) {
                entry = EntryRef.periodMark(x.student(), x.subject(), x.period());
                classes.addAll(periodMarkClasses(state, x.student(), x.period()));
                subject = x.subject();
            } else if (c instanceof RecordExamResult x) {
                entry = EntryRef.examResult(x.id());
                ExamResult r = state.examResult(x.id()).orElseThrow();
                examClass(state, r).ifPresent(classes::add);
                subject = x.subject();
            }
            if (lesson != null) {
                Lesson l = state.lesson(lesson).orElseThrow();
                classes.add(l.schoolClass());
                subject = l.subject();
            }
            for (ClassId k : classes) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(new Row(e.sequence(), entry, subject));
            }
        }
        return out;
    }

    /** The classes whose page for the period has the pupil's row; failing that, the pupil's last class then. */
    private static List<ClassId> periodMarkClasses(JournalState state, StudentId student, StudyPeriodId id) {
        StudyPeriod period = state.studyPeriod(id).orElseThrow();
        List<ClassId> out = new ArrayList<>();
        for (SchoolClass sc : state.classes(period.year())) {
            if (period.grades().contains(sc.grade())
                    && state.studentsOf(sc.id(), period.firstDay(), period.lastDay()).contains(student)) {
                out.add(sc.id());
            }
        }
        if (out.isEmpty()) {
            ClassId last = null;
            for (Placement p : state.placements(student)) {
                if (p.overlaps(period.firstDay(), period.lastDay())) {
                    last = p.schoolClass();
                }
            }
            if (last != null) {
                out.add(last);
            }
        }
        return out;
    }

    private static Optional<ClassId> examClass(JournalState state, ExamResult r) {
        Optional<ClassId> on = state.classOf(r.student(), r.date());
        if (on.isPresent()) {
            return on;
        }
        ClassId last = null;
        for (Placement p : state.placements(r.student())) {
            if (!p.from().isAfter(r.date())) {
                last = p.schoolClass();
            }
        }
        return Optional.ofNullable(last);
    }
}
