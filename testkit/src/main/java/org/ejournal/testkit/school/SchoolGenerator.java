package org.ejournal.testkit.school;

import java.util.Objects;

/**
 * Generates realistic schools: the administrator's set-up before 1 September 2026 (staff, the year
 * with its calendar and study periods, subjects, classes and their curriculum loads, pupils with their
 * families and guardians, English groups, class teachers, teaching assignments, calendar-thematic
 * plans), then every day of the weeks asked for:
 *
 * <ul>
 * <li>the lessons of a weekly timetable built from the curriculum loads, in which no teacher is in two
 *     places at once, each recorded by its teacher at the bell (or by a free colleague who substitutes,
 *     named with the entry), with its topic from the thematic plan;</li>
 * <li>absences with their reasons — illnesses of several days («б»), excused days («у»), single missed
 *     («н») or late («оп») lessons — on the lesson's day;</li>
 * <li>tasks with their type and weight (tests every eighth lesson, laboratory work in the sciences) and
 *     marks around each pupil's ability, more 4s and 5s than 3s, few 2s, rarely a 1; the teacher marks
 *     first the pupils furthest from the local act's minimum for the period (накопляемость); first
 *     graders get no tasks and no marks;</li>
 * <li>homework on most lessons, set as the lesson ends;</li>
 * <li>pupils joining, changing class and leaving by the director's order;</li>
 * <li>weekly paper reports to guardians who declined electronic access;</li>
 * <li>at the end of each study period within the weeks, period marks from the weighted mean of the
 *     pupil's marks (or «н/а»), and the administrator closing the period the next day;</li>
 * <li>and, if asked, the {@link Mistakes} of {@link MistakeKind}.</li>
 * </ul>
 *
 * <pre>{@code
 * GeneratedSchool school = SchoolGenerator.generate(SchoolKnobs.builder().seed(42).weeks(3).build());
 * Replay replay = school.replay();                    // under the regulation, with a stepping clock
 * assert replay.rejectedSteps().isEmpty();
 * }</pre>
 *
 * <p>Deterministic: the same knobs give the same steps, byte for byte ({@link GeneratedSchool#digest()}),
 * on any machine, in any default locale or time zone. Stateless and thread-safe.
 */
public final class SchoolGenerator {

    private SchoolGenerator() {
    }

    /**
     * @param knobs the school's knobs, not {@code null}
     * @return the school, its steps, what they record and the mistakes made
     * @throws NullPointerException if the knobs are {@code null}
     * @throws IllegalStateException (code {@code EJ1001}) if no timetable fits the teachers the knobs give
     */
    public static GeneratedSchool generate(SchoolKnobs knobs) {
        return new Generation(Objects.requireNonNull(knobs, "knobs")).run();
    }
}
