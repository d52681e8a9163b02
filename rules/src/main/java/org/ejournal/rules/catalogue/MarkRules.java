package org.ejournal.rules.catalogue;

import java.util.List;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;

/**
 * The rules that guard marks and periods: closed periods (REC-6.4), the first grade (§5a, POL-4.4c),
 * accumulation and the «н/а» rule (POL-4.4c, POL-5.2), the suggested period mark (§5a, POL-4.4e).
 *
 * <p>The violation codes of this group, stable across versions:
 * <table>
 * <caption>codes</caption>
 * <tr><th>code</th><th>rule</th><th>meaning</th></tr>
 * <tr><td>EJ2300</td><td>{@link ClosedPeriodsDoNotChange}</td><td>an entry in a closed study period</td></tr>
 * <tr><td>EJ2301</td><td>{@link PeriodsAreClosedAfterTheyEnd}</td><td>a period closed before it ended</td></tr>
 * <tr><td>EJ2305</td><td>{@link FirstGradersGetNoMarks}</td><td>a mark for a pupil of the first grade</td></tr>
 * <tr><td>EJ2310</td><td>{@link MarksAccumulateByWeeklyLoad}</td><td>a period mark for a pupil with too few marks</td></tr>
 * <tr><td>EJ2311</td><td>{@link MarksAccumulateByWeeklyLoad}</td><td>a pupil with too few marks in a period that has ended</td></tr>
 * <tr><td>EJ2315</td><td>{@link NotAttestedWhenMostLessonsMissed}</td><td>a mark where «н/а» is due</td></tr>
 * <tr><td>EJ2316</td><td>{@link NotAttestedWhenMostLessonsMissed}</td><td>«н/а» without its grounds</td></tr>
 * <tr><td>EJ2320</td><td>{@link PeriodMarkFollowsTheSuggestion}</td><td>a period mark other than the suggestion</td></tr>
 * <tr><td>EJ2349</td><td>{@link org.ejournal.rules.PeriodMarks}</td><td>(exception) a suggestion asked for an unknown subject or period</td></tr>
 * </table>
 */
public final class MarkRules {

    /** An entry dated in a closed study period (REC-6.4). */
    public static final String CODE_CLOSED_PERIOD = "EJ2300";
    /** A study period closed before its last day ended (REC-6.4). */
    public static final String CODE_CLOSED_BEFORE_END = "EJ2301";
    /** A mark for a pupil of the first grade (§5a, POL-4.4c). */
    public static final String CODE_FIRST_GRADE_MARK = "EJ2305";
    /** A numeric period mark for a pupil with fewer marks than the local act requires (POL-4.4c). */
    public static final String CODE_TOO_FEW_MARKS = "EJ2310";
    /** A pupil with fewer marks than required in a period that has ended (POL-4.4c, the report of POL-5.2). */
    public static final String CODE_TOO_FEW_MARKS_OUTSTANDING = "EJ2311";
    /** A period mark for a pupil who missed most lessons and has too few marks, where «н/а» is due (POL-4.4c). */
    public static final String CODE_NOT_ATTESTED_DUE = "EJ2315";
    /** «н/а» for a pupil who did not miss most lessons or has enough marks (POL-4.4c). */
    public static final String CODE_NOT_ATTESTED_UNFOUNDED = "EJ2316";
    /** A period mark that differs from the suggested one (§5a, POL-4.4e): a note, not a fault. */
    public static final String CODE_DIFFERS_FROM_SUGGESTION = "EJ2320";
    /** The code of the exception thrown when a suggestion is asked for an unknown subject or period. */
    public static final String CODE_UNKNOWN_IN_SUGGESTION = "EJ2349";

    private MarkRules() {
    }

    /**
     * @param profile the school's profile, not {@code null}
     * @return the rules of this part of the catalogue, configured by the profile
     */
    public static List<Rule> all(Profile profile) {
        return List.of(new ClosedPeriodsDoNotChange(profile), new PeriodsAreClosedAfterTheyEnd(profile),
                new FirstGradersGetNoMarks(profile), new MarksAccumulateByWeeklyLoad(profile),
                new NotAttestedWhenMostLessonsMissed(profile), new PeriodMarkFollowsTheSuggestion(profile));
    }
}
