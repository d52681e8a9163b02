package org.ejournal.testkit.school;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ejournal.rules.Profile;
import org.immutables.value.Value;

/**
 * The knobs of a generated school: its size (classes per grade, pupils per class, subjects), how many
 * weeks of the school year 2026/27 are recorded from 1 September, how its pupils and staff behave
 * (guardians, illness, movements, substitutions), the {@link Mistakes} they make, and the local act
 * ({@link Profile}) they work under. Every random choice follows from {@link #seed()}.
 *
 * <pre>{@code
 * SchoolKnobs knobs = SchoolKnobs.builder()
 *         .seed(7)
 *         .classesPerGrade(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0))   // grades 1–9, one class each
 *         .minPupils(6).maxPupils(12)
 *         .weeks(3)
 *         .subjects(EnumSet.of(CurriculumSubject.RUSSIAN, CurriculumSubject.MATHEMATICS))
 *         .mistakes(Mistakes.none().with(MistakeKind.LATE_MARK, 20))
 *         .build();
 * GeneratedSchool school = SchoolGenerator.generate(knobs);
 * }</pre>
 *
 * <p>Invalid knobs are refused when built with an {@link IllegalArgumentException} (code
 * {@code EJ1001}) naming the knob. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolKnobs {

    /** The most classes (letters А–Д) a grade can have. */
    public static final int MAX_CLASSES_PER_GRADE = 5;
    /** The most weeks: 1 September to 31 May 2027. */
    public static final int MAX_WEEKS = 39;
    /** The most pupils in a class. */
    public static final int MAX_PUPILS = 40;

    SchoolKnobs() {
    }

    /** @return a builder starting from {@link #defaults()} */
    public static ImmutableSchoolKnobs.Builder builder() {
        return ImmutableSchoolKnobs.builder();
    }

    /**
     * @return a city school of 30 classes (three in grades 1–8, two in 9–11), 25–30 pupils each, every
     *     subject, two weeks from 1 September 2026, no mistakes, the regulation's default profile
     */
    public static SchoolKnobs defaults() {
        return builder().build();
    }

    /**
     * @param seed another seed
     * @return the same knobs with that seed
     */
    public SchoolKnobs withSeed(long seed) {
        return builder().from(this).seed(seed).build();
    }

    /** @return the seed of every random choice; default 20260901 */
    @Value.Default
    public long seed() {
        return 20_260_901L;
    }

    /** @return the school's identifier; default {@code kamchatka-school-42} */
    @Value.Default
    public String schoolId() {
        return "kamchatka-school-42";
    }

    /** @return the school's name; default «МАОУ «Средняя школа № 42»» */
    @Value.Default
    public String schoolName() {
        return "МАОУ «Средняя школа № 42»";
    }

    /** @return the school's time zone, in which every day and hour is counted; default Asia/Kamchatka (UTC+12) */
    @Value.Default
    public ZoneId zone() {
        return ZoneId.of("Asia/Kamchatka");
    }

    /**
     * @return how many classes each grade 1–11 has: eleven numbers, each 0 to
     *     {@value #MAX_CLASSES_PER_GRADE}, at least one class in all; default 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2
     */
    @Value.Default
    public List<Integer> classesPerGrade() {
        return List.of(3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2);
    }

    /** @return the fewest pupils a class starts the year with, at least 1; default 25 */
    @Value.Default
    public int minPupils() {
        return 25;
    }

    /** @return the most pupils a class starts the year with, at most {@value #MAX_PUPILS}; default 30 */
    @Value.Default
    public int maxPupils() {
        return 30;
    }

    /**
     * @return how many weeks are recorded, from Tuesday 1 September 2026: 1 to {@value #MAX_WEEKS}; default 2.
     *     With 8 or more the first quarter ends within them: period marks are set and the quarter is closed
     */
    @Value.Default
    public int weeks() {
        return 2;
    }

    /** @return the subjects the school teaches, at least one; default all of {@link CurriculumSubject} */
    @Value.Default
    public Set<CurriculumSubject> subjects() {
        return EnumSet.allOf(CurriculumSubject.class);
    }

    /** @return the share of families, in percent, with a registered guardian; default 90 */
    @Value.Default
    public int guardianPercent() {
        return 90;
    }

    /** @return the share of guardians, in percent, who decline electronic access (and get paper reports); default 15 */
    @Value.Default
    public int withoutElectronicAccessPercent() {
        return 15;
    }

    /** @return how many pupils join a class (without groups) during the weeks; default 3 */
    @Value.Default
    public int lateEnrolments() {
        return 3;
    }

    /** @return how many pupils move to another class of their grade (both without groups); default 3 */
    @Value.Default
    public int transfers() {
        return 3;
    }

    /** @return how many pupils leave the school during the weeks; default 2 */
    @Value.Default
    public int withdrawals() {
        return 2;
    }

    /** @return the chance per pupil and school day, in thousandths, that an illness of 2–7 school days starts; default 10 */
    @Value.Default
    public int illnessPerMille() {
        return 10;
    }

    /** @return the share of lessons, in percent, a free colleague gives instead of the teacher; default 2 */
    @Value.Default
    public int substitutionPercent() {
        return 2;
    }

    /**
     * @return the share of marks, in thousandths, first entered one off (a slip of the finger: a 4 for a 5,
     *     «незачёт» for «зачёт») and corrected by the teacher the same day with a reason ({@code CorrectMark},
     *     REC-1.7): the journal keeps both revisions, the corrected mark counts. Drawn from a random stream
     *     of its own, so the rest of the school is the same with or without corrections. Not a mistake the
     *     regulation finds: a correction is how it wants a wrong entry put right. Default 0
     */
    @Value.Default
    public int correctionPerMille() {
        return 0;
    }

    /** @return the mistakes the staff make; default {@link Mistakes#none()} */
    @Value.Default
    public Mistakes mistakes() {
        return Mistakes.none();
    }

    /**
     * @return the local act the staff follow: the bell schedule, the deadlines, the accumulation table and
     *     the averaging of period marks; default {@link Profile#defaults()}
     */
    @Value.Default
    public Profile profile() {
        return Profile.defaults();
    }

    /** @return how many classes in all */
    public int classCount() {
        return classesPerGrade().stream().mapToInt(Integer::intValue).sum();
    }

    @Value.Check
    void check() {
        if (classesPerGrade().size() != 11) {
            throw invalid("classesPerGrade", "give eleven numbers, one per grade 1–11");
        }
        for (int n : classesPerGrade()) {
            if (n < 0 || n > MAX_CLASSES_PER_GRADE) {
                throw invalid("classesPerGrade", "each grade has 0 to " + MAX_CLASSES_PER_GRADE + " classes");
            }
        }
        if (classCount() == 0) {
            throw invalid("classesPerGrade", "the school needs at least one class");
        }
        if (minPupils() < 1 || maxPupils() > MAX_PUPILS || minPupils() > maxPupils()) {
            throw invalid("minPupils, maxPupils", "1 ≤ minPupils ≤ maxPupils ≤ " + MAX_PUPILS);
        }
        if (weeks() < 1 || weeks() > MAX_WEEKS) {
            throw invalid("weeks", "1 to " + MAX_WEEKS);
        }
        if (subjects().isEmpty()) {
            throw invalid("subjects", "give at least one subject");
        }
        if (schoolId().isBlank()) {
            throw invalid("schoolId", "give an identifier");
        }
        percent("guardianPercent", guardianPercent(), 100);
        percent("withoutElectronicAccessPercent", withoutElectronicAccessPercent(), 100);
        percent("substitutionPercent", substitutionPercent(), 100);
        percent("illnessPerMille", illnessPerMille(), 1000);
        percent("correctionPerMille", correctionPerMille(), 1000);
        if (lateEnrolments() < 0 || transfers() < 0 || withdrawals() < 0) {
            throw invalid("lateEnrolments, transfers, withdrawals", "not negative");
        }
    }

    private static void percent(String knob, int value, int max) {
        if (value < 0 || value > max) {
            throw invalid(knob, "0 to " + max);
        }
    }

    private static IllegalArgumentException invalid(String knob, String rule) {
        return new IllegalArgumentException("EJ1001 invalid school knob " + knob + ": " + rule);
    }
}
