package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.Homework;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.Task;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.JournalPage;
import org.ejournal.testkit.school.CurriculumSubject;
import org.ejournal.testkit.school.ExpectedSchool;
import org.ejournal.testkit.school.ExpectedSchool.PlannedLesson;
import org.ejournal.testkit.school.ExpectedSchool.Stay;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.Replay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole school of realistic size records a quarter through the public API, and its journal reads
 * back exactly what was recorded: every class's page in every subject, every pupil's diary, every class's
 * edit listing. The school is the test kit's ({@link WholeSchools#FIRST_QUARTER}), sent to the core's
 * journal without the regulation's rules; the expected values come from its {@link ExpectedSchool}, kept
 * by the generator in plain maps, not from the journal.
 *
 * <p>The test kit's own tests check the generator's determinism ({@code SameSeedSameSchoolTest}) and, on
 * a smaller school, its timetable, homework, substitutions and topics
 * ({@code GeneratedSchoolLooksLikeASchoolTest}); the page read-back and the distribution of marks and
 * absences are checked here only.
 */
class WholeSchoolTest {

    private static GeneratedSchool school;
    private static ExpectedSchool expected;
    private static Replay replay;
    private static Journal journal;
    private static JournalStore store;

    @BeforeAll
    static void recordTheQuarter() {
        school = WholeSchools.firstQuarter();
        expected = school.expected();
        replay = school.replayInto(Journal.builder());
        journal = replay.journal();
        store = replay.store();
    }

    @Test
    void every_command_of_the_quarter_is_accepted() {
        List<String> refused = replay.rejectedSteps().stream().limit(20)
                .map(i -> school.steps().get(i) + " → " + replay.outcome(i).violations()).toList();
        assertThat(refused).isEmpty();
        assertThat(journal.size()).isEqualTo(school.steps().size()).isEqualTo(store.size(school.school().id()));
    }

