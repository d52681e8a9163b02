package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.JournalPage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The administrator sets the school up (POL-4.6, REC-6.4): staff, school years, study periods,
 * subjects, classes and groups, and declares outages (REC-5.3). Every command is refused to an actor
 * the journal does not know (POL-6.6).
 */
class SettingUpTheSchoolTest {

    static final SchoolYearId NEXT_YEAR = SchoolYearId.of("2027-2028");
    static final LocalDate NEXT_FIRST = LocalDate.of(2027, 9, 1);
    static final LocalDate NEXT_LAST = LocalDate.of(2028, 5, 31);
    static final PersonName NOVIKOVA = PersonName.of("Новикова", "Анна", "Игоревна");

    private final SchoolFixture school = SchoolFixture.create();

    static OpenSchoolYear year(SchoolYearId id, LocalDate first, LocalDate last) {
        return new OpenSchoolYear(id, first, last, SchoolCalendar.ofWeek(5));
    }

    private List<String> concerns(Outcome.Rejected rejected) {
        return rejected.violations().stream().map(Violation::concerns).toList();
    }

    @Nested
    class RegisteringStaff {

        private final StaffId biologist = StaffId.of("t-bio");

        @Test
        void a_registered_staff_member_can_read_and_act_in_the_journal() {
            Actor newcomer = Actor.staff(biologist);
            assertThat(school.journal.page(newcomer, C5A, MATH, Q1).isGranted()).isFalse();

            school.accept(ADMIN, RegisterStaffMember.of(biologist, NOVIKOVA, StaffRole.TEACHER,
                    StaffRole.DEPUTY_DIRECTOR));

            assertThat(school.journal.page(newcomer, C5A, MATH, Q1).isGranted()).isTrue();
            school.accept(newcomer, DefineSubject.of(SubjectId.of("bio"), "Биология"));
            StaffMember member = school.state().staffMember(biologist).orElseThrow();
            assertThat(member.roles()).containsExactlyInAnyOrder(StaffRole.TEACHER, StaffRole.DEPUTY_DIRECTOR);
            assertThat(member.name().fullName()).isEqualTo("Новикова Анна Игоревна");
        }

        @Test
        void the_first_administrator_is_registered_by_a_system_actor_not_by_themselves() {
            SchoolFixture empty = SchoolFixture.empty();
            RegisterStaffMember admin = RegisterStaffMember.of(ADMIN_ID, PersonName.of("Админова", "Анна", null),
                    StaffRole.JOURNAL_ADMINISTRATOR);

            Outcome.Rejected rejected = empty.reject(ADMIN, admin);

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("actor staff:admin");
            empty.accept(INSTALLER, admin);
            empty.accept(ADMIN, RegisterStaffMember.of(biologist, NOVIKOVA, StaffRole.TEACHER));
        }

