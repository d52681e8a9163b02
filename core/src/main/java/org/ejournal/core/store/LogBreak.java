package org.ejournal.core.store;

import java.util.Objects;

/**
 * One break {@link AuditLog#verify} found in a stored audit log: its kind, where it is, and a
 * description. Every break carries the code {@value AuditLog#BROKEN}. Immutable and thread-safe.
 *
 * @param kind what is wrong, not {@code null}
 * @param sequence the log entry concerned (from 1), or {@code 0} when the break is not about one entry
 * @param checkpoint the index (from 0) of the stored checkpoint concerned, or {@code -1}
 * @param message a description for people, in English, not {@code null}
 */
public record LogBreak(Kind kind, long sequence, int checkpoint, String message) {

    /** The kinds of break. */
    public enum Kind {
        /** An entry's sequence is not its position in the log: an entry is missing, repeated or moved. */
        SEQUENCE_GAP,
        /** The stored leaf hash is not {@code SHA-256(0x00 ‖ header ‖ payload digest)}. */
        LEAF_MISMATCH,
        /** The stored payload's SHA-256 is not the stored payload digest. */
        PAYLOAD_DIGEST_MISMATCH,
        /** The header is not the canonical encoding of a header, or names another sequence. */
        UNDECODABLE_HEADER,
        /** The payload is not a sealed canonical payload. */
        UNDECODABLE_PAYLOAD,
        /** The header's action or targets are not those of the payload's command. */
        HEADER_PAYLOAD_MISMATCH,
        /** The store's size, or its frontier, differs from the tree the entries make. */
        FRONTIER_MISMATCH,
        /** A checkpoint is malformed, signed by no known key, badly signed, or for another log. */
        CHECKPOINT_UNVERIFIED,
        /** A checkpoint's root differs from the root of the log's first entries of its size. */
        CHECKPOINT_ROOT_MISMATCH,
        /** A checkpoint is of more entries than the log holds: entries were removed from the end. */
        CHECKPOINT_BEYOND_LOG
    }

    /** Checks the components. */
    public LogBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** @return the stable code of every break, {@value AuditLog#BROKEN} */
    public String code() {
        return AuditLog.BROKEN;
    }

    @Override
    public String toString() {
        return AuditLog.BROKEN + " " + kind + (sequence > 0 ? " at entry " + sequence : "")
                + (checkpoint >= 0 ? " in checkpoint " + checkpoint : "") + ": " + message;
    }
}
