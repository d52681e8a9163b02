package org.ejournal.testkit.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.DefineSubject;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.MovementKind;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.junit.jupiter.api.Test;

/** The knobs shape the school: classes, pupils, weeks, subjects, families, substitutions, movements. */
class KnobsAreRespectedTest {

    private static ImmutableSchoolKnobs.Builder tiny() {
        return SchoolKnobs.builder().seed(3).minPupils(5).maxPupils(8).weeks(1);
    }

    @Test
    void each_grade_has_the_classes_asked_named_by_letter() {
        GeneratedSchool school = SchoolGenerator.generate(tiny()
                .classesPerGrade(List.of(0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 3)).build());

        assertThat(school.expected().classNames().values()).containsExactly("2А", "2Б", "4А", "11А", "11Б", "11В");
        Map<Integer, Long> perGrade = new TreeMap<>(school.expected().grades().values().stream()
                .collect(Collectors.groupingBy(g -> g, Collectors.counting())));
        assertThat(perGrade).isEqualTo(Map.of(2, 2L, 4, 1L, 11, 3L));
        assertThat(school.knobs().classCount()).isEqualTo(6);
    }

    @Test
    void every_class_starts_the_year_with_between_the_fewest_and_the_most_pupils() {
        GeneratedSchool school = SchoolGenerator.generate(tiny().minPupils(7).maxPupils(11)
                .classesPerGrade(List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2)).build());

