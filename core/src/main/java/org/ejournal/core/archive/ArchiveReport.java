package org.ejournal.core.archive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.SchoolId;

/**
 * What {@link Archive#verify(java.io.InputStream)} found: every problem, and what the archive holds as
 * far as it could be read. An archive is intact when there are no problems; then {@link #first()},
 * {@link #eventCount()}, {@link #root()} and {@link #checkpoints()} are the manifest's, confirmed by
 * the parts. Immutable and thread-safe.
 *
 * @param problems every problem found, in the order found, not {@code null}; empty when intact
 * @param school the school the manifest names, empty if it could not be read
 * @param first the sequence of the first archived entry: {@code 1} for an archive of the whole log
 *     (or of the first school year), later for a range; as the manifest states, or, when the manifest
 *     cannot be read, as the first event's header does (1 when neither can be read)
 * @param eventCount the number of events that could be decoded
 * @param root the Merkle root of the school's whole log at the last archived entry (the journal's
 *     root then), recomputed from the frontier before the range and the events; empty unless the
 *     manifest was read and every event decoded
 * @param checkpoints the number of signed checkpoints the archive holds that could be read
 */
public record ArchiveReport(List<ArchiveProblem> problems, Optional<SchoolId> school, long first, long eventCount,
        Optional<Hash> root, int checkpoints) {

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

    /** @return the sequence of the last archived entry, {@code first() + eventCount() - 1} */
    public long last() {
        return first + eventCount - 1;
    }

    /** @return the archived range of the log, {@link #first()} to {@link #last()} */
    public ArchiveRange range() {
        return ArchiveRange.of(first, last());
    }
}
