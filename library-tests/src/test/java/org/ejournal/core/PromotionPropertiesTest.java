package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.ejournal.core.command.PromoteClass;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.model.*;
import org.ejournal.testkit.gen.Gen;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * A promotion order as a property: over random classes (pupils moved between 5А and 5Б or withdrawn
 * during the year), random default targets, days and individual decisions (valid and not), the order
 * is accepted exactly when an independent oracle of the regulation says it fits; an accepted order
 * moves every pupil of the class exactly once and leaves the journal exactly as the equivalent
 * {@link RecordMovement}s, sent one by one, would; a refused one changes nothing. Scenarios are drawn
 * as a test-kit {@link Gen}, through {@link QuickTheoriesGens}. Seeds are fixed.
 */
class PromotionPropertiesTest {

    private static final long SEED = 20_270_528L;
    private static final OrderRef ORDER = OrderRef.of("88-у", LocalDate.of(2027, 5, 28));
    /** Grades and years of the classes, as this test declares them. */
    private static final Map<ClassId, Integer> GRADE = Map.of(C5A, 5, C5B, 5, C5A_NEXT, 5, C6A, 6, C6B, 6);
    private static final Set<ClassId> NEXT = Set.of(C5A_NEXT, C6A, C6B);

    /** What happened in the year before the order: a transfer or a withdrawal of one pupil. */
    record Before(StudentId pupil, ClassId to, LocalDate day) {
        RecordMovement command() {
            return to == null ? RecordMovement.withdrawal(pupil, order("20-у"), day)
                    : RecordMovement.transfer(pupil, to, order("20-у"), day);
        }
    }

    record Scenario(List<Before> before, PromoteClass order) {
        @Override
        public String toString() {
            return before + " then " + order;
        }
    }

    private static final List<StudentId> PUPILS = List.of(IVANOVA, PETROV, SIDOROV, ALEKSEEVA, KUZNETSOV);

