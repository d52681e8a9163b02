package org.ejournal.core.archive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.SchoolId;

/**
 * What {@link Archive#verify(java.io.InputStream)} found: every problem, and what the archive holds as
 * far as it could be read. An archive is intact when there are no problems; then {@link #eventCount()}
 * and {@link #root()} are the manifest's, confirmed by the events. Immutable and thread-safe.
 *
 * @param problems every problem found, in the order found, not {@code null}; empty when intact
 * @param school the school the manifest names, empty if it could not be read
 * @param eventCount the number of events that could be decoded
 * @param root the Merkle root over the events, empty unless every event was decoded
 */
public record ArchiveReport(List<ArchiveProblem> problems, Optional<SchoolId> school, long eventCount,
        Optional<Hash> root) {

    /** Copies the list and checks the components are present. */
    public ArchiveReport {
        problems = List.copyOf(problems);
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(root, "root");
    }

    /** @return whether no problem was found */
    public boolean isIntact() {
        return problems.isEmpty();
    }
}
