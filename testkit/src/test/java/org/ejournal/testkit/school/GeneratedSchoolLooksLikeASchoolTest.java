package org.ejournal.testkit.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.view.JournalPage;
import org.ejournal.testkit.school.ExpectedSchool.PlannedLesson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated school looks like a school — a timetable from the curriculum loads, no teacher in two
 * places, realistic marks and absences — and its expected model is what the journal reads back.
 */
class GeneratedSchoolLooksLikeASchoolTest {

    private static GeneratedSchool school;
    private static ExpectedSchool expected;
    private static Replay replay;

    @BeforeAll
    static void recordThreeWeeks() {
        school = SchoolGenerator.generate(SchoolKnobs.builder().seed(2027)
                .classesPerGrade(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).minPupils(18).maxPupils(28).weeks(3)
                .build());
        expected = school.expected();
        replay = school.replay();
    }

    @Test
    void every_page_shows_exactly_the_lessons_tasks_marks_and_absences_expected() {
        assertThat(replay.rejectedSteps()).isEmpty();
        long marks = 0;
        long absences = 0;
        for (Map.Entry<ClassId, List<SubjectId>> entry : expected.subjects().entrySet()) {
            ClassId c = entry.getKey();
            for (SubjectId s : entry.getValue()) {
                JournalPage page = replay.journal().page(GeneratedSchool.DIRECTOR, c, s, expected.firstPeriods().get(c))
                        .orElseThrow();
                List<PlannedLesson> planned = expected.lessons().values().stream()
                        .filter(l -> l.schoolClass().equals(c) && l.subject().equals(s)).toList();
                assertThat(page.columns()).as("lessons of %s/%s", c, s).extracting(col -> col.lesson().id())
                        .containsExactlyInAnyOrderElementsOf(planned.stream().map(PlannedLesson::id).toList());
                for (JournalPage.Row row : page.rows()) {
                    Map<TaskId, MarkValue> wantMarks = new HashMap<>();
                    Map<LessonId, String> wantAbsences = new HashMap<>();
                    for (PlannedLesson p : planned) {
                        p.tasks().forEach(t -> {
                            MarkValue v = expected.marks().get(t).get(row.student());
                            if (v != null) {
                                wantMarks.put(t, v);
                            }
                        });
                        String code = expected.absences().getOrDefault(p.id(), Map.of()).get(row.student());
                        if (code != null) {
                            wantAbsences.put(p.id(), code);
                        }
                    }
                    Map<LessonId, String> shown = new HashMap<>();
                    row.attendance().forEach((l, code) -> shown.put(l, code.code()));
                    assertThat(row.marks()).as("marks of %s in %s/%s", row.student(), c, s).isEqualTo(wantMarks);
                    assertThat(shown).as("absences of %s in %s/%s", row.student(), c, s).isEqualTo(wantAbsences);
                    marks += row.marks().size();
                    absences += row.attendance().size();
                }
            }
        }
        assertThat(marks).isEqualTo(expected.markCount());
        assertThat(absences).isEqualTo(expected.absenceCount());
    }

    @Test
    void the_timetable_gives_each_subject_its_weekly_hours_and_no_teacher_two_places_at_once() {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        for (ClassId c : expected.grades().keySet()) {
            int grade = expected.grades().get(c);
            for (CurriculumSubject s : CurriculumSubject.values()) {
                Map<String, Long> perGroup = new TreeMap<>();
                expected.lessons().values().stream()
                        .filter(l -> l.schoolClass().equals(c) && l.subject().equals(s.id())
                                && !l.date().isBefore(monday) && !l.date().isAfter(monday.plusDays(4)))
                        .forEach(l -> perGroup.merge(l.group() == null ? "class" : l.group().value(), 1L, Long::sum));
                if (s.hoursPerWeek(grade) == 0) {
                    assertThat(perGroup).as("%s in %s", s, c).isEmpty();
                } else {
                    assertThat(perGroup.values()).as("%s in %s", s, c).containsOnly((long) s.hoursPerWeek(grade));
                }
            }
        }
        Set<String> slots = new HashSet<>();
        for (PlannedLesson l : expected.lessons().values()) {
            String who = (l.substitute() == null ? l.teacher() : l.substitute()).value();
            assertThat(slots.add(who + " " + l.date() + " " + l.number())).as("%s twice at %s %d", who, l.date(),
                    l.number()).isTrue();
        }
        assertThat(expected.lessons().values()).allMatch(l -> l.date().getDayOfWeek() != DayOfWeek.SATURDAY
                && l.date().getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @Test
    void marks_absences_and_homework_are_distributed_like_a_schools() {
        double absent = (double) expected.absenceCount() / expected.attendanceSlots();
        assertThat(absent).as("share of missed or late pupil-lessons").isBetween(0.03, 0.10);
        Map<String, Long> codes = new TreeMap<>();
        expected.absences().values().forEach(m -> m.values().forEach(c -> codes.merge(c, 1L, Long::sum)));
        assertThat(codes).containsOnlyKeys("н", "б", "у", "оп");
        assertThat(codes.get("б")).as("illness is the commonest reason").isGreaterThan(codes.get("н"));

        Map<String, Long> marks = new TreeMap<>();
        expected.marks().values().forEach(m -> m.values().forEach(v -> marks.merge(v.symbol(), 1L, Long::sum)));
        long fivePoint = marks.entrySet().stream().filter(e -> e.getKey().matches("[1-5]"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat((double) (marks.get("4") + marks.get("5")) / fivePoint).as("share of 4 and 5").isBetween(0.55, 0.85);
        assertThat((double) marks.get("2") / fivePoint).as("share of 2").isBetween(0.02, 0.12);
        assertThat((double) marks.getOrDefault("1", 0L) / fivePoint).as("share of 1").isLessThan(0.02);
        assertThat(marks).as("pass/fail in ОРКСЭ").containsKey("зач");

        List<PlannedLesson> firstGrade = expected.lessons().values().stream()
                .filter(l -> expected.grades().get(l.schoolClass()) == 1).toList();
        assertThat(firstGrade).isNotEmpty().allMatch(l -> l.tasks().isEmpty() && l.homework() == null);
        List<PlannedLesson> homeworkable = expected.lessons().values().stream()
                .filter(l -> expected.grades().get(l.schoolClass()) > 1 && !l.subject().value().equals("pe")).toList();
        double withHomework = homeworkable.stream().filter(l -> l.homework() != null).count()
                / (double) homeworkable.size();
        assertThat(withHomework).as("share of lessons with homework").isBetween(0.6, 0.8);
        assertThat(expected.substitutionCount()).as("a colleague substitutes now and then").isPositive();
        assertThat(expected.lessons().values()).as("topics from the thematic plan").allMatch(l -> l.topic() != null);
    }
}