        for (ClassId c : school.expected().grades().keySet()) {
            assertThat(school.expected().pupilsOf(c, GeneratedSchool.YEAR_FIRST)).as("pupils of %s", c)
                    .hasSizeBetween(7, 11);
        }
        assertThat(school.expected().grades().keySet().stream()
                .map(c -> school.expected().pupilsOf(c, GeneratedSchool.YEAR_FIRST).size()).distinct().count())
                .as("classes differ in size").isGreaterThan(1);
    }

    @Test
    void the_weeks_recorded_are_those_asked() {
        for (int weeks : List.of(1, 3)) {
            GeneratedSchool school = SchoolGenerator.generate(tiny().weeks(weeks)
                    .classesPerGrade(List.of(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0)).build());

            LocalDate last = GeneratedSchool.YEAR_FIRST.plusDays(7L * weeks - 1);
            assertThat(school.lastDay()).isEqualTo(last);
            assertThat(school.expected().schoolDays()).as("Tuesday to Monday, five school days a week")
                    .hasSize(5 * weeks).allMatch(d -> !d.isAfter(last));
            assertThat(school.steps()).allMatch(s -> s.at().isBefore(school.end()));
            assertThat(school.expected().lessons().values()).allMatch(l -> !l.date().isAfter(last));
            assertThat(school.expected().lessons().values().stream().map(ExpectedSchool.PlannedLesson::date)
                    .distinct().count()).isEqualTo(5L * weeks);
        }
    }

    @Test
    void thirty_nine_weeks_are_the_whole_school_year_with_every_period_ending_in_it() {
        GeneratedSchool school = SchoolGenerator.generate(SchoolKnobs.builder().seed(39).weeks(39)
                .classesPerGrade(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0)).minPupils(3).maxPupils(3)
                .subjects(EnumSet.of(CurriculumSubject.MATHEMATICS)).lateEnrolments(0).transfers(0).withdrawals(0)
                .build());

        assertThat(school.lastDay()).isEqualTo(GeneratedSchool.YEAR_LAST);
        assertThat(school.expected().closedPeriods()).as("closed the day after they end; the last ones end on 31 May")
                .containsExactly(GeneratedSchool.FIRST_QUARTER, StudyPeriodId.of("2026-q2"),
                        GeneratedSchool.FIRST_HALF_YEAR, StudyPeriodId.of("2026-q3"));
        assertThat(school.expected().periodMarks()).containsOnlyKeys(GeneratedSchool.FIRST_HALF_YEAR,
                StudyPeriodId.of("2026-h2"), GeneratedSchool.WHOLE_YEAR);
        assertThat(school.expected().periodMarks().get(GeneratedSchool.WHOLE_YEAR)).hasSize(3);
    }

    @Test
    void only_the_subjects_asked_are_defined_planned_and_taught() {
        Set<CurriculumSubject> asked = EnumSet.of(CurriculumSubject.MATHEMATICS, CurriculumSubject.PHYSICAL_EDUCATION);
        GeneratedSchool school = SchoolGenerator.generate(tiny().subjects(asked)
                .classesPerGrade(List.of(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1)).build());
        Set<SubjectId> ids = Set.of(CurriculumSubject.MATHEMATICS.id(), CurriculumSubject.PHYSICAL_EDUCATION.id());

        assertThat(school.steps()).filteredOn(s -> s.command() instanceof DefineSubject)
                .extracting(s -> ((DefineSubject) s.command()).id()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(school.expected().subjects().values()).allMatch(list -> Set.copyOf(list).equals(ids));
        assertThat(school.expected().lessons().values()).extracting(ExpectedSchool.PlannedLesson::subject)
                .containsOnlyElementsOf(ids);
    }

    @Test
    void the_families_follow_the_guardian_knobs() {
        GeneratedSchool none = SchoolGenerator.generate(tiny().guardianPercent(0)
                .classesPerGrade(List.of(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)).build());
        assertThat(none.expected().guardians()).isEmpty();
        assertThat(none.steps()).noneMatch(s -> s.command() instanceof RegisterGuardian);

        GeneratedSchool paper = SchoolGenerator.generate(tiny().guardianPercent(100).withoutElectronicAccessPercent(100)
                .classesPerGrade(List.of(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)).build());
        assertThat(paper.expected().guardians()).hasSameSizeAs(paper.expected().pupils());
        assertThat(paper.steps()).filteredOn(s -> s.command() instanceof RegisterGuardian)
                .allMatch(s -> !((RegisterGuardian) s.command()).electronicAccess());
        assertThat(paper.expected().paperReports()).as("a report a week for each child").isGreaterThan(0);
    }

    @Test
    void substitutions_follow_their_share() {
        ImmutableSchoolKnobs.Builder knobs = tiny().weeks(2).classesPerGrade(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(SchoolGenerator.generate(knobs.substitutionPercent(0).build()).expected().substitutionCount())
                .isZero();
        GeneratedSchool often = SchoolGenerator.generate(knobs.substitutionPercent(20).build());
        long lessons = often.expected().lessons().size();
        assertThat(often.expected().substitutionCount()).isBetween(lessons / 10, lessons * 3 / 10);
        assertThat(often.expected().lessons().values()).filteredOn(l -> l.substitute() != null)
                .allMatch(l -> !l.substitute().equals(l.teacher()));
    }

    @Test
    void pupils_join_move_and_leave_as_many_times_as_asked() {
        GeneratedSchool school = SchoolGenerator.generate(tiny().weeks(2).lateEnrolments(2).transfers(1).withdrawals(3)
                .classesPerGrade(List.of(2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0)).build());
        Map<MovementKind, Long> moves = school.steps().subList(school.setUpSteps().size(), school.steps().size())
                .stream().filter(s -> s.command() instanceof RecordMovement)
                .collect(Collectors.groupingBy(s -> ((RecordMovement) s.command()).kind(), Collectors.counting()));

        assertThat(moves).containsEntry(MovementKind.TRANSFER, 1L).containsEntry(MovementKind.WITHDRAWAL, 3L)
                .containsEntry(MovementKind.ENROLMENT, 2L);
        assertThat(school.expected().stays().values()).filteredOn(s -> s.size() == 2).hasSize(1);
    }

    @Test
    void corrected_marks_are_entered_one_off_and_put_right_the_same_day_and_nothing_else_changes() {
        ImmutableSchoolKnobs.Builder knobs = tiny().weeks(2).classesPerGrade(List.of(0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0));
        GeneratedSchool plain = SchoolGenerator.generate(knobs.build());
        GeneratedSchool school = SchoolGenerator.generate(knobs.correctionPerMille(100).build());
        Map<TaskId, Map<StudentId, MarkValue>> corrected = school.expected().correctedMarks();
        long count = corrected.values().stream().mapToLong(Map::size).sum();
        List<Step> corrections = school.steps().stream().filter(s -> s.command() instanceof CorrectMark).toList();

        assertThat(plain.expected().correctedMarks()).isEmpty();
        assertThat(count).isEqualTo(corrections.size()).isBetween(school.expected().markCount() / 20,
                school.expected().markCount() * 3 / 20);
        assertThat(school.expected().marks()).isEqualTo(plain.expected().marks());
        List<Step> rest = school.steps().stream().filter(s -> !(s.command() instanceof CorrectMark)).toList();
        assertThat(rest).hasSameSizeAs(plain.steps());
        for (int i = 0; i < rest.size(); i++) {
            Step step = rest.get(i);
            if (step.command() instanceof RecordMark m && corrected.getOrDefault(m.task(), Map.of())
                    .containsKey(m.student())) {
                MarkValue first = corrected.get(m.task()).get(m.student());
                assertThat(m.value()).isEqualTo(first).isNotEqualTo(school.expected().marks().get(m.task())
                        .get(m.student()));
                assertThat(step.at()).isEqualTo(plain.steps().get(i).at());
            } else {
                assertThat(step).isEqualTo(plain.steps().get(i));
            }
        }
        for (Step c : corrections) {
            CorrectMark m = (CorrectMark) c.command();
            assertThat(m.reason()).startsWith("ошибка при вводе");
            Step entered = rest.stream().filter(s -> s.command() instanceof RecordMark r && r.task().equals(m.task())
                    && r.student().equals(m.student())).findFirst().orElseThrow();
            assertThat(c.at()).isAfter(entered.at());
            assertThat(c.at().atZone(school.knobs().zone()).toLocalDate())
                    .isEqualTo(entered.at().atZone(school.knobs().zone()).toLocalDate());
            assertThat(c.actor()).isEqualTo(entered.actor());
        }

        Replay replay = school.replay();
        assertThat(replay.rejectedSteps()).isEmpty();
        assertThat(Findings.atEntry(school, replay)).isEmpty();
        assertThat(replay.audit().findings()).isEmpty();
        corrected.forEach((task, pupils) -> pupils.forEach((pupil, first) -> {
            Optional<MarkValue> now = replay.journal().inspect(v -> v.mark(task, pupil));
            assertThat(now).contains(school.expected().marks().get(task).get(pupil));
            List<Revision> history = replay.journal().inspect(v -> v.history(EntryRef.mark(task, pupil)));
            assertThat(history).hasSize(2);
        }));
    }

    @Test
    void invalid_knobs_are_refused_naming_the_knob() {
        List<Runnable> bad = List.of(
                () -> SchoolKnobs.builder().classesPerGrade(List.of(1, 1, 1)).build(),
                () -> SchoolKnobs.builder().classesPerGrade(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).build(),
                () -> SchoolKnobs.builder().classesPerGrade(List.of(6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).build(),
                () -> SchoolKnobs.builder().weeks(0).build(),
                () -> SchoolKnobs.builder().weeks(40).build(),
                () -> SchoolKnobs.builder().minPupils(10).maxPupils(9).build(),
                () -> SchoolKnobs.builder().maxPupils(41).build(),
                () -> SchoolKnobs.builder().subjects(Set.of()).build(),
                () -> SchoolKnobs.builder().guardianPercent(101).build(),
                () -> SchoolKnobs.builder().illnessPerMille(-1).build(),
                () -> SchoolKnobs.builder().correctionPerMille(1001).build(),
                () -> SchoolKnobs.builder().transfers(-1).build(),
                () -> Mistakes.none().with(MistakeKind.LATE_MARK, 1001),
                () -> CurriculumSubject.MATHEMATICS.hoursPerWeek(12));
        for (Runnable r : bad) {
            assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1001");
        }
    }

    @Test
    void mistakes_are_shares_of_each_kind() {
        assertThat(Mistakes.none().isNone()).isTrue();
        assertThat(Mistakes.everyKind(0)).isEqualTo(Mistakes.none());
        Mistakes some = Mistakes.none().with(MistakeKind.LATE_MARK, 5).with(MistakeKind.MISSING_TOPIC, 10);
        assertThat(some.perMille(MistakeKind.LATE_MARK)).isEqualTo(5);
        assertThat(some.perMille(MistakeKind.LATE_LESSON)).isZero();
        assertThat(some.shares().keySet()).containsExactly(MistakeKind.LATE_MARK, MistakeKind.MISSING_TOPIC);
        assertThat(some.with(MistakeKind.LATE_MARK, 0).shares()).containsOnlyKeys(MistakeKind.MISSING_TOPIC);
        assertThat(SchoolKnobs.defaults().mistakes()).isEqualTo(Mistakes.none());
    }
}
