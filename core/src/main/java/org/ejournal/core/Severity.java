package org.ejournal.core;

/** How much a violation weighs. */
public enum Severity {
    /** The command is rejected and nothing changes. */
    BLOCKING,
    /** The command is accepted; the warning is recorded with its event. */
    WARNING,
    /**
     * Not a violation: a note recorded with the accepted event, such as the reason an entry was late
     * (an outage, REC-5.3) or that a period mark differs from the computed suggestion (§5a).
     */
    INFO
}
