package org.ejournal.rules.catalogue;

import java.util.List;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;

/** The rules that separate access (POL-1.6, POL-1.7, POL-3.4, POL-3.6, POL-4.5, POL-4.6, REC-6.2, REC-6.4). */
public final class AccessRules {

    private AccessRules() {
    }

    /**
     * @param profile the school's profile
     * @return the rules of this part of the catalogue, configured by the profile
     */
    public static List<Rule> all(Profile profile) {
        return List.of();
    }
}
