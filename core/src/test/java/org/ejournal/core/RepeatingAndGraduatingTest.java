package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.time.LocalDate;
import java.util.Set;
import org.ejournal.core.command.CreateClass;
import org.ejournal.core.command.OpenSchoolYear;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.MovementKind;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.SchoolCalendar;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StudentId;
import org.junit.jupiter.api.Test;

/** POL-4.6: a pupil may repeat a grade in the next year, and graduates leave after grade 9 or 11. */
class RepeatingAndGraduatingTest {

    private static final SchoolYearId NEXT_YEAR = SchoolYearId.of("2027-2028-r");
    private static final LocalDate NEXT_FIRST = LocalDate.of(2027, 9, 1);
    private static final ClassId C5A_NEXT = ClassId.of("5a-2027-r");
    private static final ClassId C6A_NEXT = ClassId.of("6a-2027-r");
    private static final ClassId C9A = ClassId.of("9a-r");
    private static final StudentId NINTH_GRADER = StudentId.of("s-ninth");

    private final SchoolFixture school = SchoolFixture.create();

    private void openNextYear() {
        school.accept(ADMIN, new OpenSchoolYear(NEXT_YEAR, NEXT_FIRST, LocalDate.of(2028, 5, 31),
                SchoolCalendar.ofWeek(5)));
        school.accept(ADMIN, new CreateClass(C5A_NEXT, NEXT_YEAR, 5, "А"));
        school.accept(ADMIN, new CreateClass(C6A_NEXT, NEXT_YEAR, 6, "А"));
    }

    private static RecordMovement movement(StudentId pupil, MovementKind kind, ClassId to, LocalDate effective) {
        return new RecordMovement(pupil, kind, to, order("77-у"), effective, Set.of());
    }

    @Test
    void POL_4_6_a_pupil_repeats_the_grade_in_a_class_of_the_next_year() {
        openNextYear();

        school.accept(ADMIN, movement(IVANOVA, MovementKind.REPETITION, C5A_NEXT, NEXT_FIRST));

        assertThat(school.state().classOf(IVANOVA, NEXT_FIRST)).contains(C5A_NEXT);
        assertThat(school.state().classOf(IVANOVA, YEAR_LAST)).contains(C5A);
    }

    @Test
    void POL_4_6_a_repetition_into_the_next_grade_or_the_same_year_is_rejected() {
        openNextYear();

        assertThat(school.reject(ADMIN, movement(IVANOVA, MovementKind.REPETITION, C6A_NEXT, NEXT_FIRST)).codes())
                .containsExactly(ViolationCodes.INVALID_MOVEMENT);
        assertThat(school.reject(ADMIN, movement(IVANOVA, MovementKind.REPETITION, C5B, LocalDate.of(2026, 10, 12)))
                .codes()).containsExactly(ViolationCodes.INVALID_MOVEMENT);
    }

    @Test
    void POL_4_6_a_ninth_grader_graduates_and_leaves_the_school() {
        school.accept(ADMIN, new CreateClass(C9A, YEAR, 9, "А"));
        school.accept(ADMIN, new RegisterStudent(NINTH_GRADER, PersonName.of("Выпускников", "Егор", null), null));
        school.accept(ADMIN, RecordMovement.enrolment(NINTH_GRADER, C9A, order("1-у"), YEAR_FIRST));

        school.accept(ADMIN, movement(NINTH_GRADER, MovementKind.GRADUATION, null, LocalDate.of(2027, 6, 25)));

        assertThat(school.state().classOf(NINTH_GRADER, LocalDate.of(2027, 5, 31))).contains(C9A);
        assertThat(school.state().classOf(NINTH_GRADER, LocalDate.of(2027, 6, 25))).isEmpty();
    }

    @Test
    void POL_4_6_a_fifth_grader_cannot_graduate() {
        Outcome.Rejected rejected = school.reject(ADMIN,
                movement(IVANOVA, MovementKind.GRADUATION, null, LocalDate.of(2027, 6, 25)));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.INVALID_MOVEMENT);
        assertThat(rejected.violations().get(0).messageEn()).contains("grade 9 or 11");
    }

    @Test
    void POL_4_6_a_graduation_names_no_class_to_join() {
        Outcome.Rejected rejected = school.reject(ADMIN,
                movement(IVANOVA, MovementKind.GRADUATION, C5B, LocalDate.of(2027, 6, 25)));

        assertThat(rejected.codes()).containsExactly(ViolationCodes.INVALID_VALUE);
    }
}
