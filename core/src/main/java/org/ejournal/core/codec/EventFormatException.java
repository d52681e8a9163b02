package org.ejournal.core.codec;

/**
 * Bytes given to {@link EventCodec} to decode are not the canonical encoding of a value: they are
 * truncated, carry an unknown format version or document kind, a tag or a type name the codec does
 * not know, a length beyond the end, malformed UTF-8, a non-canonical form (a set out of order, a
 * decimal with a redundant sign or zero), a value its type rejects, or bytes after the end. Not a
 * business outcome: stored or archived bytes that do not decode mean the record was damaged.
 *
 * <p>The message starts with the stable code {@value #CODE}, then the byte offset at which the
 * problem was found, the path of the value being decoded and the reason, e.g.
 * {@code EJ1903 at byte 42 (JournalEvent.command): unknown Command type "CloseTerm"}. Immutable.
 */
public final class EventFormatException extends RuntimeException {

    /** The stable code of malformed or non-canonical bytes. */
    public static final String CODE = "EJ1903";

    private static final long serialVersionUID = 1L;

    /** @serial the byte offset at which the problem was found */
    private final int offset;
    /** @serial what is wrong */
    private final String reason;

    /**
     * @param offset the byte offset, from 0, at which the problem was found
     * @param path where in the value it was found, possibly empty, not {@code null}
     * @param reason what is wrong, not {@code null}
     * @param cause what the decoded value's type threw, or {@code null}
     */
    EventFormatException(int offset, String path, String reason, Throwable cause) {
        super(CODE + " at byte " + offset + (path.isEmpty() ? "" : " (" + path + ")") + ": " + reason, cause);
        this.offset = offset;
        this.reason = reason;
    }

    /** @return {@value #CODE}, the stable code */
    public String code() {
        return CODE;
    }

    /** @return the byte offset in the decoded array, from 0, at which the problem was found */
    public int offset() {
        return offset;
    }

    /** @return what is wrong, without the code, offset and path */
    public String reason() {
        return reason;
    }
}
