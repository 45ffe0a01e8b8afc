package dev.advancedalchemy.base.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The audit clock: UTC instants cut to microseconds, the finest precision PostgreSQL, MariaDB and H2 all store, so
 * a value read back equals the value written.
 */
public final class AuditTimes {
    private AuditTimes() {}

    /** Now, truncated to microseconds. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code value} truncated to microseconds, or {@code null}. */
    public static @Nullable Instant micros(@Nullable Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }
}
