package org.ejournal.core.model;

import java.time.Instant;

/**
 * A declared outage window (технический сбой, REC-5.3): while it lasted nothing could be entered,
 * so entries whose deadline fell inside it are late with a reason rather than violations.
 * Immutable and thread-safe.
 *
 * @param id the identifier
 * @param start when it began
 * @param end when it ended, after {@code start}
 * @param reason what happened
 */
public record Outage(OutageId id, Instant start, Instant end, String reason) {

    /**
     * @param instant an instant, not {@code null}
     * @return whether the outage covers it
     */
    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
