package dev.advancedalchemy.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entity with {@code created_at}/{@code updated_at} audit columns: every {@code *AuditBase} class. Lets code
 * treat audited entities alike whatever their key.
 *
 * <pre>{@code
 * if (entity instanceof Audited audited) { log.info("last change " + audited.getUpdatedAt()); }
 * }</pre>
 */
public interface Audited {
    /** When the row was inserted (UTC, microseconds); {@code null} before the entity is persisted. */
    @Nullable
    Instant getCreatedAt();

    /** Sets the insert time explicitly (truncated to microseconds); a value set before persist is kept. */
    void setCreatedAt(@Nullable Instant createdAt);

    /** When a mapped attribute last changed (UTC, microseconds); {@code null} before the entity is persisted. */
    @Nullable
    Instant getUpdatedAt();

    /** Sets the update time explicitly (truncated to microseconds); the next flush keeps it instead of stamping. */
    void setUpdatedAt(@Nullable Instant updatedAt);
}
