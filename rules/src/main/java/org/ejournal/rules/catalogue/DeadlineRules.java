package org.ejournal.rules.catalogue;

import java.util.List;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;

/** The rules that guard deadlines in the school's zone (REG-4, REG-6, REG-7, POL-4.4e, POL-8.4, POL-8.3) and excuse what an outage made late (REC-5.3). */
public final class DeadlineRules {

    private DeadlineRules() {
    }

    /**
     * @param profile the school's profile
     * @return the rules of this part of the catalogue, configured by the profile
     */
    public static List<Rule> all(Profile profile) {
        return List.of();
    }
}
