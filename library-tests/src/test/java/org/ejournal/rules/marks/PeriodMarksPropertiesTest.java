package org.ejournal.rules.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.marks.MarkingSchool.weekdays;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.model.TaskType;
import org.ejournal.rules.AveragingPolicy;
import org.ejournal.rules.AveragingPolicy.Method;
import org.ejournal.rules.AveragingPolicy.Rounding;
import org.ejournal.rules.PeriodMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Suggestion;
import org.ejournal.testkit.gen.Gen;
import org.ejournal.testkit.gen.Values;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * {@link PeriodMarks#suggest} (§5a) as a property over random five-point marks, task types, task weights
 * and averaging policies, all drawn from the test kit's {@link Values}. The worked examples are in
 * rules' {@code PeriodMarksTest}. The seed is fixed.
 */
class PeriodMarksPropertiesTest {

    private static final long SEED = 20_261_005L;

    private static Profile policy(Method method, Rounding rounding) {
        return Profile.builder().policyVersion("тест " + method + " " + rounding)
                .averaging(AveragingPolicy.defaults().withMethod(method).withRounding(rounding)).build();
    }

    /** One mark: its value (five-point), its task's type and the task's weight. */
    record Entry(MarkValue mark, TaskType taskType, int weight) {
        int five() {
            return Integer.parseInt(mark.symbol());
        }
    }

    /** Ivanova's marks in the first quarter, a policy, and which mark to raise (modulo their number). */
    record Case(List<Entry> entries, Method method, Rounding rounding, int which) {
    }

    private static Gen<Case> cases() {
        Gen<Entry> entry = r -> new Entry(Values.fivePointMarks().next(r), Values.taskTypes().next(r),
                Values.taskWeights().next(r));
        Gen<List<Entry>> entries = Gen.listOf(entry, 1, 9);
        return r -> new Case(entries.next(r), Values.enums(Method.class).next(r), Values.enums(Rounding.class).next(r),
                Gen.ints(0, 8).next(r));
    }

    @Test
    void raising_one_mark_never_lowers_the_suggestion_which_always_lies_between_2_and_5() {
        int[] raised = {0};
        qt().withFixedSeed(SEED).withExamples(200).withShrinkCycles(100)
                .forAll(QuickTheoriesGens.of(cases()))
                .checkAssert(c -> {
                    List<Entry> entries = c.entries();
                    Profile profile = policy(c.method(), c.rounding());
                    MarkingSchool s = MarkingSchool.withoutRules();
                    List<TaskId> tasks = new ArrayList<>();
                    List<LocalDate> days = weekdays(LocalDate.of(2026, 9, 7), entries.size());
                    for (int i = 0; i < entries.size(); i++) {
                        TaskId task = s.task(s.mathLesson(days.get(i)), entries.get(i).taskType(),
                                entries.get(i).weight());
                        s.mark(task, IVANOVA, entries.get(i).mark());
                        tasks.add(task);
                    }
                    Suggestion before = PeriodMarks.suggest(s.view(), IVANOVA, MATH, Q1, profile);
                    int suggested = five(before.mark());
                    assertThat(suggested).as("suggestion for %s under %s", entries, profile.averaging())
                            .isBetween(2, 5);

                    int i = c.which() % entries.size();
                    if (entries.get(i).five() < 5) {
                        s.school.accept(MATH_TEACHER, new CorrectMark(tasks.get(i), IVANOVA,
                                FivePoint.of(entries.get(i).five() + 1), "пересмотр"));
                        Suggestion after = PeriodMarks.suggest(s.view(), IVANOVA, MATH, Q1, profile);
                        assertThat(after.mean().orElseThrow()).isGreaterThanOrEqualTo(before.mean().orElseThrow());
                        assertThat(five(after.mark())).as("after raising mark %d of %s under %s", i, entries,
                                profile.averaging()).isGreaterThanOrEqualTo(suggested);
                        raised[0]++;
                    }
                });
        assertThat(raised[0]).as("examples that raised a mark").isGreaterThan(100);
    }

    private static int five(Optional<MarkValue> mark) {
        MarkValue m = mark.orElseThrow(() -> new AssertionError("no suggestion"));
        assertThat(m.scale()).isEqualTo(FivePoint.ID);
        return Integer.parseInt(m.symbol());
    }
}
