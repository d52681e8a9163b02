package org.ejournal.core.view;

import java.util.List;
import java.util.Optional;

/**
 * The whole history of one entry, oldest first (REC-1.7, POL-1.2): a correction never erases the
 * original. Immutable and thread-safe.
 *
 * @param entry the entry
 * @param revisions its revisions, oldest first, never empty
 */
public record EntryHistory(EntryRef entry, List<Revision> revisions) {

    /** Copies the revisions. */
    public EntryHistory {
        revisions = List.copyOf(revisions);
    }

    /** @return the entry as it stands now, or empty if it was cancelled */
    public Optional<String> current() {
        return revisions.get(revisions.size() - 1).after();
    }

    /** @return the entry as first recorded */
    public Optional<String> original() {
        return revisions.get(0).after();
    }
}
