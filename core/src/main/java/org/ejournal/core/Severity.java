package org.ejournal.core;

/** How much a violation weighs. */
public enum Severity {
    /** The command is rejected and nothing changes. */
    BLOCKING,
    /** The command is accepted; the warning is recorded with its event. */
    WARNING
}
