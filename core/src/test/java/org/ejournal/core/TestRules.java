package org.ejournal.core;

import java.util.stream.Stream;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.rule.RuleId;
import org.ejournal.core.view.JournalView;

/** Small rules for the library's own tests. */
final class TestRules {

    private TestRules() {
    }

    /**
     * @param name the rule's name
     * @param clause its clause
     * @return a rule that throws whenever it is asked about an event: a programming error
     */
    static Rule throwing(String name, String clause) {
        return new Rule() {
            @Override
            public RuleId id() {
                return RuleId.of(name, clause);
            }

            @Override
            public Stream<Violation> check(JournalEvent candidate, JournalView view) {
                throw new ArithmeticException("/ by zero");
            }
        };
    }
}
