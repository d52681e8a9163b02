package org.ejournal.core.store;

import java.util.Arrays;
import java.util.Objects;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.codec.EventPayload;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;

/**
 * One entry of a school's audit log as a {@link JournalStore} keeps it (DESIGN.md §6): the event's
 * canonical header (kept for ever), its sealed payload (salt and canonical command, which retention
 * may delete, leaving a tombstone), the payload's digest and the Merkle leaf hash
 * {@code SHA-256(0x00 ‖ header ‖ digest)}. The leaf and the digest are stored although they can be
 * recomputed, so that {@link AuditLog#verify} can tell which stored part was changed.
 *
 * <p>Immutable by contract: for speed, the byte arrays are neither copied in nor out, so neither the
 * journal, a store nor a host may modify an array it got from an entry. Equality compares the
 * bytes.
 *
 * @param sequence the position in the school's log, from 1
 * @param header the canonical header document ({@link EventCodec#encodeHeader}, which
 *     {@link EventCodec#encodeHeaderOf} gives straight from an event), not {@code null}
 * @param payload the sealed payload ({@link EventCodec#sealPayload}), or {@code null} once purged
 * @param payloadDigest the SHA-256 of the sealed payload, not {@code null}
 * @param leafHash the Merkle leaf hash, not {@code null}
 */
public record LogEntry(long sequence, byte[] header, byte[] payload, Hash payloadDigest, Hash leafHash) {

    /**
     * Checks that the parts are present.
     *
     * @throws NullPointerException if a part other than the payload is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1902}) if the sequence is below 1
     */
    public LogEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("EJ1902 a log entry's sequence starts at 1, got " + sequence);
        }
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
        Objects.requireNonNull(leafHash, "leafHash");
    }

    /**
     * Seals an event into an entry: encodes its header, seals its payload with the salt, hashes both.
     *
     * @param event the event, not {@code null}
     * @param salt {@value EventCodec#SALT_LENGTH} random bytes, not {@code null}
     * @param hasher the hasher to use, not {@code null}; not thread-safe
     * @return the entry
     * @throws IllegalArgumentException (code {@code EJ1904}) if the event cannot be encoded
     */
    public static LogEntry seal(JournalEvent event, byte[] salt, Hasher hasher) {
        Objects.requireNonNull(event, "event");
        byte[] header = EventCodec.encodeHeaderOf(event);
        byte[] payload = EventCodec.sealPayload(EventPayload.of(event), salt);
        Hash digest = hasher.digest(payload);
        return new LogEntry(event.sequence(), header, payload, digest, hasher.leaf(header, digest));
    }

    /** @return whether the payload was purged and only the tombstone remains */
    public boolean isTombstone() {
        return payload == null;
    }

    /** @return this entry without its payload: the tombstone retention leaves */
    public LogEntry tombstone() {
        return payload == null ? this : new LogEntry(sequence, header, null, payloadDigest, leafHash);
    }

    /**
     * Decodes the event, without checking the hashes ({@link AuditLog} does).
     *
     * @return the event
     * @throws IllegalStateException (code {@code EJ1902}) if the entry is a tombstone
     * @throws org.ejournal.core.codec.EventFormatException (code {@code EJ1903}) if the header or the
     *     payload is malformed
     * @throws IllegalArgumentException (code {@code EJ1903}) if the header does not describe the payload
     */
    public JournalEvent event() {
        if (payload == null) {
            throw new IllegalStateException("EJ1902 the payload of entry " + sequence + " was purged");
        }
        return EventCodec.join(EventCodec.decodeHeader(header), EventCodec.openPayload(payload));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry e && e.sequence == sequence && Arrays.equals(e.header, header)
                && Arrays.equals(e.payload, payload) && e.payloadDigest.equals(payloadDigest)
                && e.leafHash.equals(leafHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + leafHash.hashCode();
    }

    /** @return the sequence, sizes and leaf hash; never the payload, which may hold personal data */
    @Override
    public String toString() {
        return "LogEntry[" + sequence + ", header " + header.length + " bytes, "
                + (payload == null ? "tombstone" : "payload " + payload.length + " bytes") + ", leaf " + leafHash + "]";
    }
}
