package org.ejournal.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.rule.RuleId;
import org.ejournal.core.view.JournalView;

/**
 * The base of the catalogue's rules: a name, the clause it comes from, and the severity the school's
 * profile gives it (its own default unless the profile's {@code severities} says otherwise; a rule
 * set {@code OFF} finds nothing). Subclasses judge in {@link #judge} and, for what is missing as of
 * an instant, in {@link #overdue}. Every rule declares the codes it reports ({@link #codes()}), and
 * reporting an undeclared one is a bug in the rule that {@link #violation} and {@link #note} refuse
 * with an {@link IllegalStateException}. Immutable and thread-safe.
 */
public abstract class RegulationRule implements Rule {

    private final RuleId id;
    private final RuleSeverity severity;
    private final Set<String> codes;
    /** The school's profile. */
    protected final Profile profile;

    /**
     * @param name the rule's name, e.g. {@code MarksAreEnteredWithinTheDeadline}
     * @param clause the clause id, e.g. {@code REG-7}
     * @param byDefault the severity unless the profile overrides it
     * @param profile the school's profile
     * @param code a code the rule reports, e.g. {@code EJ2201}
     * @param moreCodes the other codes it reports, if any
     * @throws NullPointerException if an argument or a code is {@code null}
     * @throws IllegalArgumentException if a code is given twice
     */
    protected RegulationRule(String name, String clause, RuleSeverity byDefault, Profile profile, String code,
            String... moreCodes) {
        this.id = RuleId.of(name, clause);
        this.profile = Objects.requireNonNull(profile, "profile");
        this.severity = profile.severityOf(name, byDefault);
        String[] all = new String[moreCodes.length + 1];
        all[0] = code;
        System.arraycopy(moreCodes, 0, all, 1, moreCodes.length);
        this.codes = Set.of(all);
    }

    @Override
    public final RuleId id() {
        return id;
    }

    /** @return the codes this rule reports, its violations' and notes' alike */
    @Override
    public final Set<String> codes() {
        return codes;
    }

    /** @return the severity in force */
    public final RuleSeverity severity() {
        return severity;
    }

    /**
     * A rule set {@code OFF} judges nothing; otherwise the rule judges what {@link #concerns} says.
     *
     * @param command a command type
     * @return whether the journal should ask this rule about such commands
     */
    @Override
    public final boolean judges(Class<? extends org.ejournal.core.command.Command> command) {
        return severity != RuleSeverity.OFF && concerns(command);
    }

    /**
     * @param command a command type
     * @return whether this rule can find anything about such commands; by default every command
     */
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return true;
    }

    @Override
    public final Stream<Violation> check(JournalEvent candidate, JournalView view) {
        return severity == RuleSeverity.OFF ? Stream.empty() : judge(candidate, view);
    }

    @Override
    public final Stream<Violation> outstanding(Instant asOf, JournalView view) {
        return severity == RuleSeverity.OFF ? Stream.empty() : overdue(asOf, view);
    }

    /**
     * @param candidate the event to judge
     * @param view the journal before it
     * @return the violations, possibly none
     */
    protected abstract Stream<Violation> judge(JournalEvent candidate, JournalView view);

    /**
     * @param asOf the instant to judge at
     * @param view the journal
     * @return what is missing or overdue; by default nothing
     */
    protected Stream<Violation> overdue(Instant asOf, JournalView view) {
        return Stream.empty();
    }

    /**
     * A violation of this rule, with its clause and the severity in force.
     *
     * @param code the code, {@code EJ2xxx}
     * @param concerns what it concerns
     * @param ru the Russian message
     * @param en the English message
     * @return the violation
     * @throws IllegalStateException if the rule does not declare the code
     */
    protected final Violation violation(String code, String concerns, String ru, String en) {
        requireDeclared(code);
        Severity s = severity.toSeverity();
        return new Violation(code, id.clause(), s == null ? Severity.WARNING : s, concerns, ru, en);
    }

    /**
     * A note of this rule (not a violation), e.g. a late entry excused by an outage.
     *
     * @param code the code
     * @param concerns what it concerns
     * @param ru the Russian message
     * @param en the English message
     * @return the note
     * @throws IllegalStateException if the rule does not declare the code
     */
    protected final Violation note(String code, String concerns, String ru, String en) {
        requireDeclared(code);
        return Violation.note(code, id.clause(), concerns, ru, en);
    }

    private void requireDeclared(String code) {
        if (!codes.contains(code)) {
            throw new IllegalStateException("rule " + id.name() + " reports " + code + ", which it does not declare "
                    + "among its codes " + codes + "; a bug in the rule");
        }
    }

    @Override
    public String toString() {
        return id + " " + severity;
    }
}
