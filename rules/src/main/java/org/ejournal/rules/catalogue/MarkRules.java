package org.ejournal.rules.catalogue;

import java.util.List;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;

/** The rules that guard marks and periods: closed periods (REC-6.4), substitution (REG-5), the first grade, accumulation and the «н/а» rule (POL-4.4c), the suggested period mark (§5a). */
public final class MarkRules {

    private MarkRules() {
    }

    /**
     * @param profile the school's profile
     * @return the rules of this part of the catalogue, configured by the profile
     */
    public static List<Rule> all(Profile profile) {
        return List.of();
    }
}
