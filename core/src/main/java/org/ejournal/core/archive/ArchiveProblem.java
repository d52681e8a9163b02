package org.ejournal.core.archive;

import java.util.Objects;

/**
 * One problem {@link Archive#verify(java.io.InputStream)} found in an archive: what kind, in which
 * part, at which index in that part where that applies, and a message in English. All carry the code
 * {@value Archive#DAMAGED}. Immutable and thread-safe.
 *
 * @param kind what is wrong, not {@code null}
 * @param part the part concerned ({@value Archive#MANIFEST}, {@value Archive#EVENTS},
 *     {@value Archive#CHECKPOINTS}), {@code "container"} for the ZIP structure itself, or, for a
 *     comparison of two archives ({@link Archive#verifyConsistency}), {@code "earlier"} or
 *     {@code "later"}; not {@code null}
 * @param index the 0-based index of the event (in the events part) or of the checkpoint (in the
 *     checkpoints part) concerned, or {@code -1} when the problem is not about one of them; the event
 *     at index {@code i} is the log's entry {@code first + i}
 * @param message a description for people, not {@code null}
 */
public record ArchiveProblem(Kind kind, String part, long index, String message) {

    /** The kinds of problem. */
    public enum Kind {
        /** The ZIP structure is broken, truncated or not in the canonical form. */
        MALFORMED_CONTAINER,
        /** A part the format requires is not there (or cannot be read). */
        MISSING_PART,
        /** A part the format does not know is there. */
        UNEXPECTED_PART,
        /** A part's bytes do not match the CRC-32 of its ZIP header. */
        CHECKSUM_MISMATCH,
        /** A part's SHA-256 differs from the one the manifest states. */
        DIGEST_MISMATCH,
        /** The manifest is not well-formed, or names another format or version. */
        MALFORMED_MANIFEST,
        /** An event's record cannot be framed or decoded. */
        UNDECODABLE_EVENT,
        /** The number of events differs from the manifest's. */
        EVENT_COUNT_MISMATCH,
        /** The Merkle root at the archive's last entry differs from the manifest's. */
        ROOT_MISMATCH,
        /** An event's sequence is not the one its place in the archive gives it. */
        SEQUENCE_GAP,
        /** A checkpoint's record cannot be framed, or its text is not UTF-8. */
        UNDECODABLE_CHECKPOINT,
        /** The number of checkpoints differs from the manifest's. */
        CHECKPOINT_COUNT_MISMATCH,
        /**
         * A checkpoint is not a well-formed signed checkpoint, or, when verifier keys were given, none of
         * them verifies its signature (unknown key, bad signature, another origin).
         */
        CHECKPOINT_UNVERIFIED,
        /** A checkpoint's root differs from the root of the archived log at the checkpoint's size. */
        CHECKPOINT_ROOT_MISMATCH,
        /** A checkpoint's size lies outside the archived range, so its root cannot be compared. */
        CHECKPOINT_OUT_OF_RANGE,
        /** Two archives of a school do not agree where they meet or overlap, or cannot be compared. */
        INCONSISTENT
    }

    /** Checks the components are present. */
    public ArchiveProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(message, "message");
    }

    /** @return the stable code of every archive problem, {@value Archive#DAMAGED} */
    public String code() {
        return Archive.DAMAGED;
    }

    @Override
    public String toString() {
        String at = index < 0 ? "" : (part.equals(Archive.CHECKPOINTS) ? " at checkpoint " : " at event ") + index;
        return Archive.DAMAGED + " " + kind + " in " + part + at + ": " + message;
    }
}
