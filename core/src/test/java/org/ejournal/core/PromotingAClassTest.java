package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.JournalPage;
import org.junit.jupiter.api.Test;

/**
 * Promoting a class into the next year by one director's order (POL-4.6): every pupil moves by one
 * event — promoted by default, or as the order decides for them: conditionally with academic debts,
 * repeating the grade, graduating from grade 9 or 11, promoted into another class — exactly as the
 * equivalent movements would move them; and an order that does not fit is refused whole.
 */
class PromotingAClassTest {

    private static final OrderRef ORDER = OrderRef.of("88-у", LocalDate.of(2027, 5, 28));
    private static final StudyPeriodId NEXT_YEAR_PERIOD = StudyPeriodId.of("year-2027");
    private static final List<StudentId> PUPILS_OF_5A = List.of(IVANOVA, PETROV, SIDOROV, ALEKSEEVA);

    private static SchoolFixture withTheNextYear() {
        SchoolFixture f = SchoolFixture.create();
        f.openTheNextYear();
        return f;
    }

    private static Violation onlyViolation(Outcome.Rejected rejected) {
        assertThat(rejected.violations()).hasSize(1);
        return rejected.violations().get(0);
    }

    private static Movement lastMovement(SchoolFixture f, StudentId pupil) {
        List<Movement> all = f.state().movements(pupil);
        return all.get(all.size() - 1);
    }

    // ---------------------------------------------------------------- moving

    @Test
    void promoting_a_class_moves_every_pupil_by_one_order() {
        SchoolFixture f = withTheNextYear();
        long before = f.journal.size();

        Outcome.Accepted accepted = f.accept(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST));

