package org.ejournal.core.rule;

import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.Violation;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.view.JournalView;
import org.ejournal.core.view.Query;

/**
 * Decides what an actor may read: a whole query may be refused, and the rows of an answer are
 * filtered pupil by pupil, so a query never returns what the actor may not see (POL-3.6, POL-8.2).
 * Writes are judged by {@link Rule}s. The {@code rules} module supplies the regulation's policy; the
 * default, {@link #permitAll()}, refuses nothing. Implementations must be thread-safe.
 */
public interface AccessPolicy {

    /**
     * @param actor who reads, not {@code null}
     * @param query what, not {@code null}
     * @param view the journal, not {@code null}
     * @return blocking violations to refuse the query, or none
     */
    Stream<Violation> checkRead(Actor actor, Query query, JournalView view);

    /**
     * @param actor who reads, not {@code null}
     * @param student a pupil whose data would be shown, not {@code null}
     * @param view the journal, not {@code null}
     * @return whether the actor may see that pupil's data
     */
    boolean maySee(Actor actor, StudentId student, JournalView view);

    /** @return a policy that refuses nothing: for tests and for hosts that check access themselves */
    static AccessPolicy permitAll() {
        return PermitAll.INSTANCE;
    }

    /** The policy that refuses nothing. */
    enum PermitAll implements AccessPolicy {
        /** The instance. */
        INSTANCE;

        @Override
        public Stream<Violation> checkRead(Actor actor, Query query, JournalView view) {
            return Stream.empty();
        }

        @Override
        public boolean maySee(Actor actor, StudentId student, JournalView view) {
            return true;
        }
    }
}
