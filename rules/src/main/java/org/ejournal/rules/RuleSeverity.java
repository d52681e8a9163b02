package org.ejournal.rules;

import org.ejournal.core.Severity;

/** How a school's profile weighs a rule: it blocks, it warns, it only notes, or it is off. */
public enum RuleSeverity {
    /** A violation rejects the command. */
    BLOCKING,
    /** A violation is recorded with the accepted command. */
    WARNING,
    /** Not a violation: a note recorded with the accepted command (e.g. a period mark that differs from the suggestion). */
    INFO,
    /** The rule is not applied. */
    OFF;

    /** @return the core severity; {@code null} for {@link #OFF} */
    public Severity toSeverity() {
        switch (this) {
            case BLOCKING:
                return Severity.BLOCKING;
            case WARNING:
                return Severity.WARNING;
            case INFO:
                return Severity.INFO;
            default:
                return null;
        }
    }
}