    static Scenario scenario(RandomGenerator r) {
        List<Before> before = new ArrayList<>();
        Set<StudentId> moved = new HashSet<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            StudentId p = PUPILS.get(r.nextInt(PUPILS.size()));
            if (moved.add(p)) {
                LocalDate day = LocalDate.of(2027, 2, 1).plusDays(r.nextInt(60));
                ClassId to = r.nextInt(4) == 0 ? null : p.equals(KUZNETSOV) ? C5A : C5B;
                before.add(new Before(p, to, day));
            }
        }
        List<ClassId> defaults = java.util.Arrays.asList(C6A, C6B, null, C5A_NEXT, C5B);
        ClassId to = defaults.get(r.nextInt(r.nextInt(4) == 0 ? defaults.size() : 1));
        List<LocalDate> days = List.of(NEXT_FIRST, NEXT_FIRST.plusDays(14), YEAR_LAST, LocalDate.of(2027, 8, 31),
                NEXT_LAST.plusDays(1));
        LocalDate effective = days.get(r.nextInt(r.nextInt(4) == 0 ? days.size() : 1));
        List<PupilDecision> decisions = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            StudentId p = PUPILS.get(r.nextInt(PUPILS.size()));
            decisions.add(switch (r.nextInt(7)) {
                case 0 -> PupilDecision.conditionalPromotion(p, Set.of(MATH));
                case 1 -> PupilDecision.repetition(p, C5A_NEXT);
                case 2 -> PupilDecision.promotion(p, C6B);
                case 3 -> PupilDecision.conditionalPromotion(p, C6B, Set.of(RUSSIAN, PE));
                case 4 -> PupilDecision.repetition(p, C6A);
                case 5 -> PupilDecision.graduation(p);
                default -> PupilDecision.promotion(p, C5B);
            });
        }
        return new Scenario(before, new PromoteClass(r.nextInt(5) == 0 ? C5B : C5A, to, ORDER, effective,
                decisions));
    }

    /** The class's pupils after what happened before, in the order they joined it. */
    private static List<StudentId> pupilsOf(ClassId c, List<Before> before) {
        Set<StudentId> out = new LinkedHashSet<>();
        for (StudentId p : PUPILS) {
            if ((p.equals(KUZNETSOV) ? C5B : C5A).equals(c)) {
                out.add(p);
            }
        }
        for (Before b : before) {
            out.remove(b.pupil());
            if (c.equals(b.to())) {
                out.add(b.pupil());
            }
        }
        return new ArrayList<>(out);
    }

    /** The oracle: whether the order fits the regulation, read from this test's declarations only. */
    static boolean fits(Scenario s) {
        PromoteClass o = s.order();
        List<StudentId> pupils = pupilsOf(o.schoolClass(), s.before());
        Set<StudentId> named = new HashSet<>();
        for (PupilDecision d : o.exceptions()) {
            if (!named.add(d.student()) || !pupils.contains(d.student())) {
                return false;
            }
        }
        if (pupils.isEmpty() || !o.effective().isAfter(YEAR_LAST)) {
            return false;
        }
        boolean anyTarget = o.to() != null;
        if (o.to() != null && (!NEXT.contains(o.to()) || GRADE.get(o.to()) != 6)) {
            return false;
        }
        if (o.to() == null && pupils.size() > o.exceptions().size()) {
            return false; // the default would graduate a fifth grade
        }
        for (PupilDecision d : o.exceptions()) {
            ClassId target = d.to() != null ? d.to() : d.kind() == MovementKind.CONDITIONAL_PROMOTION ? o.to() : null;
            int grade = d.kind() == MovementKind.REPETITION ? 5 : 6;
            if (d.kind() == MovementKind.GRADUATION || target == null || !NEXT.contains(target)
                    || GRADE.get(target) != grade) {
                return false;
            }
            anyTarget = true;
        }
        return !anyTarget || !o.effective().isBefore(NEXT_FIRST) && !o.effective().isAfter(NEXT_LAST);
    }

    private static SchoolFixture schoolOf(Scenario s) {
        SchoolFixture f = SchoolFixture.create();
        f.openTheNextYear();
        s.before().forEach(b -> f.accept(ADMIN, b.command()));
        return f;
    }

    @Test
    void an_order_moves_every_pupil_once_as_the_equivalent_movements_would_or_nothing_at_all() {
        int[] outcomes = new int[2];
        qt().withFixedSeed(SEED).withExamples(200).withShrinkCycles(200)
                .forAll(QuickTheoriesGens.of((Gen<Scenario>) PromotionPropertiesTest::scenario))
                .checkAssert(s -> {
                    SchoolFixture byOrder = schoolOf(s);
                    List<StudentId> pupils = pupilsOf(s.order().schoolClass(), s.before());
                    Map<StudentId, Integer> movesBefore = new java.util.HashMap<>();
                    PUPILS.forEach(p -> movesBefore.put(p, byOrder.state().movements(p).size()));
                    long size = byOrder.journal.size();

                    Outcome o = byOrder.journal.execute(ADMIN, s.order());

                    assertThat(o.isAccepted()).as("accepted, as the oracle says: %s", o.violations())
                            .isEqualTo(fits(s));
                    if (!o.isAccepted()) {
                        outcomes[1]++;
                        assertThat(o.violations()).isNotEmpty().allMatch(Violation::isBlocking);
                        assertThat(byOrder.journal.size()).isEqualTo(size);
                        assertThat(SchoolFixture.stateOf(Journal.builder().school(school()).store(byOrder.store)
                                .clock(byOrder.clock).build())).isEqualTo(byOrder.state());
                        return;
                    }
                    outcomes[0]++;
                    assertThat(byOrder.journal.size()).isEqualTo(size + 1);
                    for (StudentId p : PUPILS) {
                        int moves = byOrder.state().movements(p).size() - movesBefore.get(p);
                        assertThat(moves).as("movements of %s", p).isEqualTo(pupils.contains(p) ? 1 : 0);
                    }
                    assertThat(byOrder.state().pupilsIn(s.order().schoolClass())).isEmpty();

                    SchoolFixture byMovements = schoolOf(s);
                    for (StudentId p : pupils) {
                        byMovements.accept(ADMIN, s.order().movementOf(p));
                    }
                    // the same facts; only the number of events differs, one order against a movement a pupil
                    assertThat(byOrder.state().differences(byMovements.state()))
                            .isEqualTo(pupils.size() == 1 ? List.of() : List.of("size"));
                    assertThat(byMovements.journal.size() - byOrder.journal.size()).isEqualTo(pupils.size() - 1);
                });
        // both outcomes, often enough to mean something
        assertThat(outcomes[0]).as("accepted orders").isGreaterThan(30);
        assertThat(outcomes[1]).as("refused orders").isGreaterThan(40);
        System.out.println("promotion orders: " + outcomes[0] + " accepted, " + outcomes[1] + " refused");
    }
}
