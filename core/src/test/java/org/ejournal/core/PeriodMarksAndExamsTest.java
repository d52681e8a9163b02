package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ejournal.core.BilingualMessages.assertBilingual;
import static org.ejournal.core.BilingualMessages.assertBilingualQuoting;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ejournal.core.command.CorrectPeriodMark;
import org.ejournal.core.command.CreateClass;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPeriodMark;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.ExamKind;
import org.ejournal.core.model.ExamResultId;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.MarkValue;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.ScaleId;
import org.ejournal.core.model.SpecialResults;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.view.EntryHistory;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RecordPeriodMark, CorrectPeriodMark (POL-4.4e, REC-1.7) and RecordExamResult (POL-8.4). */
class PeriodMarksAndExamsTest {

    static final ClassId C10A = ClassId.of("10a");
    static final StudentId SENIOR = StudentId.of("s-starshinova");
    static final ExamResultId EXAM = ExamResultId.of("exam-1");

    private final SchoolFixture school = SchoolFixture.create();

    private Optional<MarkValue> onPage(ClassId schoolClass, SubjectId subject, StudyPeriodId period, StudentId pupil) {
        return school.journal.page(DIRECTOR, schoolClass, subject, period).orElseThrow().row(pupil).orElseThrow()
                .periodMark();
    }

    /** A tenth-grade class, whose pupils follow half-years, with one pupil. */
    private void tenthGrade() {
        school.accept(ADMIN, new CreateClass(C10A, YEAR, 10, "А"));
        school.accept(ADMIN, new RegisterStudent(SENIOR, PersonName.of("Старшинова", "Ксения", null),
                LocalDate.of(2010, 4, 2)));
        school.accept(ADMIN, RecordMovement.enrolment(SENIOR, C10A, order("3-у"), YEAR_FIRST));
    }

    private StudentId pupilEnrolledOn(LocalDate day) {
        StudentId pupil = StudentId.of("s-novikova");
        school.accept(ADMIN, new RegisterStudent(pupil, PersonName.of("Новикова", "Анна", null), null));
        school.accept(ADMIN, RecordMovement.enrolment(pupil, C5A, order("7-у"), day));
        return pupil;
    }

    @Nested
    class RecordPeriodMarkCommand {

        @Test
        void a_quarter_mark_shows_in_the_pupils_row_of_that_quarters_page_only() {
            Outcome.Accepted accepted = school.accept(MATH_TEACHER,
                    new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)));

