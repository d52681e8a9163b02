package org.ejournal.core;

import java.util.List;

/**
 * What became of a command: {@link Accepted} with the recorded events and any warnings, or
 * {@link Rejected} with the violations — and then nothing changed. Business outcomes are values,
 * never exceptions. Immutable and thread-safe.
 */
public sealed interface Outcome {

    /** @return whether the command was recorded */
    boolean isAccepted();

    /** @return the violations: blocking ones for a rejection, warnings for an acceptance */
    List<Violation> violations();

    /**
     * The command was recorded.
     *
     * @param events the recorded events, at least one
     * @param warnings warnings recorded with them, possibly empty
     */
    record Accepted(List<JournalEvent> events, List<Violation> warnings) implements Outcome {

        /** Copies the lists. */
        public Accepted {
            events = List.copyOf(events);
            warnings = List.copyOf(warnings);
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public List<Violation> violations() {
            return warnings;
        }
    }

    /**
     * The command was refused and nothing changed.
     *
     * @param violations why, at least one blocking violation (warnings found on the way are listed too)
     */
    record Rejected(List<Violation> violations) implements Outcome {

        /** Copies the list. */
        public Rejected {
            violations = List.copyOf(violations);
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        /** @return the codes of the violations, in order */
        public List<String> codes() {
            return violations.stream().map(Violation::code).toList();
        }
    }
}
