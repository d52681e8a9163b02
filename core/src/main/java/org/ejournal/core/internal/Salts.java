package org.ejournal.core.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.ejournal.core.codec.EventCodec;

/**
 * Random salts for sealed payloads, cut from a buffer that a strong random generator refills a few
 * kilobytes at a time, so that a command does not pay for a call into the generator. Not
 * thread-safe: the journal uses it under its write lock.
 */
public final class Salts {

    private static final int BUFFER = 4096;

    private final SecureRandom random;
    private final byte[] buffer = new byte[BUFFER];
    private int next = BUFFER;

    /** A source seeded by the platform's strong generator (DRBG where available). */
    public Salts() {
        this.random = strong();
    }

    /**
     * A source of salts from the given generator: for tests that need the same bytes every time.
     *
     * @param random the generator, not {@code null}
     */
    public Salts(SecureRandom random) {
        this.random = java.util.Objects.requireNonNull(random, "random");
    }

    /** @return {@value EventCodec#SALT_LENGTH} fresh random bytes, a new array */
    public byte[] next() {
        if (next + EventCodec.SALT_LENGTH > BUFFER) {
            random.nextBytes(buffer);
            next = 0;
        }
        byte[] salt = new byte[EventCodec.SALT_LENGTH];
        System.arraycopy(buffer, next, salt, 0, salt.length);
        next += salt.length;
        return salt;
    }

    private static SecureRandom strong() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
