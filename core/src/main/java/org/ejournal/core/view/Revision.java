package org.ejournal.core.view;

import java.time.Instant;
import java.util.Optional;
import org.ejournal.core.Actor;

/**
 * One change of an entry (REC-1.7): who made it, when, with which command, the entry before and
 * after in the journal's own notation (for a mark, «4»; for a lesson, its topic and kind of work)
 * and why. The first revision has no {@code before}; a cancellation has no {@code after}.
 * Immutable and thread-safe.
 *
 * @param sequence the event's position in the log
 * @param recordedAt when
 * @param actor who
 * @param action the command's name, e.g. {@code CorrectMark}
 * @param before the entry before, or empty when it was created
 * @param after the entry after, or empty when it was cancelled
 * @param reason why it was corrected, or empty for a first entry
 */
public record Revision(long sequence, Instant recordedAt, Actor actor, String action, Optional<String> before,
        Optional<String> after, Optional<String> reason) {

    /**
     * What a revision did to its entry, read from what was there before and after it: the three
     * kinds of line in a "who edited what" listing.
     */
    public enum Change {
        /**
         * The entry came into being: there was nothing before (a first entry, or a mark recorded again
         * after it was cancelled).
         */
        CREATED,
        /** The entry was there before and after, with a new value. */
        CORRECTED,
        /**
         * The entry was there before and not after: a cancelled mark, or an absence corrected to
         * presence ({@code CorrectAttendance} without a code).
         */
        CANCELLED
    }

    /** @return what this revision did: created, corrected or cancelled the entry */
    public Change change() {
        if (before.isEmpty()) {
            return Change.CREATED;
        }
        return after.isEmpty() ? Change.CANCELLED : Change.CORRECTED;
    }
}
