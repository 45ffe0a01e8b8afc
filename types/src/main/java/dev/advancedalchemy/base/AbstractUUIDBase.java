package dev.advancedalchemy.base;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@code UUID} primary key column {@code id}, generated in the JVM when the entity is persisted (no database
 * round trip, so a batch insert stays one batch). Subclasses choose the UUID version; use {@link UUIDBase},
 * {@link UUIDv6Base} or {@link UUIDv7Base} rather than extending this class directly.
 *
 * <p>An id set before {@code persist} is kept. The column is native {@code uuid} on PostgreSQL, {@code UUID} on H2
 * and {@code BINARY(16)} (big-endian) on MariaDB/MySQL when the provider is configured as the package documentation
 * says.
 */
@MappedSuperclass
public abstract class AbstractUUIDBase {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private @Nullable UUID id;

    /** For JPA and subclasses. */
    protected AbstractUUIDBase() {}

    /** The primary key; {@code null} until the entity is persisted unless set explicitly. */
    public @Nullable UUID getId() {
        return id;
    }

    /** Sets the primary key; only meaningful before the entity is persisted. */
    public void setId(@Nullable UUID id) {
        this.id = id;
    }

    /** A new key of this class's UUID version. */
    protected abstract UUID newId();

    @PrePersist
    void assignIdIfMissing() {
        if (id == null) {
            id = newId();
        }
    }
}