    @Test
    void the_school_has_a_realistic_size() {
        int classes = school.knobs().classCount();
        int late = school.knobs().lateEnrolments();
        assertThat(expected.grades()).hasSize(classes);
        assertThat(expected.grades().values()).containsOnly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(expected.pupils()).hasSizeBetween(classes * school.knobs().minPupils() + late,
                classes * school.knobs().maxPupils() + late);
        Set<StaffId> teaching = expected.lessons().values().stream().map(PlannedLesson::teacher)
                .collect(Collectors.toSet());
        assertThat(teaching).as("every teacher has lessons").isEqualTo(expected.teachers());
        assertThat(expected.teachers()).as("a teacher for each primary class, subject teachers besides")
                .hasSizeGreaterThan((int) expected.grades().values().stream().filter(g -> g <= 4).count());
        assertThat(expected.guardians().size()).as("pupils with a guardian")
                .isGreaterThan(expected.pupils().size() * (school.knobs().guardianPercent() - 10) / 100);
        assertThat(expected.subjects().values().stream().flatMap(List::stream).distinct())
                .hasSize(CurriculumSubject.values().length);
        // every class has its weekly hours (English twice where the class learns it in two groups) in each
        // full week; the first week, from Tuesday 1 September, is a day short
        long weekly = 0;
        for (ClassId c : expected.grades().keySet()) {
            int grade = expected.grades().get(c);
            boolean inGroups = expected.lessons().values().stream()
                    .anyMatch(l -> l.schoolClass().equals(c) && l.group() != null);
            for (CurriculumSubject s : CurriculumSubject.values()) {
                weekly += (long) s.hoursPerWeek(grade) * (inGroups && s == CurriculumSubject.ENGLISH ? 2 : 1);
            }
        }
        int weeks = school.knobs().weeks();
        assertThat((long) expected.lessons().size()).isBetween(weekly * (weeks - 1), weekly * weeks);
        assertThat(expected.markCount()).as("marks: a few on most tasks")
                .isBetween(expected.taskCount(), expected.taskCount() * school.knobs().maxPupils());
        assertThat(journal.size()).as("events: at least one for each lesson, task, homework, absence and mark")
                .isGreaterThan(expected.lessons().size() + expected.taskCount() + expected.homeworkCount()
                        + expected.absenceCount() + expected.markCount());

        double absent = (double) expected.absenceCount() / expected.attendanceSlots();
        assertThat(absent).as("share of missed or late pupil-lessons").isBetween(0.05, 0.08);
        Map<String, Long> codes = new TreeMap<>();
        expected.absences().values().forEach(m -> m.values().forEach(c -> codes.merge(c, 1L, Long::sum)));
        assertThat(codes).containsOnlyKeys("н", "б", "у", "оп");
        assertThat(codes.get("б")).as("illness is the commonest reason").isGreaterThan(codes.get("н"));

        Map<String, Long> marks = new TreeMap<>();
        expected.marks().values().forEach(m -> m.values().forEach(v -> marks.merge(v.symbol(), 1L, Long::sum)));
        long fivePoint = marks.entrySet().stream().filter(e -> e.getKey().matches("[1-5]"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat((double) (marks.get("4") + marks.get("5")) / fivePoint).as("share of 4 and 5").isBetween(0.55, 0.8);
        assertThat((double) marks.get("2") / fivePoint).as("share of 2").isBetween(0.02, 0.12);
        assertThat((double) marks.getOrDefault("1", 0L) / fivePoint).as("share of 1").isLessThan(0.01);
        assertThat(marks).as("pass/fail in ОРКСЭ").containsKeys("зач");
        System.out.printf("the first quarter: %s; %d teachers, %d lessons, %d tasks, %d marks, %d absences,"
                + " %.3f of pupil-lessons missed; marks %s%n", school, expected.teachers().size(),
                expected.lessons().size(), expected.taskCount(), expected.markCount(), expected.absenceCount(), absent,
                marks);
    }

    @Test
    void every_page_shows_exactly_the_lessons_marks_and_absences_recorded() {
        long lessons = 0;
        long marks = 0;
        long absences = 0;
        long tasks = 0;
        long periodMarks = 0;
        for (Map.Entry<ClassId, List<SubjectId>> entry : expected.subjects().entrySet()) {
            ClassId c = entry.getKey();
            StudyPeriodId period = expected.firstPeriods().get(c);
            for (SubjectId s : entry.getValue()) {
                JournalPage page = journal.page(GeneratedSchool.DIRECTOR, c, s, period).orElseThrow();
                String where = c + "/" + s;
                List<PlannedLesson> planned = plannedLessons(c, s);

                assertThat(page.columns()).as("columns of %s", where).extracting(col -> col.lesson().id())
                        .containsExactlyElementsOf(planned.stream().map(PlannedLesson::id).toList());
                for (int i = 0; i < planned.size(); i++) {
                    JournalPage.Column col = page.columns().get(i);
                    PlannedLesson p = planned.get(i);
                    assertThat(col.lesson().date()).isEqualTo(p.date());
                    assertThat(col.lesson().number()).isEqualTo(p.number());
                    assertThat(col.lesson().group()).isEqualTo(Optional.ofNullable(p.group()));
                    assertThat(col.tasks()).extracting(Task::id).as("tasks of %s", p.id())
                            .containsExactlyElementsOf(p.tasks());
                    assertThat(col.homework()).extracting(Homework::id).as("homework of %s", p.id())
                            .containsExactlyElementsOf(p.homework() == null ? List.of() : List.of(p.homework()));
                }
                lessons += planned.size();
                tasks += page.columns().stream().mapToLong(col -> col.tasks().size()).sum();

                LocalDate first = page.period().firstDay();
                LocalDate last = page.period().lastDay();
                List<StudentId> pupils = new ArrayList<>();
                expected.stays().forEach((pupil, stays) -> {
                    if (stays.stream().anyMatch(st -> st.schoolClass().equals(c) && st.overlaps(first, last))) {
                        pupils.add(pupil);
                    }
                });
                pupils.sort(JOURNAL_ORDER);
                assertThat(page.rows()).as("rows of %s", where).extracting(JournalPage.Row::student)
                        .containsExactlyElementsOf(pupils);

                for (JournalPage.Row row : page.rows()) {
                    Map<TaskId, MarkValue> expectedMarks = new HashMap<>();
                    Map<LessonId, String> expectedAbsences = new HashMap<>();
                    for (PlannedLesson p : planned) {
                        for (TaskId t : p.tasks()) {
                            MarkValue v = expected.marks().get(t).get(row.student());
                            if (v != null) {
                                expectedMarks.put(t, v);
                            }
                        }
                        String code = expected.absences().getOrDefault(p.id(), Map.of()).get(row.student());
                        if (code != null) {
                            expectedAbsences.put(p.id(), code);
                        }
                    }
                    assertThat(row.marks()).as("marks of %s on %s", row.student(), where).isEqualTo(expectedMarks);
                    Map<LessonId, String> shown = new HashMap<>();
                    row.attendance().forEach((l, code) -> shown.put(l, code.code()));
                    assertThat(shown).as("absences of %s on %s", row.student(), where).isEqualTo(expectedAbsences);
                    assertThat(row.periodMark()).as("period mark of %s on %s", row.student(), where)
                            .isEqualTo(Optional.ofNullable(expected.periodMarks().getOrDefault(period, Map.of())
                                    .getOrDefault(row.student(), Map.of()).get(s)));
                    marks += row.marks().size();
                    periodMarks += row.periodMark().isPresent() ? 1 : 0;
                    absences += row.attendance().size();
                }
                if (expected.grades().get(c) == 1) {
                    assertThat(page.columns()).as("first grade: no tasks").allMatch(col -> col.tasks().isEmpty());
                    assertThat(page.rows()).as("first grade: no marks").allMatch(r -> r.marks().isEmpty());
                }
            }
        }
        assertThat(lessons).as("lessons on all pages").isEqualTo(expected.lessons().size());
        assertThat(tasks).as("tasks on all pages").isEqualTo(expected.taskCount());
        assertThat(marks).as("marks on all pages").isEqualTo(expected.markCount());
        assertThat(absences).as("absences on all pages").isEqualTo(expected.absenceCount());
        // the quarter's marks, each on its pupil's page in the subject (a pupil who changed class on both)
        assertThat(periodMarks).as("period marks on all pages").isGreaterThanOrEqualTo(expected.periodMarks()
                .getOrDefault(GeneratedSchool.FIRST_QUARTER, Map.of()).values().stream().mapToLong(Map::size).sum())
                .isPositive();
    }

    @Test
    void every_diary_lists_exactly_the_pupils_lessons_marks_and_absences() {
        LocalDate first = school.firstDay();
        LocalDate last = school.lastDay();
        Map<ClassId, Map<LocalDate, List<PlannedLesson>>> byClassAndDay = new HashMap<>();
        for (PlannedLesson p : expected.lessons().values()) {
            byClassAndDay.computeIfAbsent(p.schoolClass(), x -> new HashMap<>())
                    .computeIfAbsent(p.date(), x -> new ArrayList<>()).add(p);
        }
        byClassAndDay.values().forEach(m -> m.values().forEach(l -> l.sort(SLOT_ORDER)));

        long marks = 0;
        long absences = 0;
        long lessons = 0;
        for (Map.Entry<StudentId, List<Stay>> e : expected.stays().entrySet()) {
            StudentId pupil = e.getKey();
            // a guardian with electronic access reads it, else the pupil
            Actor reader = expected.guardians().getOrDefault(pupil, List.of()).stream()
                    .filter(g -> !expected.guardiansWithoutElectronicAccess().contains(g)).findFirst()
                    .map(Actor::guardian).orElse(Actor.student(pupil));
            Diary diary = journal.diary(reader, pupil, first, last).orElseThrow();

            List<String> shown = new ArrayList<>();
            for (Diary.Day day : diary.days()) {
                for (Diary.DiaryLesson l : day.lessons()) {
                    Map<TaskId, MarkValue> m = new LinkedHashMap<>();
                    l.marks().forEach(dm -> m.put(dm.task().id(), dm.value()));
                    shown.add(day.date() + " " + l.lesson().id() + " " + m + " " + l.attendance().map(a -> a.code())
                            .orElse("-"));
                    marks += l.marks().size();
                    absences += l.attendance().isPresent() ? 1 : 0;
                    lessons++;
                }
            }

            List<String> want = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                LocalDate day = d;
                Optional<Stay> stay = e.getValue().stream().filter(st -> st.covers(day)).findFirst();
                if (stay.isEmpty()) {
                    continue;
                }
                for (PlannedLesson p : byClassAndDay.getOrDefault(stay.get().schoolClass(), Map.of())
                        .getOrDefault(d, List.of())) {
                    if (p.group() != null && !expected.groups().get(p.group()).contains(pupil)) {
                        continue;
                    }
                    Map<TaskId, MarkValue> m = new LinkedHashMap<>();
                    for (TaskId t : p.tasks()) {
                        MarkValue v = expected.marks().get(t).get(pupil);
                        if (v != null) {
                            m.put(t, v);
                        }
                    }
                    want.add(d + " " + p.id() + " " + m + " "
                            + expected.absences().getOrDefault(p.id(), Map.of()).getOrDefault(pupil, "-"));
                }
            }
            // isEqualTo, not containsExactly: the latter is quadratic, and there are 800 diaries
            assertThat(shown).as("diary of %s", pupil).isEqualTo(want);
        }
        assertThat(marks).as("marks in all diaries").isEqualTo(expected.markCount());
        assertThat(absences).as("absences in all diaries").isEqualTo(expected.absenceCount());
        assertThat(lessons).as("pupil-lessons in all diaries").isEqualTo(expected.attendanceSlots());
    }

    @Test
    void the_journal_replays_from_its_store_into_the_same_state() {
        Journal replayed = Journal.builder().school(school.school()).store(store)
                .clock(java.time.Clock.fixed(school.steps().get(school.steps().size() - 1).at(), school.school().zone()))
                .build();
        assertThat(replayed.size()).isEqualTo(journal.size());
        assertThat(replayed.state()).isEqualTo(journal.state());
    }

    @Test
    void every_class_edit_listing_holds_exactly_the_revisions_of_its_entries_and_reads_in_time() {
        // a copy of the quarter's log, so that the corrections leave the other tests' journal alone
        java.io.ByteArrayOutputStream archive = new java.io.ByteArrayOutputStream();
        org.ejournal.core.archive.Archive.write(school.school(), store, archive);
        InMemoryStore copy = InMemoryStore.create();
        assertThat(org.ejournal.core.archive.Archive.restore(new java.io.ByteArrayInputStream(archive.toByteArray()),
                copy, school.school().id()).isIntact()).isTrue();
        LocalDate first = school.steps().get(0).at().atZone(school.school().zone()).toLocalDate();
        LocalDate correctionDay = school.lastDay().plusDays(1);
        MutableClock clock = new MutableClock(school.at(correctionDay, 15, 0), school.school().zone());
        Journal edited = Journal.builder().school(school.school()).store(copy).clock(clock).build();
        // the first quarter was closed the day after it ended: the director reopens it for the corrections
        Outcome reopened = edited.execute(GeneratedSchool.DIRECTOR,
                new org.ejournal.core.command.ReopenPeriod(GeneratedSchool.FIRST_QUARTER, "исправления после проверки"));
        assertThat(reopened.violations()).isEmpty();
        Actor deputy = GeneratedSchool.DEPUTY;
        Map<ClassId, Integer> corrected = new HashMap<>();
        int[] n = new int[3];
        for (PlannedLesson p : expected.lessons().values()) {
            if (n[0]++ % 25 == 0) {
                correct(edited, deputy, p.schoolClass(), corrected, new org.ejournal.core.command.CorrectLesson(p.id(),
                        "Исправленная тема", org.ejournal.core.model.WorkKind.ORDINARY, "опечатка в теме"));
            }
            for (TaskId t : p.tasks()) {
                Map<StudentId, MarkValue> marks = new TreeMap<>(Comparator.comparing(StudentId::value));
                marks.putAll(expected.marks().get(t));
                for (Map.Entry<StudentId, MarkValue> m : marks.entrySet()) {
                    if (++n[1] % 170 == 0) {
                        correct(edited, deputy, p.schoolClass(), corrected,
                                new org.ejournal.core.command.CancelMark(t, m.getKey(), "не та работа"));
                    } else if (n[1] % 40 == 0) {
                        correct(edited, deputy, p.schoolClass(), corrected, new org.ejournal.core.command.CorrectMark(t,
                                m.getKey(), other(m.getValue()), "пересмотр работы"));
                    }
                }
            }
            for (StudentId absent : expected.absences().getOrDefault(p.id(), Map.of()).keySet()) {
                if (++n[2] % 30 == 0) {
                    correct(edited, deputy, p.schoolClass(), corrected,
                            new org.ejournal.core.command.CorrectAttendance(p.id(), absent, null, "был на уроке"));
                }
            }
        }

        long rows = 0;
        long nanos = 0;
        for (Map.Entry<ClassId, List<SubjectId>> c : expected.subjects().entrySet()) {
            long start = System.nanoTime();
            org.ejournal.core.view.EditListing listing = edited.edits(GeneratedSchool.DIRECTOR, c.getKey(), first,
                    correctionDay).orElseThrow();
            nanos += System.nanoTime() - start;

            List<org.ejournal.core.view.EntryRef> entries = new ArrayList<>();
            for (SubjectId s : c.getValue()) {
                entries.add(org.ejournal.core.view.EntryRef.thematicPlan(c.getKey(), s));
            }
            for (PlannedLesson p : expected.lessons().values()) {
                if (!p.schoolClass().equals(c.getKey())) {
                    continue;
                }
                entries.add(org.ejournal.core.view.EntryRef.lesson(p.id()));
                if (p.homework() != null) {
                    entries.add(org.ejournal.core.view.EntryRef.homework(p.homework()));
                }
                for (TaskId t : p.tasks()) {
                    entries.add(org.ejournal.core.view.EntryRef.task(t));
                    expected.marks().get(t).keySet()
                            .forEach(pupil -> entries.add(org.ejournal.core.view.EntryRef.mark(t, pupil)));
                }
                expected.absences().getOrDefault(p.id(), Map.of()).keySet()
                        .forEach(pupil -> entries.add(org.ejournal.core.view.EntryRef.attendance(p.id(), pupil)));
            }
            // a period mark is on the page of every class its pupil was in during the period
            expected.periodMarks().forEach((period, byPupil) -> byPupil.forEach((pupil, bySubject) -> {
                if (expected.stays().get(pupil).stream().anyMatch(st -> st.schoolClass().equals(c.getKey()))) {
                    bySubject.keySet().forEach(subject -> entries.add(
                            org.ejournal.core.view.EntryRef.periodMark(pupil, subject, period)));
                }
            }));
            List<String> want = new ArrayList<>();
            TreeMap<Long, String> bySequence = new TreeMap<>();
            for (org.ejournal.core.view.EntryRef e : entries) {
                edited.history(GeneratedSchool.DIRECTOR, e).orElseThrow().revisions()
                        .forEach(r -> bySequence.put(r.sequence(), r.sequence() + " " + e.describe()));
            }
            want.addAll(bySequence.values());
            List<String> shown = listing.edits().stream().map(e -> e.sequence() + " " + e.entry().describe()).toList();
            assertThat(shown).as("edit listing of %s", c.getKey()).isEqualTo(want);
            assertThat(edited.edits(GeneratedSchool.DIRECTOR, c.getKey(), correctionDay, correctionDay).orElseThrow()
                    .edits()).as("corrections in %s", c.getKey())
                    .hasSize(corrected.getOrDefault(c.getKey(), 0))
                    .allMatch(e -> e.actor().equals(deputy) && e.reason().isPresent()
                            && e.change() != org.ejournal.core.view.Revision.Change.CREATED);
            rows += shown.size();
        }
        assertThat(rows).as("rows of all the class journals' listings").isGreaterThan(edited.size() / 2);
        // every 25th lesson's topic, every 40th and 170th mark, every 30th absence
        long lessons = expected.lessons().size();
        long marks = expected.markCount();
        assertThat((long) corrected.values().stream().mapToInt(Integer::intValue).sum()).as("corrections made")
                .isEqualTo((lessons + 24) / 25 + marks / 40 + marks / 170 - marks / 680 + expected.absenceCount() / 30)
                .isGreaterThan(1000);
        System.out.printf("edit listings of %d classes: %d rows in %d ms%n", expected.subjects().size(), rows,
                nanos / 1_000_000);
        // every class journal of a quarter listed in a few seconds even on a loaded machine: not a scan per row
        assertThat(nanos / 1_000_000).as("milliseconds for every class's listing").isLessThan(10_000);
    }

    private static void correct(Journal journal, Actor actor, ClassId schoolClass, Map<ClassId, Integer> corrected,
            org.ejournal.core.command.Command command) {
        Outcome outcome = journal.execute(actor, command);
        assertThat(outcome.violations()).as("%s", command).isEmpty();
        corrected.merge(schoolClass, 1, Integer::sum);
    }

    private static MarkValue other(MarkValue value) {
        if (value.scale().equals(org.ejournal.core.model.PassFail.ID)) {
            return value.equals(org.ejournal.core.model.PassFail.PASS) ? org.ejournal.core.model.PassFail.FAIL
                    : org.ejournal.core.model.PassFail.PASS;
        }
        return org.ejournal.core.model.FivePoint.of(value.symbol().equals("5") ? 4 : 5);
    }

    private static List<PlannedLesson> plannedLessons(ClassId c, SubjectId s) {
        List<PlannedLesson> out = new ArrayList<>();
        for (PlannedLesson p : expected.lessons().values()) {
            if (p.schoolClass().equals(c) && p.subject().equals(s)) {
                out.add(p);
            }
        }
        out.sort(SLOT_ORDER);
        return out;
    }

    /** Lessons by day, then number; parallel lessons of two groups by identifier. */
    private static final Comparator<PlannedLesson> SLOT_ORDER = Comparator.comparing(PlannedLesson::date)
            .thenComparingInt(PlannedLesson::number).thenComparing(p -> p.id().value());

    /** The page's documented order: Russian alphabetical by surname, given name, patronymic, then identifier. */
    private static final java.text.Collator RUSSIAN = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("ru"));
    private static final Comparator<StudentId> JOURNAL_ORDER = Comparator
            .comparing((StudentId s) -> name(s).surname(), RUSSIAN)
            .thenComparing(s -> name(s).givenName(), RUSSIAN)
            .thenComparing(s -> name(s).patronymic() == null ? "" : name(s).patronymic(), RUSSIAN)
            .thenComparing(StudentId::value);

    private static PersonName name(StudentId s) {
        return expected.pupils().get(s);
    }
}