        @Test
        void a_staff_id_already_taken_is_rejected_and_the_member_keeps_their_name() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    RegisterStaffMember.of(MATH_TEACHER_ID, NOVIKOVA, StaffRole.DIRECTOR));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("RegisterStaffMember.id");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.6");
            StaffMember member = school.state().staffMember(MATH_TEACHER_ID).orElseThrow();
            assertThat(member.name().surname()).isEqualTo("Математикова");
            assertThat(member.roles()).containsExactly(StaffRole.TEACHER);
        }
    }

    @Nested
    class OpeningSchoolYears {

        @Test
        void a_new_school_year_is_opened_and_classes_can_be_created_in_it() {
            SchoolCalendar calendar = SchoolCalendar.ofWeek(6).withDaysOff(Set.of(LocalDate.of(2027, 11, 4)));

            school.accept(ADMIN, new OpenSchoolYear(NEXT_YEAR, NEXT_FIRST, NEXT_LAST, calendar));

            SchoolYear year = school.state().schoolYear(NEXT_YEAR).orElseThrow();
            assertThat(year.firstDay()).isEqualTo(NEXT_FIRST);
            assertThat(year.lastDay()).isEqualTo(NEXT_LAST);
            assertThat(year.calendar()).isEqualTo(calendar);
            assertThat(school.state().schoolYearOn(LocalDate.of(2027, 10, 1))).contains(year);
            assertThat(school.state().schoolYearOn(LocalDate.of(2027, 7, 1))).isEmpty();
            school.accept(ADMIN, new CreateClass(ClassId.of("6a-2027"), NEXT_YEAR, 6, "А"));
        }

        @Test
        void a_year_that_starts_the_day_after_the_previous_one_ends_is_accepted() {
            school.accept(ADMIN, year(NEXT_YEAR, YEAR_LAST.plusDays(1), NEXT_LAST));

            assertThat(school.state().schoolYears()).extracting(SchoolYear::id).containsExactly(YEAR, NEXT_YEAR);
        }

        @Test
        void a_year_that_overlaps_another_by_one_day_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, year(NEXT_YEAR, YEAR_LAST, NEXT_LAST));

            assertThat(rejected.codes()).containsExactly(OVERLAP);
            assertThat(concerns(rejected)).containsExactly("OpenSchoolYear.firstDay");
            assertThat(rejected.violations().get(0).messageRu()).contains("2026/2027");
            assertThat(school.state().schoolYear(NEXT_YEAR)).isEmpty();
        }

        @Test
        void a_year_that_encloses_another_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    year(NEXT_YEAR, LocalDate.of(2026, 8, 1), LocalDate.of(2027, 6, 30)));

            assertThat(rejected.codes()).containsExactly(OVERLAP);
        }

        @Test
        void a_school_year_id_already_taken_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, year(YEAR, NEXT_FIRST, NEXT_LAST));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("OpenSchoolYear.id");
            assertThat(school.state().schoolYear(YEAR).orElseThrow().firstDay()).isEqualTo(YEAR_FIRST);
        }

        @Test
        void a_taken_id_and_an_overlap_are_both_reported() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    year(YEAR, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID, OVERLAP);
        }
    }

    @Nested
    class DefiningStudyPeriods {

        private final StudyPeriodId q3 = StudyPeriodId.of("q3");
        private final LocalDate q3First = LocalDate.of(2027, 1, 11);
        private final LocalDate q3Last = LocalDate.of(2027, 3, 21);

        private DefineStudyPeriod quarter(StudyPeriodId id, int number, LocalDate first, LocalDate last,
                GradeRange grades) {
            return new DefineStudyPeriod(id, YEAR, PeriodKind.QUARTER, number, first, last, grades);
        }

        @Test
        void a_defined_quarter_has_a_journal_page_with_the_pupils_of_the_class() {
            assertThat(school.journal.page(DIRECTOR, C5A, MATH, q3).isGranted()).isFalse();

            school.accept(ADMIN, quarter(q3, 3, q3First, q3Last, GradeRange.of(1, 9)));

            JournalPage page = school.journal.page(DIRECTOR, C5A, MATH, q3).orElseThrow();
            assertThat(page.period().label()).isEqualTo("3 четверть");
            assertThat(page.columns()).isEmpty();
            assertThat(page.rows()).extracting(JournalPage.Row::student)
                    .containsExactly(ALEKSEEVA, IVANOVA, PETROV, SIDOROV);
            assertThat(school.state().studyPeriods(YEAR)).extracting(StudyPeriod::id)
                    .containsExactly(Q1, H1, YEAR_PERIOD, Q2, q3);
        }

        @Test
        void periods_of_the_same_kind_may_share_days_when_their_grades_differ() {
            school.accept(ADMIN, quarter(StudyPeriodId.of("q1-senior"), 1, YEAR_FIRST, LocalDate.of(2026, 10, 25),
                    GradeRange.of(10, 11)));
            school.accept(ADMIN, new DefineStudyPeriod(StudyPeriodId.of("h1-junior"), YEAR, PeriodKind.HALF_YEAR, 1,
                    YEAR_FIRST, LocalDate.of(2026, 12, 28), GradeRange.of(1, 9)));
        }

        @Test
        void a_quarter_overlapping_another_quarter_for_the_same_grades_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    quarter(q3, 3, LocalDate.of(2026, 12, 28), q3Last, GradeRange.of(5, 5)));

            assertThat(rejected.codes()).containsExactly(OVERLAP);
            assertThat(concerns(rejected)).containsExactly("DefineStudyPeriod.firstDay");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("REC-6.4");
            assertThat(school.state().studyPeriod(q3)).isEmpty();
        }

        @Test
        void a_second_quarter_with_the_same_number_is_rejected_even_on_other_days() {
            Outcome.Rejected rejected = school.reject(ADMIN, quarter(q3, 2, q3First, q3Last, GradeRange.of(1, 9)));

            assertThat(rejected.codes()).containsExactly(OVERLAP);
        }

        @Test
        void a_period_reaching_past_the_end_of_the_school_year_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    quarter(StudyPeriodId.of("q4"), 4, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 15),
                            GradeRange.of(1, 9)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCHOOL_YEAR);
            assertThat(concerns(rejected)).containsExactly("DefineStudyPeriod.lastDay");
        }

        @Test
        void a_period_starting_before_the_school_year_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new DefineStudyPeriod(StudyPeriodId.of("t1"), YEAR,
                    PeriodKind.TRIMESTER, 1, YEAR_FIRST.minusDays(1), LocalDate.of(2026, 11, 30), GradeRange.of(10, 11)));

            assertThat(rejected.codes()).containsExactly(OUTSIDE_SCHOOL_YEAR);
        }

        @Test
        void a_period_of_an_unknown_school_year_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new DefineStudyPeriod(q3, SchoolYearId.of("2030-2031"),
                    PeriodKind.QUARTER, 3, q3First, q3Last, GradeRange.of(1, 9)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("DefineStudyPeriod.year");
        }

        @Test
        void a_number_beyond_the_periods_of_its_kind_in_a_year_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new DefineStudyPeriod(StudyPeriodId.of("t4"), YEAR,
                    PeriodKind.TRIMESTER, 4, q3First, q3Last, GradeRange.of(1, 9)));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(concerns(rejected)).containsExactly("DefineStudyPeriod.number");
            assertThat(rejected.violations().get(0).messageEn()).contains("3 trimester");
        }

        @Test
        void a_study_period_id_already_taken_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new DefineStudyPeriod(Q1, YEAR, PeriodKind.TRIMESTER, 1,
                    YEAR_FIRST, LocalDate.of(2026, 11, 30), GradeRange.of(1, 9)));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("DefineStudyPeriod.id");
            assertThat(school.state().studyPeriod(Q1).orElseThrow().kind()).isEqualTo(PeriodKind.QUARTER);
        }
    }

    @Nested
    class DefiningSubjects {

        private final SubjectId biology = SubjectId.of("bio");

        @Test
        void a_defined_subject_has_journal_pages_and_its_scale() {
            assertThat(school.journal.page(DIRECTOR, C5A, biology, Q1).isGranted()).isFalse();

            school.accept(ADMIN, DefineSubject.of(biology, "Биология"));

            JournalPage page = school.journal.page(DIRECTOR, C5A, biology, Q1).orElseThrow();
            assertThat(page.subject().name()).isEqualTo("Биология");
            assertThat(page.subject().scale()).isEqualTo(FivePoint.ID);
            assertThat(page.rows()).hasSize(4);
        }

        @Test
        void a_subject_may_be_marked_on_another_scale_of_the_school() {
            school.accept(ADMIN, new DefineSubject(SubjectId.of("music"), "Музыка", PassFail.ID));

            assertThat(school.state().subject(SubjectId.of("music")).orElseThrow().scale()).isEqualTo(PassFail.ID);
        }

        @Test
        void a_subject_on_a_scale_the_school_does_not_use_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new DefineSubject(biology, "Биология", ScaleId.of("ten-point")));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("DefineSubject.scale");
            assertThat(school.state().subject(biology)).isEmpty();
        }

        @Test
        void a_subject_id_already_taken_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, DefineSubject.of(MATH, "Алгебра"));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("DefineSubject.id");
            assertThat(school.state().subject(MATH).orElseThrow().name()).isEqualTo("Математика");
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"Математика", "математика", "  МАТЕМАТИКА  "})
        void a_subject_name_already_used_is_rejected_whatever_its_case_and_surrounding_spaces(String name) {
            Outcome.Rejected rejected = school.reject(ADMIN, DefineSubject.of(biology, name));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_NAME);
            assertThat(concerns(rejected)).containsExactly("DefineSubject.name");
        }

        @Test
        void a_name_used_with_surrounding_spaces_is_a_duplicate_of_the_same_name_without_them() {
            school.accept(ADMIN, DefineSubject.of(biology, " Биология "));

            Outcome.Rejected rejected = school.reject(ADMIN, DefineSubject.of(SubjectId.of("bio-2"), "Биология"));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_NAME);
        }
    }

    @Nested
    class CreatingClasses {

        private final ClassId c5v = ClassId.of("5v");

        @Test
        void a_created_class_has_empty_journal_pages_until_pupils_are_enrolled() {
            assertThat(school.journal.page(DIRECTOR, c5v, MATH, Q1).isGranted()).isFalse();

            school.accept(ADMIN, new CreateClass(c5v, YEAR, 5, "В"));

            JournalPage page = school.journal.page(DIRECTOR, c5v, MATH, Q1).orElseThrow();
            assertThat(page.schoolClass().name()).isEqualTo("5В");
            assertThat(page.rows()).isEmpty();
            assertThat(school.state().classes(YEAR)).extracting(SchoolClass::id).containsExactly(C5A, C5B, c5v);
        }

        @Test
        void the_same_class_name_may_be_used_in_another_school_year() {
            school.accept(ADMIN, year(NEXT_YEAR, NEXT_FIRST, NEXT_LAST));

            school.accept(ADMIN, new CreateClass(ClassId.of("5a-2027"), NEXT_YEAR, 5, "А"));

            assertThat(school.state().classes(NEXT_YEAR)).extracting(SchoolClass::name).containsExactly("5А");
        }

        @Test
        void a_class_name_already_used_in_the_year_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new CreateClass(c5v, YEAR, 5, "А"));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_NAME);
            assertThat(concerns(rejected)).containsExactly("CreateClass.letter");
            assertThat(rejected.violations().get(0).messageRu()).contains("5А");
        }

        @Test
        void a_class_id_already_taken_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new CreateClass(C5A, YEAR, 6, "А"));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("CreateClass.id");
            assertThat(school.state().schoolClass(C5A).orElseThrow().grade()).isEqualTo(5);
        }

        @Test
        void a_class_of_an_unknown_school_year_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new CreateClass(c5v, NEXT_YEAR, 5, "В"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("CreateClass.year");
        }
    }

    @Nested
    class CreatingGroups {

        private final GroupId second = GroupId.of("5a-g2");

        @Test
        void a_group_lesson_shows_only_in_the_diaries_of_the_group_members() {
            school.accept(ADMIN, new CreateGroup(second, C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)));
            LessonId groupLesson = LessonId.of("l-rus-1005-3-g2");

            school.accept(RUS_TEACHER, RecordLesson.of(groupLesson, C5A, RUSSIAN, MONDAY, 3, RUS_TEACHER_ID, "Диктант")
                    .withGroup(second));

            assertThat(lessonsOn(SIDOROV)).contains(groupLesson);
            assertThat(lessonsOn(ALEKSEEVA)).contains(groupLesson);
            assertThat(lessonsOn(IVANOVA)).doesNotContain(groupLesson).contains(LESSON);
            ClassGroup group = school.state().group(second).orElseThrow();
            assertThat(group.schoolClass()).isEqualTo(C5A);
            assertThat(group.members()).containsExactlyInAnyOrder(SIDOROV, ALEKSEEVA);
        }

        private List<LessonId> lessonsOn(StudentId pupil) {
            Diary diary = school.journal.diary(DIRECTOR, pupil, MONDAY, MONDAY).orElseThrow();
            return diary.days().stream().flatMap(d -> d.lessons().stream()).map(l -> l.lesson().id()).toList();
        }

        @Test
        void a_pupil_who_left_the_class_during_the_year_may_still_be_in_its_group() {
            school.accept(ADMIN, RecordMovement.transfer(PETROV, C5B, order("7-у"), LocalDate.of(2026, 10, 12)));

            school.accept(ADMIN, new CreateGroup(second, C5A, "2 группа", Set.of(PETROV, SIDOROV)));
            school.accept(ADMIN, new CreateGroup(GroupId.of("5b-g1"), C5B, "1 группа", Set.of(PETROV, KUZNETSOV)));
        }

        @Test
        void a_group_with_a_pupil_of_another_class_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new CreateGroup(second, C5A, "2 группа", Set.of(SIDOROV, KUZNETSOV)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
            assertThat(concerns(rejected)).containsExactly("CreateGroup.members");
            assertThat(rejected.violations().get(0).messageEn()).contains("s-kuznetsov", "5А");
            assertThat(school.state().group(second)).isEmpty();
        }

        @Test
        void a_group_with_a_pupil_who_was_never_enrolled_is_rejected() {
            StudentId newcomer = StudentId.of("s-novikova");
            school.accept(ADMIN, new RegisterStudent(newcomer, NOVIKOVA, null));

            Outcome.Rejected rejected = school.reject(ADMIN, new CreateGroup(second, C5A, "2 группа", Set.of(newcomer)));

            assertThat(rejected.codes()).containsExactly(NOT_IN_CLASS);
        }

        @Test
        void a_group_with_an_unknown_pupil_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new CreateGroup(second, C5A, "2 группа", Set.of(SIDOROV, StudentId.of("nobody"))));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("CreateGroup.members");
        }

        @Test
        void a_group_of_an_unknown_class_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new CreateGroup(second, ClassId.of("5v"), "2 группа", Set.of(SIDOROV)));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("CreateGroup.schoolClass");
        }

        @Test
        void a_group_id_already_taken_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new CreateGroup(G5A_1, C5A, "2 группа", Set.of(SIDOROV)));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("CreateGroup.id");
            assertThat(school.state().group(G5A_1).orElseThrow().members()).containsExactlyInAnyOrder(IVANOVA, PETROV);
        }
    }

    @Nested
    class DeclaringOutages {

        private final OutageId outage = OutageId.of("outage-1005");

        @Test
        void a_declared_outage_is_kept_with_its_window_and_reason() {
            school.accept(ADMIN, new DeclareOutage(outage, at(MONDAY, 8, 0), at(MONDAY, 12, 30),
                    "отключение электроэнергии"));

            assertThat(school.state().outages()).singleElement().satisfies(o -> {
                assertThat(o.id()).isEqualTo(outage);
                assertThat(o.covers(at(MONDAY, 8, 0))).isTrue();
                assertThat(o.covers(at(MONDAY, 12, 29))).isTrue();
                assertThat(o.covers(at(MONDAY, 12, 30))).isFalse();
                assertThat(o.reason()).isEqualTo("отключение электроэнергии");
            });
        }

        @Test
        void an_outage_id_already_taken_is_rejected() {
            school.accept(ADMIN, new DeclareOutage(outage, at(MONDAY, 8, 0), at(MONDAY, 12, 30), "сбой"));

            Outcome.Rejected rejected = school.reject(ADMIN,
                    new DeclareOutage(outage, at(MONDAY, 14, 0), at(MONDAY, 15, 0), "ещё один сбой"));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("DeclareOutage.id");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("REC-5.3");
            assertThat(school.state().outages()).singleElement().extracting(Outage::reason).isEqualTo("сбой");
        }
    }

    @Nested
    class UnknownActors {

        /** A command of each kind that sets the school up, acceptable on the fixture. */
        static Stream<Named<Command>> settingUpCommands() {
            return Stream.of(
                    RegisterStaffMember.of(StaffId.of("t-bio"), NOVIKOVA, StaffRole.TEACHER),
                    year(NEXT_YEAR, NEXT_FIRST, NEXT_LAST),
                    new DefineStudyPeriod(StudyPeriodId.of("q3"), YEAR, PeriodKind.QUARTER, 3, LocalDate.of(2027, 1, 11),
                            LocalDate.of(2027, 3, 21), GradeRange.of(1, 9)),
                    DefineSubject.of(SubjectId.of("bio"), "Биология"),
                    new CreateClass(ClassId.of("5v"), YEAR, 5, "В"),
                    new CreateGroup(GroupId.of("5a-g2"), C5A, "2 группа", Set.of(SIDOROV, ALEKSEEVA)),
                    new RegisterStudent(StudentId.of("s-novikova"), NOVIKOVA, LocalDate.of(2015, 2, 1)),
                    RecordMovement.transfer(PETROV, C5B, order("7-у"), LocalDate.of(2026, 10, 12)),
                    new RegisterGuardian(GuardianId.of("g-petrov"), PersonName.of("Петров", "Иван", "Иванович"),
                            Contact.of("+74152000003", null, null), false),
                    new LinkGuardian(IVANOVA_MOTHER, SIDOROV, Kinship.CUSTODIAN),
                    new AssignClassTeacher(C5B, MATH_TEACHER_ID),
                    new SetCurriculumLoad(C5A, MATH, new BigDecimal("4.5")),
                    AssignTeacher.of(C5A, PE, MATH_TEACHER_ID),
                    new RecordThematicPlan(C5A, MATH, List.of(PlannedTopic.of(1, "Натуральные числа", BigDecimal.TEN))),
                    new DeclareOutage(OutageId.of("outage-1"), at(MONDAY, 8, 0), at(MONDAY, 9, 0), "сбой"))
                    .map(c -> Named.of(c.commandName(), c));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("settingUpCommands")
        void a_staff_member_the_journal_does_not_know_changes_nothing(Command command) {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("ghost")), command);

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR);
            assertThat(rejected.violations().get(0).concerns()).isEqualTo("actor staff:ghost");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-6.6");
            school.accept(ADMIN, command);
        }

        @Test
        void an_unknown_actor_is_reported_with_the_other_violations() {
            Outcome.Rejected rejected = school.reject(Actor.staff(StaffId.of("ghost")),
                    DefineSubject.of(MATH, "Математика"));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_ACTOR, DUPLICATE_ID, DUPLICATE_NAME);
        }

        @Test
        void an_unregistered_pupil_or_guardian_is_refused_too() {
            DefineSubject command = DefineSubject.of(SubjectId.of("bio"), "Биология");

            assertThat(school.reject(Actor.student(StudentId.of("s-ghost")), command).codes())
                    .containsExactly(UNKNOWN_ACTOR);
            assertThat(school.reject(Actor.guardian(GuardianId.of("g-ghost")), command).codes())
                    .containsExactly(UNKNOWN_ACTOR);
        }
    }
}
