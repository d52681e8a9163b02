package org.ejournal.testkit.school;

import java.math.BigDecimal;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.PassFail;
import org.ejournal.core.model.ScaleId;
import org.ejournal.core.model.SubjectId;

/**
 * The subjects a generated school may teach, with the weekly hours of a common basic curriculum
 * (учебный план) for a five-day week in each grade 1–11 and the grading scale of their marks. Which of
 * them a school teaches is the knob {@link SchoolKnobs#subjects()}.
 *
 * <p>Primary classes (grades 1–4) are taught by their own class teacher, except physical education and
 * English; literature is taught by the class's teacher of Russian. Immutable and thread-safe.
 */
public enum CurriculumSubject {

    /** Русский язык. */
    RUSSIAN("rus", "Русский язык", "ruslit", 0, 5, 5, 5, 5, 5, 6, 4, 3, 3, 3, 3),
    /** Литература (литературное чтение in primary school). */
    LITERATURE("lit", "Литература", "ruslit", 0, 4, 4, 4, 3, 3, 3, 2, 2, 3, 3, 3),
    /** Английский язык, from the second grade; taught in two groups in a class of 20 pupils or more. */
    ENGLISH("eng", "Английский язык", "eng", 0, 0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3),
    /** Математика (алгебра и геометрия from the seventh grade, kept as one subject). */
    MATHEMATICS("math", "Математика", "math", 0, 4, 4, 4, 4, 5, 5, 6, 6, 6, 6, 6),
    /** Окружающий мир, grades 1–4. */
    WORLD_AROUND_US("world", "Окружающий мир", "primary", 0, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0),
    /** История. */
    HISTORY("hist", "История", "hist", 0, 0, 0, 0, 0, 2, 2, 2, 2, 3, 3, 3),
    /** Биология. */
    BIOLOGY("bio", "Биология", "bio", 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2),
    /** Физика, from the seventh grade. */
    PHYSICS("phys", "Физика", "phys", 0, 0, 0, 0, 0, 0, 0, 2, 2, 3, 3, 3),
    /** Химия, from the eighth grade. */
    CHEMISTRY("chem", "Химия", "chem", 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2),
    /** Физическая культура. */
    PHYSICAL_EDUCATION("pe", "Физическая культура", "pe", 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
    /** Основы религиозных культур и светской этики, grade 4, marked pass or fail (зачёт). */
    ORKSE("orkse", "Основы религиозных культур и светской этики", "primary", 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0);

    private final SubjectId id;
    private final String title;
    private final String pool;
    private final int[] hours;

    CurriculumSubject(String id, String title, String pool, int... hours) {
        this.id = SubjectId.of(id);
        this.title = title;
        this.pool = pool;
        this.hours = hours;
    }

    /** @return the subject's identifier in a generated journal, e.g. {@code math} */
    public SubjectId id() {
        return id;
    }

    /** @return the subject's name as the journal shows it, e.g. «Математика» */
    public String title() {
        return title;
    }

    /** @return the scale of its marks: pass or fail for {@link #ORKSE}, the five-point scale otherwise */
    public ScaleId scale() {
        return this == ORKSE ? PassFail.ID : FivePoint.ID;
    }

    /**
     * @param grade a grade, 1 to 11
     * @return the weekly hours in that grade, 0 if the subject is not taught there
     * @throws IllegalArgumentException if the grade is not 1 to 11
     */
    public int hoursPerWeek(int grade) {
        if (grade < 1 || grade > 11) {
            throw new IllegalArgumentException("EJ1001 a grade is 1 to 11, got " + grade);
        }
        return hours[grade];
    }

    /** @return the weekly hours in that grade as the curriculum load's decimal */
    BigDecimal load(int grade) {
        return BigDecimal.valueOf(hoursPerWeek(grade));
    }

    /** @return the teachers' pool: subject teachers share one per subject (Russian and literature one) */
    String pool() {
        return pool;
    }

    /** @return whether a primary class's own teacher gives it (grades 1–4) */
    boolean taughtByPrimaryTeacher(int grade) {
        return grade <= 4 && this != PHYSICAL_EDUCATION && this != ENGLISH;
    }
}
