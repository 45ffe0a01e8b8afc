package dev.advancedalchemy.types.internal.ids;

import java.time.Instant;
import java.time.InstantSource;

/** A test clock that only moves when told to. */
public final class ManualClock implements InstantSource {
    private Instant now;

    public ManualClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
