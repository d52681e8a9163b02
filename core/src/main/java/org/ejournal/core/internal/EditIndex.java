package org.ejournal.core.internal;

import java.util.Arrays;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;

/**
 * The revisions of one class journal's entries in one subject, in recording order: for each, the entry
 * and the revision itself — the same object the entry's history holds ({@link Revision}), or, for a
 * mark's first revision, which lives with the mark, the mark's {@link JournalState.MarkCell} of that
 * moment. Not a second bookkeeping: a list of pointers into the history, two references a revision.
 * Not thread-safe; guarded like the state.
 */
final class EditIndex {

    private EntryRef[] entries = new EntryRef[16];
    private Object[] revisions = new Object[16];
    private int size;

    void add(EntryRef entry, Object revision) {
        if (size == entries.length) {
            int grown = size + (size >> 1);
            entries = Arrays.copyOf(entries, grown);
            revisions = Arrays.copyOf(revisions, grown);
        }
        entries[size] = entry;
        revisions[size] = revision;
        size++;
    }

    int size() {
        return size;
    }

    EntryRef entry(int i) {
        return entries[i];
    }

    /** The i-th revision in recording order. */
    Revision revision(int i) {
        Object r = revisions[i];
        return r instanceof Revision revision ? revision : ((JournalState.MarkCell) r).firstRevision();
    }

    /** When the i-th revision was recorded, without building it. */
    java.time.Instant recordedAt(int i) {
        Object r = revisions[i];
        return r instanceof Revision revision ? revision.recordedAt() : ((JournalState.MarkCell) r).recordedAt();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditIndex other && size == other.size
                && Arrays.equals(entries, 0, size, other.entries, 0, size)
                && Arrays.equals(revisions, 0, size, other.revisions, 0, size);
    }

    @Override
    public int hashCode() {
        return 31 * size + (size == 0 ? 0 : entries[size - 1].hashCode());
    }

    @Override
    public String toString() {
        return "EditIndex[" + size + " revisions]";
    }
}
