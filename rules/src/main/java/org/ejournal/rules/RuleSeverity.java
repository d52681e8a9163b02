package org.ejournal.rules;

import org.ejournal.core.Severity;

/** How a school's profile weighs a rule: it blocks, it warns, or it is off. */
public enum RuleSeverity {
    /** A violation rejects the command. */
    BLOCKING,
    /** A violation is recorded with the accepted command. */
    WARNING,
    /** The rule is not applied. */
    OFF;

    /** @return the core severity; {@code null} for {@link #OFF} */
    public Severity toSeverity() {
        return this == OFF ? null : this == BLOCKING ? Severity.BLOCKING : Severity.WARNING;
    }
}
