package org.ejournal.core.store;

import java.util.List;
import java.util.Objects;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.SchoolId;

/**
 * What {@link AuditLog#verify} found: the size and root of the tree the stored entries make, how
 * many entries are tombstones, how many checkpoints verified, and every break. Immutable and
 * thread-safe.
 *
 * @param school the school, not {@code null}
 * @param entries how many entries were read
 * @param tombstones how many of them had their payload purged
 * @param root the root of the tree of the leaves as recomputed from the headers and digests
 * @param checkpoints how many stored checkpoints there are
 * @param breaks every break found, in the order found; empty when the log is intact
 */
public record LogReport(SchoolId school, long entries, long tombstones, Hash root, int checkpoints,
        List<LogBreak> breaks) {

    /** Checks the components and copies the breaks. */
    public LogReport {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(root, "root");
        breaks = List.copyOf(breaks);
    }

    /** @return whether no break was found */
    public boolean isIntact() {
        return breaks.isEmpty();
    }
}
