package org.ejournal.testkit.conformance;

import java.util.Locale;

/**
 * What became of a step, as a scenario expects it and a system under test answers it: a command is
 * accepted (notes allowed), warned (accepted with at least one warning) or rejected; a read is granted
 * or refused; asking what is outstanding finds nothing (clean) or something (found).
 */
public enum OutcomeKind {
    /** The command was recorded with no warning (notes, severity {@code INFO}, may come with it). */
    ACCEPTED,
    /** The command was recorded with at least one warning. */
    WARNED,
    /** The command was refused and nothing changed. */
    REJECTED,
    /** The read was answered. */
    GRANTED,
    /** The read was refused. */
    REFUSED,
    /** The rules asked found nothing outstanding. */
    CLEAN,
    /** The rules asked found something outstanding. */
    FOUND;

    /** @return the name a scenario file writes, e.g. {@code warned} */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether this is an outcome of a command */
    public boolean ofCommand() {
        return this == ACCEPTED || this == WARNED || this == REJECTED;
    }

    /** @return whether this is an outcome of a read */
    public boolean ofRead() {
        return this == GRANTED || this == REFUSED;
    }

    /** @return whether this is an outcome of asking what is outstanding */
    public boolean ofOutstanding() {
        return this == CLEAN || this == FOUND;
    }

    /** @return whether the outcome needs at least one violation: warned, rejected, refused, found */
    public boolean needsViolations() {
        return this == WARNED || this == REJECTED || this == REFUSED || this == FOUND;
    }

    /** @return whether the outcome allows no violation at all: granted, clean */
    public boolean allowsNoViolations() {
        return this == GRANTED || this == CLEAN;
    }

    @Override
    public String toString() {
        return fileName();
    }
}