        assertThat(accepted.events()).hasSize(1);
        assertThat(f.journal.size()).isEqualTo(before + 1);
        for (StudentId pupil : PUPILS_OF_5A) {
            assertThat(f.state().classOf(pupil, YEAR_LAST)).as("%s in May", pupil).contains(C5A);
            assertThat(f.state().classOf(pupil, NEXT_FIRST.minusDays(1))).as("%s on 31 August", pupil).contains(C5A);
            assertThat(f.state().classOf(pupil, NEXT_FIRST)).as("%s on 1 September", pupil).contains(C6A);
            assertThat(lastMovement(f, pupil)).isEqualTo(new Movement(pupil, MovementKind.PROMOTION,
                    java.util.Optional.of(C5A), java.util.Optional.of(C6A), ORDER, NEXT_FIRST, Set.of()));
        }
        assertThat(f.state().classOf(KUZNETSOV, NEXT_FIRST)).as("a pupil of 5Б stays").contains(C5B);
        assertThat(f.state().pupilsIn(C5A)).isEmpty();
        assertThat(f.state().pupilsIn(C6A)).containsExactlyElementsOf(PUPILS_OF_5A);
    }

    @Test
    void the_order_decides_otherwise_for_single_pupils_debts_repetition_and_another_class() {
        SchoolFixture f = withTheNextYear();

        f.accept(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.conditionalPromotion(PETROV, Set.of(MATH, RUSSIAN)),
                PupilDecision.repetition(SIDOROV, C5A_NEXT),
                PupilDecision.promotion(ALEKSEEVA, C6B)));

        assertThat(f.state().classOf(IVANOVA, NEXT_FIRST)).contains(C6A);
        assertThat(f.state().classOf(PETROV, NEXT_FIRST)).contains(C6A);
        assertThat(lastMovement(f, PETROV).kind()).isEqualTo(MovementKind.CONDITIONAL_PROMOTION);
        assertThat(lastMovement(f, PETROV).academicDebts()).containsExactlyInAnyOrder(MATH, RUSSIAN);
        assertThat(f.state().classOf(SIDOROV, NEXT_FIRST)).contains(C5A_NEXT);
        assertThat(lastMovement(f, SIDOROV).kind()).isEqualTo(MovementKind.REPETITION);
        assertThat(f.state().classOf(ALEKSEEVA, NEXT_FIRST)).contains(C6B);
        assertThat(lastMovement(f, ALEKSEEVA).order()).isEqualTo(ORDER);
    }

    @Test
    void a_conditional_promotion_may_name_its_own_class() {
        SchoolFixture f = withTheNextYear();

        f.accept(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.conditionalPromotion(PETROV, C6B, Set.of(MATH))));

        assertThat(f.state().classOf(PETROV, NEXT_FIRST)).contains(C6B);
    }

    @Test
    void a_promotion_moves_pupils_exactly_as_the_equivalent_movements_would_pages_diaries_and_movements_alike() {
        PromoteClass order = PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.conditionalPromotion(PETROV, Set.of(MATH)), PupilDecision.repetition(SIDOROV, C5A_NEXT));
        SchoolFixture byOrder = withTheNextYear();
        SchoolFixture byMovements = withTheNextYear();

        byOrder.accept(ADMIN, order);
        for (StudentId pupil : PUPILS_OF_5A) {
            byMovements.accept(ADMIN, order.movementOf(pupil));
        }

        assertThat(byOrder.state().differences(byMovements.state())).containsExactly("size");
        for (SchoolFixture f : List.of(byOrder, byMovements)) {
            f.accept(ADMIN, new DefineStudyPeriod(NEXT_YEAR_PERIOD, NEXT_YEAR, PeriodKind.YEAR, 1, NEXT_FIRST,
                    NEXT_LAST, GradeRange.ALL));
            f.accept(ADMIN, AssignTeacher.of(C6A, MATH, MATH_TEACHER_ID));
            f.accept(ADMIN, AssignTeacher.of(C5A_NEXT, MATH, MATH_TEACHER_ID));
            f.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("l-6a"), C6A, MATH, NEXT_FIRST, 1, MATH_TEACHER_ID,
                    "Повторение"));
            f.accept(MATH_TEACHER, RecordLesson.of(LessonId.of("l-5a-next"), C5A_NEXT, MATH, NEXT_FIRST, 1,
                    MATH_TEACHER_ID, "Повторение"));
        }
        for (ClassId c : List.of(C6A, C5A_NEXT)) {
            Answer<JournalPage> page = byOrder.journal.page(DIRECTOR, c, MATH, NEXT_YEAR_PERIOD);
            assertThat(page).isEqualTo(byMovements.journal.page(DIRECTOR, c, MATH, NEXT_YEAR_PERIOD));
        }
        assertThat(byOrder.journal.page(DIRECTOR, C6A, MATH, NEXT_YEAR_PERIOD).orElseThrow().rows())
                .extracting(JournalPage.Row::student).containsExactlyInAnyOrder(IVANOVA, PETROV, ALEKSEEVA);
        for (StudentId pupil : PUPILS_OF_5A) {
            Answer<Diary> diary = byOrder.journal.diary(DIRECTOR, pupil, MONDAY, NEXT_FIRST);
            assertThat(diary).isEqualTo(byMovements.journal.diary(DIRECTOR, pupil, MONDAY, NEXT_FIRST));
            assertThat(diary.orElseThrow().days()).isNotEmpty();
            assertThat(byOrder.state().movements(pupil)).isEqualTo(byMovements.state().movements(pupil));
            assertThat(byOrder.state().placements(pupil)).isEqualTo(byMovements.state().placements(pupil));
        }
    }

    @Test
    void a_ninth_grade_graduates_by_default_and_a_pupil_goes_on_into_the_tenth() {
        SchoolFixture f = withTheNextYear();
        ClassId c9 = ClassId.of("9a");
        ClassId c10 = ClassId.of("10a-2027");
        f.accept(ADMIN, new CreateClass(c9, YEAR, 9, "А"));
        f.accept(ADMIN, new CreateClass(c10, NEXT_YEAR, 10, "А"));
        StudentId stays = StudentId.of("s-stays");
        StudentId leaves = StudentId.of("s-leaves");
        for (StudentId s : List.of(stays, leaves)) {
            f.accept(ADMIN, new RegisterStudent(s, PersonName.of("Девятиклассник", s.value(), null), null));
            f.accept(ADMIN, RecordMovement.enrolment(s, c9, order("1-у"), YEAR_FIRST));
        }

        f.accept(ADMIN, PromoteClass.graduation(c9, ORDER, NEXT_FIRST, PupilDecision.promotion(stays, c10)));

        assertThat(f.state().classOf(leaves, NEXT_FIRST)).isEmpty();
        assertThat(lastMovement(f, leaves).kind()).isEqualTo(MovementKind.GRADUATION);
        assertThat(lastMovement(f, leaves).to()).isEmpty();
        assertThat(f.state().classOf(stays, NEXT_FIRST)).contains(c10);
    }

    @Test
    void an_eleventh_grade_graduates_in_june_before_any_next_year_is_opened() {
        SchoolFixture f = SchoolFixture.create();
        ClassId c11 = ClassId.of("11a");
        StudentId pupil = StudentId.of("s-eleventh");
        f.accept(ADMIN, new CreateClass(c11, YEAR, 11, "А"));
        f.accept(ADMIN, new RegisterStudent(pupil, PersonName.of("Выпускница", "Анна", null), null));
        f.accept(ADMIN, RecordMovement.enrolment(pupil, c11, order("1-у"), YEAR_FIRST));

        f.accept(ADMIN, PromoteClass.graduation(c11, ORDER, LocalDate.of(2027, 6, 25)));

        assertThat(f.state().classOf(pupil, LocalDate.of(2027, 6, 24))).contains(c11);
        assertThat(f.state().classOf(pupil, LocalDate.of(2027, 6, 25))).isEmpty();
    }

    @Test
    void a_class_of_a_closed_year_is_promoted() {
        SchoolFixture f = SchoolFixture.create();
        f.endTheYear();
        f.accept(ADMIN, CloseSchoolYear.of(YEAR));
        f.openTheNextYear();

        f.accept(ADMIN, PromoteClass.of(C5B, C6B, ORDER, NEXT_FIRST));

        assertThat(f.state().classOf(KUZNETSOV, NEXT_FIRST)).contains(C6B);
    }

    @Test
    void a_journal_rebuilt_from_its_log_shows_the_same_promotion() {
        SchoolFixture f = withTheNextYear();
        f.accept(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST, PupilDecision.repetition(SIDOROV, C5A_NEXT)));

        Journal replayed = Journal.builder().school(school()).store(f.store).clock(f.clock).build();

        assertThat(replayed.state()).isEqualTo(f.state());
        assertThat(Audit.run(school(), List.of(), f.store.events(SCHOOL_ID), f.clock.instant()).isClean()).isTrue();
    }

    // ---------------------------------------------------------------- refusing, whole

    @Test
    void an_order_with_one_wrong_decision_moves_nobody() {
        SchoolFixture f = withTheNextYear();
        List<List<Placement>> placements = new ArrayList<>();
        PUPILS_OF_5A.forEach(p -> placements.add(f.state().placements(p)));

        Violation v = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.conditionalPromotion(PETROV, Set.of(MATH)), PupilDecision.repetition(SIDOROV, C6B))));

        assertThat(v.code()).isEqualTo(ViolationCodes.INVALID_MOVEMENT);
        assertThat(v.clause()).isEqualTo("POL-4.6");
        assertThat(v.concerns()).isEqualTo("PromoteClass.exceptions[1].to");
        assertThat(v.messageEn()).contains("grade 5");
        List<List<Placement>> after = new ArrayList<>();
        PUPILS_OF_5A.forEach(p -> after.add(f.state().placements(p)));
        assertThat(after).isEqualTo(placements);
        assertThat(Journal.builder().school(school()).store(f.store).clock(f.clock).build().state())
                .as("the state is still what the unchanged log rebuilds").isEqualTo(f.state());
    }

    @Test
    void an_unknown_class_or_target_is_named() {
        SchoolFixture f = withTheNextYear();

        assertThat(onlyViolation(f.reject(ADMIN, PromoteClass.of(ClassId.of("5z"), C6A, ORDER, NEXT_FIRST)))
                .concerns()).isEqualTo("PromoteClass.schoolClass");
        Violation to = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, ClassId.of("6z"), ORDER, NEXT_FIRST)));
        assertThat(to.code()).isEqualTo(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(to.concerns()).isEqualTo("PromoteClass.to");
        Violation debt = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.conditionalPromotion(PETROV, Set.of(SubjectId.of("latin"))))));
        assertThat(debt.code()).isEqualTo(ViolationCodes.UNKNOWN_REFERENCE);
        assertThat(debt.concerns()).isEqualTo("PromoteClass.exceptions[0].academicDebts");
    }

    @Test
    void the_target_class_belongs_to_the_year_that_follows() {
        SchoolFixture f = withTheNextYear();
        SchoolYearId later = SchoolYearId.of("2028-2029");
        f.accept(ADMIN, new OpenSchoolYear(later, LocalDate.of(2028, 9, 1), LocalDate.of(2029, 5, 31),
                SchoolCalendar.ofWeek(5)));
        ClassId c6later = ClassId.of("6a-2028");
        ClassId c6now = ClassId.of("6a-2026");
        f.accept(ADMIN, new CreateClass(c6later, later, 6, "А"));
        f.accept(ADMIN, new CreateClass(c6now, YEAR, 6, "А"));

        for (ClassId wrong : List.of(c6later, c6now)) {
            Violation v = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, wrong, ORDER, NEXT_FIRST)));
            assertThat(v.code()).as("into %s", wrong).isEqualTo(ViolationCodes.NOT_THE_NEXT_YEAR);
            assertThat(v.concerns()).isEqualTo("PromoteClass.to");
            assertThat(v.messageEn()).contains("2027/2028");
        }
    }

    @Test
    void without_the_next_year_opened_there_is_nowhere_to_promote_to() {
        SchoolFixture f = SchoolFixture.create();
        ClassId c6now = ClassId.of("6a-2026");
        f.accept(ADMIN, new CreateClass(c6now, YEAR, 6, "А"));

        Violation v = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, c6now, ORDER, NEXT_FIRST)));

        assertThat(v.code()).isEqualTo(ViolationCodes.NOT_THE_NEXT_YEAR);
        assertThat(v.messageEn()).contains("the next year is not opened");
    }

    @Test
    void the_target_class_has_the_next_grade_and_a_repeater_s_the_same() {
        SchoolFixture f = withTheNextYear();

        Violation same = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C5A_NEXT, ORDER, NEXT_FIRST)));
        assertThat(same.code()).isEqualTo(ViolationCodes.INVALID_MOVEMENT);
        assertThat(same.concerns()).isEqualTo("PromoteClass.to");
        assertThat(same.messageRu()).contains("перевод — в 6-й класс");

        Violation repeater = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.repetition(IVANOVA, C6B))));
        assertThat(repeater.concerns()).isEqualTo("PromoteClass.exceptions[0].to");
        assertThat(repeater.messageEn()).contains("a repeated year is spent in grade 5");
    }

    @Test
    void every_decision_names_a_pupil_of_the_class_once() {
        SchoolFixture f = withTheNextYear();

        Violation other = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.repetition(KUZNETSOV, C5A_NEXT))));
        assertThat(other.code()).isEqualTo(ViolationCodes.NOT_IN_CLASS);
        assertThat(other.concerns()).isEqualTo("PromoteClass.exceptions[0].student");

        Violation unknown = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.repetition(StudentId.of("s-nobody"), C5A_NEXT))));
        assertThat(unknown.code()).isEqualTo(ViolationCodes.UNKNOWN_REFERENCE);

        Violation twice = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.repetition(PETROV, C5A_NEXT), PupilDecision.conditionalPromotion(PETROV,
                        Set.of(MATH)))));
        assertThat(twice.code()).isEqualTo(ViolationCodes.INVALID_VALUE);
        assertThat(twice.concerns()).isEqualTo("PromoteClass.eachPupilOnce");
    }

    @Test
    void a_pupil_who_left_the_class_before_the_order_is_not_in_it() {
        SchoolFixture f = withTheNextYear();
        f.accept(ADMIN, RecordMovement.transfer(SIDOROV, C5B, order("30-у"), LocalDate.of(2027, 3, 1)));

        f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST, PupilDecision.repetition(SIDOROV, C5A_NEXT)));
        f.accept(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST));

        assertThat(f.state().classOf(SIDOROV, NEXT_FIRST)).contains(C5B);
        assertThat(f.state().pupilsIn(C6A)).containsExactly(IVANOVA, PETROV, ALEKSEEVA);
    }

    @Test
    void only_a_ninth_or_eleventh_grade_graduates() {
        SchoolFixture f = withTheNextYear();

        Violation byDefault = onlyViolation(f.reject(ADMIN, PromoteClass.graduation(C5A, ORDER, NEXT_FIRST)));
        assertThat(byDefault.code()).isEqualTo(ViolationCodes.INVALID_MOVEMENT);
        assertThat(byDefault.concerns()).isEqualTo("PromoteClass.to");
        assertThat(byDefault.messageEn()).contains("grade 9 or 11");

        Violation one = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.graduation(IVANOVA))));
        assertThat(one.code()).isEqualTo(ViolationCodes.INVALID_MOVEMENT);
        assertThat(one.concerns()).isEqualTo("PromoteClass.exceptions[0].kind");
    }

    @Test
    void a_decision_must_fit_its_kind() {
        SchoolFixture f = withTheNextYear();

        Violation noDebts = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                PupilDecision.conditionalPromotion(PETROV, Set.of()))));
        assertThat(noDebts.code()).isEqualTo(ViolationCodes.INVALID_VALUE);
        assertThat(noDebts.concerns()).isEqualTo("PromoteClass.exceptions[0].consistent");
        assertThat(noDebts.messageRu()).contains("условный перевод с академическими задолженностями");

        Violation transfer = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST,
                new PupilDecision(PETROV, MovementKind.TRANSFER, C6B, Set.of()))));
        assertThat(transfer.concerns()).isEqualTo("PromoteClass.exceptions[0].consistent");
    }

    @Test
    void a_conditional_promotion_in_a_graduating_class_names_its_class() {
        SchoolFixture f = withTheNextYear();
        ClassId c9 = ClassId.of("9a");
        StudentId pupil = StudentId.of("s-ninth");
        f.accept(ADMIN, new CreateClass(c9, YEAR, 9, "А"));
        f.accept(ADMIN, new RegisterStudent(pupil, PersonName.of("Девятиклассник", "Егор", null), null));
        f.accept(ADMIN, RecordMovement.enrolment(pupil, c9, order("1-у"), YEAR_FIRST));

        Violation v = onlyViolation(f.reject(ADMIN, PromoteClass.graduation(c9, ORDER, NEXT_FIRST,
                PupilDecision.conditionalPromotion(pupil, Set.of(MATH)))));

        assertThat(v.code()).isEqualTo(ViolationCodes.INVALID_MOVEMENT);
        assertThat(v.concerns()).isEqualTo("PromoteClass.exceptions[0].to");
    }

    @Test
    void the_order_takes_effect_after_the_year_and_within_the_next() {
        SchoolFixture f = withTheNextYear();

        Violation early = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, YEAR_LAST)));
        assertThat(early.code()).isEqualTo(ViolationCodes.NOT_THE_NEXT_YEAR);
        assertThat(early.concerns()).isEqualTo("PromoteClass.effective");

        Violation summer = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, LocalDate.of(2027, 8, 31))));
        assertThat(summer.code()).isEqualTo(ViolationCodes.OUTSIDE_SCHOOL_YEAR);
        assertThat(summer.concerns()).isEqualTo("PromoteClass.effective");
    }

    @Test
    void a_class_with_nobody_in_it_is_not_promoted_and_so_no_class_is_promoted_twice() {
        SchoolFixture f = withTheNextYear();
        f.accept(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST));

        Violation v = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6B, ORDER, NEXT_FIRST)));

        assertThat(v.code()).isEqualTo(ViolationCodes.INVALID_MOVEMENT);
        assertThat(v.concerns()).isEqualTo("PromoteClass.schoolClass");
        assertThat(v.messageEn()).contains("no pupils");
    }

    @Test
    void the_next_year_closed_takes_no_promotion_into_it() {
        SchoolFixture f = withTheNextYear();
        f.clock.set(at(NEXT_LAST.plusDays(1), 10, 0));
        f.accept(ADMIN, CloseSchoolYear.of(NEXT_YEAR));

        Violation v = onlyViolation(f.reject(ADMIN, PromoteClass.of(C5A, C6A, ORDER, NEXT_FIRST)));

        assertThat(v.code()).isEqualTo(ViolationCodes.YEAR_CLOSED);
        assertThat(v.concerns()).isEqualTo("PromoteClass.effective");
    }
}
