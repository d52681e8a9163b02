package org.ejournal.core.store;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.model.SchoolId;

/** A store that forwards everything to another: tests override one method to fail or to forge. */
public class ForwardingStore implements JournalStore {

    protected final JournalStore delegate;

    public ForwardingStore(JournalStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public long size(SchoolId school) {
        return delegate.size(school);
    }

    @Override
    public void append(SchoolId school, LogEntry entry, Frontier frontier) {
        delegate.append(school, entry, frontier);
    }

    @Override
    public void appendAll(SchoolId school, List<LogEntry> entries, Frontier frontier) {
        delegate.appendAll(school, entries, frontier);
    }

    @Override
    public Stream<LogEntry> entries(SchoolId school) {
        return delegate.entries(school);
    }

    @Override
    public Frontier frontier(SchoolId school) {
        return delegate.frontier(school);
    }

    @Override
    public void addCheckpoint(SchoolId school, String signedCheckpoint) {
        delegate.addCheckpoint(school, signedCheckpoint);
    }

    @Override
    public List<String> checkpoints(SchoolId school) {
        return delegate.checkpoints(school);
    }

    @Override
    public void purge(SchoolId school, Set<Long> sequences) {
        delegate.purge(school, sequences);
    }
}
