package org.ejournal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ejournal.core.command.Command;
import org.ejournal.core.internal.JournalState;
import org.ejournal.core.rule.Rule;

/**
 * The rules of a journal or an audit, indexed by the command types they judge: each command asks
 * only the rules that {@linkplain Rule#judges judge} it. Shared by gate mode and audit mode, so both
 * ask the same rules in the same order. Immutable and thread-safe.
 */
final class RuleSet {

    private final List<Rule> rules;
    private final ClassValue<List<Rule>> byCommand = new ClassValue<>() {
        @Override
        protected List<Rule> computeValue(Class<?> type) {
            @SuppressWarnings("unchecked")
            Class<? extends Command> command = (Class<? extends Command>) type;
            List<Rule> out = new ArrayList<>();
            for (Rule r : rules) {
                if (r.judges(command)) {
                    out.add(r);
                }
            }
            return List.copyOf(out);
        }
    };

    RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Rule> all() {
        return rules;
    }

    /** Asks every rule that judges the candidate's command; a rule that throws is a programming error. */
    List<Violation> judge(JournalEvent candidate, JournalState state) {
        List<Rule> asked = byCommand.get(candidate.command().getClass());
        if (asked.isEmpty()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>(2);
        for (Rule rule : asked) {
            try (Stream<Violation> found = rule.check(candidate, state)) {
                found.forEach(out::add);
            } catch (RuntimeException e) {
                throw new IllegalStateException("EJ1900 rule " + rule.id() + " failed on "
                        + candidate.command().commandName(), e);
            }
        }
        return out;
    }
}