            assertThat(accepted.events()).singleElement()
                    .satisfies(e -> assertThat(e.recordedAt()).isEqualTo(school.clock.instant()));
            assertThat(onPage(C5A, MATH, Q1, IVANOVA)).contains(FivePoint.of(5));
            assertThat(onPage(C5A, MATH, Q1, PETROV)).isEmpty();
            assertThat(onPage(C5A, MATH, Q2, IVANOVA)).isEmpty();
            assertThat(onPage(C5A, RUSSIAN, Q1, IVANOVA)).isEmpty();
            assertThat(school.journal.history(DIRECTOR, EntryRef.periodMark(IVANOVA, MATH, Q1)).orElseThrow()
                    .revisions()).singleElement().satisfies(r -> {
                        assertThat(r.action()).isEqualTo("RecordPeriodMark");
                        assertThat(r.actor()).isEqualTo(MATH_TEACHER);
                        assertThat(r.before()).isEmpty();
                        assertThat(r.after()).contains("5");
                    });
        }

        @Test
        void a_year_mark_applies_to_every_grade() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, YEAR_PERIOD, FivePoint.of(3)));

            assertThat(onPage(C5A, MATH, YEAR_PERIOD, PETROV)).contains(FivePoint.of(3));
        }

        @Test
        void not_attested_and_exempt_are_accepted_as_period_results() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, SpecialResults.NOT_ATTESTED));
            school.accept(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, SpecialResults.EXEMPT));

            assertThat(onPage(C5A, MATH, Q1, IVANOVA)).contains(SpecialResults.NOT_ATTESTED);
            assertThat(onPage(C5A, MATH, Q1, PETROV)).contains(SpecialResults.EXEMPT);
            assertThat(school.journal.history(DIRECTOR, EntryRef.periodMark(IVANOVA, MATH, Q1)).orElseThrow()
                    .current()).contains("н/а");
            assertThat(school.journal.history(DIRECTOR, EntryRef.periodMark(PETROV, MATH, Q1)).orElseThrow()
                    .current()).contains("осв");
        }

        @Test
        void a_pass_fail_subject_takes_pass_fail_and_the_special_results() {
            school.accept(DIRECTOR, new RecordPeriodMark(IVANOVA, PE, Q1, PassFail.PASS));
            school.accept(DIRECTOR, new RecordPeriodMark(PETROV, PE, Q1, PassFail.FAIL));
            school.accept(DIRECTOR, new RecordPeriodMark(SIDOROV, PE, Q1, SpecialResults.EXEMPT));

            assertThat(onPage(C5A, PE, Q1, IVANOVA)).contains(PassFail.PASS);
            assertThat(onPage(C5A, PE, Q1, PETROV)).contains(PassFail.FAIL);
            assertThat(onPage(C5A, PE, Q1, SIDOROV)).contains(SpecialResults.EXEMPT);
        }

        @Test
        void a_five_point_mark_on_a_pass_fail_subject_is_rejected() {
            Outcome.Rejected rejected = school.reject(DIRECTOR, new RecordPeriodMark(IVANOVA, PE, Q1, FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4e");
            assertThat(v.concerns()).isEqualTo("RecordPeriodMark.value");
            assertBilingualQuoting(v);
        }

        @Test
        void a_pass_on_a_five_point_subject_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(IVANOVA, MATH, Q1, PassFail.PASS));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6})
        void a_number_outside_the_five_point_scale_is_rejected(int mark) {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(mark)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
        }

        @Test
        void a_result_that_only_looks_special_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(IVANOVA, MATH, Q1, MarkValue.of(FivePoint.ID, "н/а")));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
        }

        @Test
        void a_half_year_mark_for_a_fifth_grader_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(IVANOVA, MATH, H1, FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(PERIOD_NOT_FOR_GRADE);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4e");
            assertThat(v.concerns()).isEqualTo("RecordPeriodMark.period");
            assertThat(v.messageRu()).contains("1 полугодие");
            assertThat(v.messageEn()).contains("half-year 1");
            assertBilingual(v);
        }

        @Test
        void a_tenth_grader_gets_half_year_marks_and_no_quarter_marks() {
            tenthGrade();

            school.accept(MATH_TEACHER, new RecordPeriodMark(SENIOR, MATH, H1, FivePoint.of(4)));
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(SENIOR, MATH, Q1, FivePoint.of(4)));

            assertThat(onPage(C10A, MATH, H1, SENIOR)).contains(FivePoint.of(4));
            assertThat(rejected.codes()).containsExactly(PERIOD_NOT_FOR_GRADE);
        }

        @Test
        void a_period_mark_for_an_unknown_pupil_subject_or_period_is_rejected() {
            Outcome.Rejected pupil = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(StudentId.of("nobody"), MATH, Q1, FivePoint.of(5)));
            Outcome.Rejected subject = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(IVANOVA, SubjectId.of("latin"), Q1, FivePoint.of(5)));
            Outcome.Rejected period = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(IVANOVA, MATH, StudyPeriodId.of("q9"), FivePoint.of(5)));

            assertThat(pupil.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(pupil.violations().get(0).concerns()).isEqualTo("RecordPeriodMark.student");
            assertThat(subject.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(subject.violations().get(0).concerns()).isEqualTo("RecordPeriodMark.subject");
            assertThat(period.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(period.violations().get(0).concerns()).isEqualTo("RecordPeriodMark.period");
            assertBilingual(period.violations().get(0));
        }

        @Test
        void all_unknown_references_are_reported_together() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, new RecordPeriodMark(StudentId.of("nobody"),
                    SubjectId.of("latin"), StudyPeriodId.of("q9"), FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE, UNKNOWN_REFERENCE, UNKNOWN_REFERENCE);
        }

        @Test
        void a_pupil_who_joined_after_the_period_gets_no_mark_for_it() {
            StudentId newcomer = pupilEnrolledOn(LocalDate.of(2026, 11, 9));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(newcomer, MATH, Q1, FivePoint.of(4)));
            school.accept(MATH_TEACHER, new RecordPeriodMark(newcomer, MATH, Q2, FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-4.4e");
            assertThat(v.messageRu()).contains("1 четверть");
            assertThat(v.messageEn()).contains("quarter 1");
            assertBilingual(v);
        }

        @Test
        void a_pupil_never_enrolled_gets_no_period_mark() {
            StudentId unplaced = StudentId.of("s-unplaced");
            school.accept(ADMIN, new RegisterStudent(unplaced, PersonName.of("Бездомный", "Иван", null), null));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(unplaced, MATH, YEAR_PERIOD, FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
        }

        @Test
        void a_pupil_who_left_during_a_quarter_still_gets_a_mark_for_it_but_not_for_the_next() {
            school.accept(ADMIN, RecordMovement.withdrawal(PETROV, order("9-в"), LocalDate.of(2026, 10, 12)));

            school.accept(MATH_TEACHER, new RecordPeriodMark(PETROV, MATH, Q1, FivePoint.of(3)));
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(PETROV, MATH, Q2, FivePoint.of(3)));

            assertThat(onPage(C5A, MATH, Q1, PETROV)).contains(FivePoint.of(3));
            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
        }

        @Test
        void a_second_period_mark_is_rejected_as_already_recorded() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(ALREADY_RECORDED);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertThat(v.messageEn()).contains("CorrectPeriodMark");
            assertBilingual(v);
            assertThat(onPage(C5A, MATH, Q1, IVANOVA)).contains(FivePoint.of(5));
        }

        @Test
        void a_period_mark_without_a_value_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, null));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.4e");
        }

        @Test
        void a_period_mark_by_an_unknown_actor_is_rejected() {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")),
                    new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(onPage(C5A, MATH, Q1, IVANOVA)).isEmpty();
        }
    }

    @Nested
    class CorrectPeriodMarkCommand {

        @Test
        void a_corrected_period_mark_replaces_the_old_one_and_the_history_keeps_both() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(3)));
            Instant recorded = school.clock.instant();
            school.clock.advance(Duration.ofDays(2));

            school.accept(DIRECTOR, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4), "пересчёт после пересдачи"));

            assertThat(onPage(C5A, MATH, Q1, IVANOVA)).contains(FivePoint.of(4));
            EntryHistory history = school.journal.history(DIRECTOR, EntryRef.periodMark(IVANOVA, MATH, Q1))
                    .orElseThrow();
            assertThat(history.revisions())
                    .extracting(Revision::action, Revision::actor, Revision::recordedAt, Revision::before,
                            Revision::after, Revision::reason)
                    .containsExactly(
                            tuple("RecordPeriodMark", MATH_TEACHER, recorded, Optional.empty(), Optional.of("3"),
                                    Optional.empty()),
                            tuple("CorrectPeriodMark", DIRECTOR, school.clock.instant(), Optional.of("3"),
                                    Optional.of("4"), Optional.of("пересчёт после пересдачи")));
        }

        @Test
        void a_mark_may_be_corrected_to_not_attested_and_back() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(2)));

            school.accept(MATH_TEACHER, new CorrectPeriodMark(IVANOVA, MATH, Q1, SpecialResults.NOT_ATTESTED,
                    "пропустила больше половины уроков"));
            assertThat(onPage(C5A, MATH, Q1, IVANOVA)).contains(SpecialResults.NOT_ATTESTED);

            school.accept(MATH_TEACHER, new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(3), "аттестована"));
            assertThat(onPage(C5A, MATH, Q1, IVANOVA)).contains(FivePoint.of(3));
        }

        @Test
        void correcting_a_period_mark_never_given_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(NOTHING_TO_CORRECT);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("REC-1.7");
            assertThat(v.concerns()).isEqualTo("CorrectPeriodMark.entry");
            assertBilingual(v);
        }

        @Test
        void a_correction_to_the_same_mark_is_rejected() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, SpecialResults.EXEMPT));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectPeriodMark(IVANOVA, MATH, Q1, SpecialResults.EXEMPT, "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNCHANGED);
            assertBilingual(rejected.violations().get(0));
        }

        @Test
        void a_correction_to_a_mark_outside_the_scale_is_rejected() {
            school.accept(DIRECTOR, new RecordPeriodMark(IVANOVA, PE, Q1, PassFail.FAIL));

            Outcome.Rejected rejected = school.reject(DIRECTOR,
                    new CorrectPeriodMark(IVANOVA, PE, Q1, FivePoint.of(3), "ошибка"));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCALE);
            assertThat(rejected.violations().get(0).clause()).isEqualTo("REC-1.7");
            assertThat(onPage(C5A, PE, Q1, IVANOVA)).contains(PassFail.FAIL);
        }

        @Test
        void a_correction_for_a_period_not_of_the_pupils_grade_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectPeriodMark(IVANOVA, MATH, H1, FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(PERIOD_NOT_FOR_GRADE);
        }

        @Test
        void a_correction_for_an_unknown_period_is_rejected() {
            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectPeriodMark(IVANOVA, MATH, StudyPeriodId.of("q9"), FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
        }

        @Test
        void a_correction_without_a_reason_is_rejected() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(3)));

            Outcome.Rejected rejected = school.reject(MATH_TEACHER,
                    new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4), ""));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("CorrectPeriodMark.reason");
        }

        @Test
        void a_correction_by_an_unknown_actor_is_rejected() {
            school.accept(MATH_TEACHER, new RecordPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(3)));

            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")),
                    new CorrectPeriodMark(IVANOVA, MATH, Q1, FivePoint.of(4), "ошибка"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
        }
    }

    @Nested
    class RecordExamResultCommand {

        private RecordExamResult oge(StudentId pupil, MarkValue result) {
            return new RecordExamResult(EXAM, pupil, MATH, ExamKind.OGE, LocalDate.of(2027, 5, 20), result);
        }

        @Test
        void an_exam_result_is_kept_with_its_kind_and_result() {
            Outcome.Accepted accepted = school.accept(ADMIN, oge(IVANOVA, FivePoint.of(5)));

            assertThat(accepted.events()).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo(ADMIN);
                assertThat(e.recordedAt()).isEqualTo(school.clock.instant());
            });
            assertThat(school.journal.history(DIRECTOR, EntryRef.examResult(EXAM)).orElseThrow().revisions())
                    .singleElement().satisfies(r -> {
                        assertThat(r.action()).isEqualTo("RecordExamResult");
                        assertThat(r.actor()).isEqualTo(ADMIN);
                        assertThat(r.recordedAt()).isEqualTo(school.clock.instant());
                        assertThat(r.before()).isEmpty();
                        assertThat(r.after()).contains("OGE 5");
                        assertThat(r.reason()).isEmpty();
                    });
        }

        @Test
        void an_exam_result_may_be_on_any_of_the_schools_scales() {
            school.accept(ADMIN, new RecordExamResult(EXAM, IVANOVA, PE, ExamKind.INTERMEDIATE_ATTESTATION,
                    LocalDate.of(2027, 5, 14), PassFail.PASS));

            assertThat(school.journal.history(DIRECTOR, EntryRef.examResult(EXAM)).orElseThrow().current())
                    .contains("INTERMEDIATE_ATTESTATION зач");
        }

        @Test
        void an_exam_result_whose_id_is_taken_is_rejected() {
            school.accept(ADMIN, oge(IVANOVA, FivePoint.of(5)));

            Outcome.Rejected rejected = school.reject(ADMIN, oge(PETROV, FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-8.4");
            assertThat(v.concerns()).isEqualTo("RecordExamResult.id");
            assertBilingual(v);
        }

        @Test
        void an_exam_result_of_an_unknown_pupil_or_subject_is_rejected() {
            Outcome.Rejected pupil = school.reject(ADMIN, oge(StudentId.of("nobody"), FivePoint.of(5)));
            Outcome.Rejected subject = school.reject(ADMIN, new RecordExamResult(EXAM, IVANOVA, SubjectId.of("latin"),
                    ExamKind.OGE, LocalDate.of(2027, 5, 20), FivePoint.of(5)));

            assertThat(pupil.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(pupil.violations().get(0).concerns()).isEqualTo("RecordExamResult.student");
            assertThat(subject.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(subject.violations().get(0).concerns()).isEqualTo("RecordExamResult.subject");
        }

        @Test
        void an_exam_before_the_pupil_was_enrolled_is_rejected() {
            StudentId newcomer = pupilEnrolledOn(LocalDate.of(2026, 11, 9));

            Outcome.Rejected rejected = school.reject(ADMIN, new RecordExamResult(EXAM, newcomer, MATH,
                    ExamKind.INTERMEDIATE_ATTESTATION, LocalDate.of(2026, 11, 6), FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
            Violation v = rejected.violations().get(0);
            assertThat(v.clause()).isEqualTo("POL-8.4");
            assertThat(v.concerns()).isEqualTo("RecordExamResult.date");
            assertBilingual(v);
        }

        @Test
        void an_exam_of_a_pupil_never_enrolled_is_rejected() {
            StudentId unplaced = StudentId.of("s-unplaced");
            school.accept(ADMIN, new RegisterStudent(unplaced, PersonName.of("Бездомный", "Иван", null), null));

            Outcome.Rejected rejected = school.reject(ADMIN, oge(unplaced, FivePoint.of(4)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
        }

        @Test
        void an_exam_result_outside_the_schools_scales_is_rejected() {
            Outcome.Rejected outOfRange = school.reject(ADMIN, oge(IVANOVA, FivePoint.of(6)));
            Outcome.Rejected unknownScale = school.reject(ADMIN,
                    oge(IVANOVA, MarkValue.of(ScaleId.of("hundred-point"), "87")));

            assertThat(outOfRange.codes()).containsExactly(OUTSIDE_SCALE);
            assertThat(outOfRange.violations().get(0).concerns()).isEqualTo("RecordExamResult.result");
            assertBilingual(outOfRange.violations().get(0));
            assertThat(unknownScale.codes()).containsExactly(OUTSIDE_SCALE);
        }

        @Test
        void an_exam_result_without_a_date_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new RecordExamResult(EXAM, IVANOVA, MATH, ExamKind.OGE, null, FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("RecordExamResult.date");
        }

        @Test
        void an_exam_result_recorded_by_an_unknown_actor_is_rejected() {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("t-ghost")), oge(IVANOVA,
                    FivePoint.of(5)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(school.journal.history(DIRECTOR, EntryRef.examResult(EXAM)).isGranted()).isFalse();
        }
    }
}
