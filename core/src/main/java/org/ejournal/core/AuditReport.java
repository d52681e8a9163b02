package org.ejournal.core;

import java.util.List;

/**
 * What an audit found (audit mode): every violation of every event, in log order, then what was
 * outstanding at the end. Immutable and thread-safe.
 *
 * @param events how many events were read
 * @param applied how many of them could be applied (the others broke the journal's integrity)
 * @param findings the findings, in log order, outstanding ones last
 */
public record AuditReport(long events, long applied, List<Finding> findings) {

    /** Copies the findings. */
    public AuditReport {
        findings = List.copyOf(findings);
    }

    /** @return the findings that would have rejected their command at entry */
    public List<Finding> blocking() {
        return findings.stream().filter(f -> f.violation().isBlocking()).toList();
    }

    /** @return the findings that are violations: blocking ones and warnings, not notes */
    public List<Finding> violations() {
        return findings.stream().filter(f -> f.violation().severity() != org.ejournal.core.Severity.INFO).toList();
    }

    /** @return whether no violation was found (notes aside) */
    public boolean isClean() {
        return violations().isEmpty();
    }

    /**
     * One finding.
     *
     * @param sequence the position of the event in the log read, or 0 for what was outstanding at the end
     * @param violation what was found
     */
    public record Finding(long sequence, Violation violation) {
    }
}
