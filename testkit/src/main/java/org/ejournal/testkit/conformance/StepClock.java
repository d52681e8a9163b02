package org.ejournal.testkit.conformance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The clock of a journal driven by a scenario: it stands at the instant of the step being run. */
final class StepClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    StepClock(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new StepClock(other, now);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
