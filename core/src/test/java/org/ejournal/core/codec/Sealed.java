package org.ejournal.core.codec;

import org.ejournal.core.JournalEvent;
import org.ejournal.core.log.Hash;

/** Test helpers: an event's sealed payload, digest and leaf data with a fixed salt. */
final class Sealed {

    /** Sixteen bytes 00 01 … 0F: a fixed salt, so that digests are golden values. */
    static final byte[] SALT = new byte[EventCodec.SALT_LENGTH];

    static {
        for (int i = 0; i < SALT.length; i++) {
            SALT[i] = (byte) i;
        }
    }

    private Sealed() {
    }

    static byte[] payload(JournalEvent e) {
        return EventCodec.sealPayload(EventPayload.of(e), SALT);
    }

    static Hash payloadDigest(JournalEvent e) {
        return EventCodec.digest(payload(e));
    }

    static byte[] leafData(JournalEvent e) {
        return EventCodec.leafData(EventCodec.header(e), payloadDigest(e));
    }
}
