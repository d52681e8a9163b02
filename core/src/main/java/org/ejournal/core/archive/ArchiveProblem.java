package org.ejournal.core.archive;

import java.util.Objects;

/**
 * One problem {@link Archive#verify(java.io.InputStream)} found in an archive: what kind, in which
 * part, at which event index where that applies, and a message in English. All carry the code
 * {@value Archive#DAMAGED}. Immutable and thread-safe.
 *
 * @param kind what is wrong, not {@code null}
 * @param part the part concerned ({@code "manifest"}, {@code "events"}) or {@code "container"} for the
 *     ZIP structure itself, not {@code null}
 * @param index the 0-based index of the event concerned, or {@code -1} when the problem is not about
 *     one event
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
        /** The Merkle root of the events differs from the manifest's. */
        ROOT_MISMATCH,
        /** An event's sequence is not its index + 1. */
        SEQUENCE_GAP
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
        return Archive.DAMAGED + " " + kind + " in " + part + (index >= 0 ? " at event " + index : "") + ": " + message;
    }
}
