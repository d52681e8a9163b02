package org.ejournal.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the demo moves by hand, so that every entry is made "on the day" of its lesson. */
final class SimulatedClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    SimulatedClock(LocalDateTime start, ZoneId zone) {
        this.zone = zone;
        this.now = start.atZone(zone).toInstant();
    }

    void set(LocalDateTime local) {
        now = local.atZone(zone).toInstant();
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SimulatedClock c = new SimulatedClock(LocalDateTime.ofInstant(now, zone), zone);
        return c;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
