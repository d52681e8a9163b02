package org.ejournal.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ejournal.core.Actor;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.*;
import org.junit.jupiter.api.Test;

/** {@link Commands#over(Universe)} and {@link Commands#historiesOver(Universe, int)}. */
class CommandsOverAUniverseTest {

    private static final Actor TEACHER = Actor.staff(StaffId.of("t-1"));
    private static final TaskId TASK = TaskId.of("task-1");

    private static Universe universe() {
        return Universe.of(SchoolYearId.of("y"), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
                LocalDate.of(2026, 10, 5), ZoneId.of("Asia/Kamchatka"),
                List.of(StudentId.of("s-1"), StudentId.of("s-2")), List.of(ClassId.of("5a")),
                List.of(GroupId.of("5a-g1")), List.of(SubjectId.of("math")), List.of(StaffId.of("t-1")),
                List.of(StaffId.of("clerk")), List.of(StudyPeriodId.of("q1")), List.of(GuardianId.of("g-1")),
                List.of(LessonId.of("l-1")), List.of(TASK), List.of(TEACHER));
    }

    @Test
    void the_same_seed_gives_the_same_histories() {
        assertThat(Commands.historiesOver(universe(), 20).sample(7L, 30).toString())
                .isEqualTo(Commands.historiesOver(universe(), 20).sample(7L, 30).toString());
    }

    @Test
    void histories_are_as_long_as_asked_and_sent_by_plausible_actors() {
        List<List<Attempt>> histories = Commands.historiesOver(universe(), 20).sample(1L, 200);
        Set<Integer> lengths = new HashSet<>();
        int byKnown = 0;
        int all = 0;
        for (List<Attempt> h : histories) {
            lengths.add(h.size());
            for (Attempt a : h) {
                all++;
                if (a.actor().equals(TEACHER)) {
                    byKnown++;
                }
            }
        }
        assertThat(lengths).allMatch(n -> n >= 1 && n <= 20).contains(1, 20);
        assertThat(byKnown).isGreaterThan(all * 8 / 10).isLessThan(all);
    }

    @Test
    void attempts_mostly_refer_to_the_universe_and_cover_many_kinds_of_command() {
        List<Attempt> attempts = Commands.over(universe()).sample(3L, 2000);
        Set<Class<?>> kinds = new HashSet<>();
        int marks = 0;
        int marksOfKnownTask = 0;
        for (Attempt a : attempts) {
            Command c = a.command();
            kinds.add(c.getClass());
            if (c instanceof RecordMark m) {
                marks++;
                if (m.task().equals(TASK)) {
                    marksOfKnownTask++;
                }
            }
        }
        assertThat(kinds.size()).isGreaterThan(25);
        assertThat(marks).isPositive();
        assertThat(marksOfKnownTask).isGreaterThan(marks * 3 / 4);
    }

    @Test
    void a_universe_needs_something_to_refer_to() {
        Universe u = universe();
        assertThatThrownBy(() -> Universe.of(u.year(), u.firstDay(), u.lastDay(), u.monday(), u.zone(), List.of(),
                u.classes(), u.groups(), u.subjects(), u.teachers(), u.otherStaff(), u.periods(), u.guardians(),
                u.lessons(), u.tasks(), u.actors())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commands.historiesOver(u, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
