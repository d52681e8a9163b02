package org.ejournal.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ejournal.core.rule.Rule;
import org.ejournal.rules.Profile;
import org.ejournal.rules.Regulation;
import org.ejournal.rules.catalogue.AccessRules;

/**
 * What the conformance scenarios are about: every rule of the regulation's catalogue with its clause
 * and the violation codes it reports, the read side of access separation, and the journal's own
 * integrity checks. A scenario names one of these as its {@code rule}; the suite's tests require each
 * catalogue rule to trip and to hold in its scenarios, and each code to be expected somewhere. A vendor
 * reads here which codes their system must give for which rule. Immutable and thread-safe.
 */
public final class RuleIndex {

    /** The name scenarios of the read side of access separation give as their rule. */
    public static final String ACCESS_POLICY = "RegulationAccessPolicy";
    /** The name scenarios of the journal's own integrity checks (codes EJ1100–EJ1127) give as their rule. */
    public static final String INTEGRITY = "Integrity";

    /** What an entry of the index stands for. */
    public enum Kind {
        /** A rule object of the catalogue, judging commands and, for some, what is outstanding. */
        RULE,
        /** The regulation's access policy, judging reads. */
        READS,
        /** The journal's own checks, which no profile changes. */
        INTEGRITY
    }

    /**
     * One rule (or the read policy, or the integrity checks) with its clauses and codes.
     *
     * @param name the rule's name, e.g. {@code MarksAreEnteredWithinTheDeadline}
     * @param kind what it stands for
     * @param clauses the clauses its violations carry; empty for the integrity checks, whose clause is
     *     the command's own
     * @param codes its codes, in ascending order
     */
    public record Entry(String name, Kind kind, Set<String> clauses, List<String> codes) {

        /**
         * Copies the collections.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            clauses = Set.copyOf(clauses);
            codes = List.copyOf(codes);
        }
    }

    private static final List<Entry> ENTRIES = build();

    private RuleIndex() {
    }

    /** @return every entry: the catalogue's rules in the catalogue's order, then the read policy, then integrity */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * @param name a rule's name, not {@code null}
     * @return its entry, if the index has one
     */
    public static Optional<Entry> entry(String name) {
        Objects.requireNonNull(name, "name");
        return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * @param code a violation code, not {@code null}
     * @return the entry whose code it is, if any
     */
    public static Optional<Entry> entryOf(String code) {
        Objects.requireNonNull(code, "code");
        return ENTRIES.stream().filter(e -> e.codes().contains(code)).findFirst();
    }

    /**
     * @param name a rule's name, not {@code null}
     * @param profile the school's profile, not {@code null}
     * @return the catalogue's rule of that name, configured by the profile, if there is one
     */
    public static Optional<Rule> rule(String name, Profile profile) {
        Objects.requireNonNull(name, "name");
        return Regulation.rules(profile).stream().filter(r -> r.id().name().equals(name)).findFirst();
    }

    private static List<Entry> build() {
        List<Entry> out = new ArrayList<>();
        for (Rule r : Regulation.rules(Profile.defaults())) {
            // a rule that declared no codes has none here, and the suite's coverage test fails for it
            out.add(new Entry(r.id().name(), Kind.RULE, Set.of(r.id().clause()), r.codes().stream().sorted().toList()));
        }
        out.add(new Entry(ACCESS_POLICY, Kind.READS, Set.of("POL-3.6", "POL-8.2", "REC-1.8"),
                List.of(AccessRules.CODE_PAGE_REFUSED, AccessRules.CODE_DIARY_REFUSED,
                        AccessRules.CODE_HISTORY_REFUSED, AccessRules.CODE_EDITS_REFUSED)));
        List<String> integrity = new ArrayList<>();
        for (java.lang.reflect.Field f : org.ejournal.core.ViolationCodes.class.getFields()) {
            try {
                if (f.getType() == String.class && f.get(null) instanceof String code && code.matches("EJ11\\d\\d")) {
                    integrity.add(code);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        out.add(new Entry(INTEGRITY, Kind.INTEGRITY, Set.of(), integrity.stream().sorted().toList()));
        return List.copyOf(out);
    }
}
