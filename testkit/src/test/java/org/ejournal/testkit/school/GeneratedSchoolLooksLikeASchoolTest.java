package org.ejournal.testkit.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ejournal.core.model.ClassId;
import org.ejournal.testkit.school.ExpectedSchool.PlannedLesson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated school looks like a school: a timetable from the curriculum loads, no teacher in two
 * places, homework on most lessons, a colleague substituting now and then, a topic on every lesson.
 *
 * <p>That its expected model is what the journal reads back — every page, every diary, every edit
 * listing — and that its marks and absences are distributed like a school's is checked, on a whole
 * first quarter of the default school, by the library's own {@code WholeSchoolTest} (module
 * library-tests), which holds the stronger versions of the checks this test made too.
 */
class GeneratedSchoolLooksLikeASchoolTest {

    private static ExpectedSchool expected;

    @BeforeAll
    static void generateThreeWeeks() {
        GeneratedSchool school = SchoolGenerator.generate(SchoolKnobs.builder().seed(2027)
                .classesPerGrade(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).minPupils(18).maxPupils(28).weeks(3)
                .build());
        expected = school.expected();
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
    void homework_substitutions_and_topics_are_like_a_schools() {
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
