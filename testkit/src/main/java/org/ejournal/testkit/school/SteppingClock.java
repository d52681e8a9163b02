package org.ejournal.testkit.school;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A simulated clock for a journal under test: it stands still until told to move, so that each command
 * is recorded at the instant its scenario says. {@link GeneratedSchool#replay()} sets it to each step's
 * instant before sending the step. Thread-safe (the instant is published safely), though a replay is
 * meant for one thread.
 */
public final class SteppingClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /**
     * @param start the first instant, not {@code null}
     * @param zone the zone it reports, not {@code null}
     * @throws NullPointerException if an argument is {@code null}
     */
    public SteppingClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Moves the clock to an instant, forwards or backwards.
     *
     * @param instant the new instant, not {@code null}
     */
    public void set(Instant instant) {
        this.now = Objects.requireNonNull(instant, "instant");
    }

    /**
     * Moves the clock on.
     *
     * @param duration how far, not {@code null}
     */
    public void advance(Duration duration) {
        this.now = now.plus(Objects.requireNonNull(duration, "duration"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** @return a clock at the same instant that reports another zone, independent of this one */
    @Override
    public Clock withZone(ZoneId zone) {
        return new SteppingClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
