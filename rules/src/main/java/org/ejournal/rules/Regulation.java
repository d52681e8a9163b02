package org.ejournal.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.Journal;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.model.School;
import org.ejournal.core.retention.RetentionPolicy;
import org.ejournal.core.rule.AccessPolicy;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.DeadlineRules;
import org.ejournal.rules.catalogue.MarkRules;

/**
 * The regulation as code: the rule catalogue for a school's profile, in gate mode (a journal built
 * with it) and in audit mode (over recorded or imported events).
 *
 * <pre>{@code
 * Profile profile = ProfileFile.read(Path.of("local-act.json"));
 * Journal journal = Regulation.journal(school, profile).store(store).build();
 * AuditReport report = Regulation.audit(school, profile, events, Instant.now(clock));
 * }</pre>
 */
public final class Regulation {

    private Regulation() {
    }

    /**
     * @param profile the school's profile, not {@code null}
     * @return every rule of the catalogue, configured by the profile (rules set {@code OFF} included:
     *     they find nothing)
     */
    public static List<Rule> rules(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        List<Rule> all = new ArrayList<>();
        all.addAll(AccessRules.all(profile));
        all.addAll(DeadlineRules.all(profile));
        all.addAll(MarkRules.all(profile));
        return List.copyOf(all);
    }

    /**
     * The regulation's access policy for reads: who may see which page, diary and history (REC-6.2,
     * POL-3.6, POL-8.2, REC-8.2, REC-1.8).
     *
     * @param profile the school's profile, not {@code null}
     * @return the policy
     * @throws NullPointerException if the profile is {@code null}
     */
    public static AccessPolicy accessPolicy(Profile profile) {
        return new RegulationAccessPolicy(profile);
    }

    /**
     * A journal builder with the catalogue and the regulation's access policy in place.
     *
     * @param school the school, not {@code null}
     * @param profile its profile, not {@code null}
     * @return a builder; add a store and a clock and build
     */
    public static Journal.Builder journal(School school, Profile profile) {
        return Journal.builder().school(school).rules(rules(profile)).access(accessPolicy(profile));
    }

    /**
     * The school's retention terms (REC-7.2, POL-7.1: journals; REC-7.3, POL-7.2: summary sheets; both
     * counted from the end of the school year, or from the day of the year the local act names), to plan
     * and purge what has passed them:
     * {@code Retention.of(Regulation.retention(profile)).plan(journal, store, today)}.
     *
     * @param profile the school's profile, not {@code null}
     * @return the retention policy of the profile
     * @throws NullPointerException if the profile is {@code null}
     */
    public static RetentionPolicy retention(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        return new RetentionPolicy(profile.journalRetentionYears(), profile.summarySheetRetentionYears(),
                profile.retentionCountFrom());
    }

    /**
     * Audit mode: every rule over recorded or imported events, each judged at its own recorded instant
     * and by its own actor, then what is outstanding at {@code asOf}. Linear in the number of events.
     *
     * @param school the school, not {@code null}
     * @param profile its profile, not {@code null}
     * @param events the events in log order, not {@code null}
     * @param asOf when to judge what is outstanding, not {@code null}
     * @return every finding
     */
    public static AuditReport audit(School school, Profile profile, Stream<JournalEvent> events, Instant asOf) {
        return Audit.run(school, rules(profile), events, asOf);
    }
}
