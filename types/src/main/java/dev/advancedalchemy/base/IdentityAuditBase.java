package dev.advancedalchemy.base;

import dev.advancedalchemy.base.internal.AuditTimes;
import dev.advancedalchemy.base.internal.AuditorListener;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@link IdentityBase} plus the audit columns.
 *
 * <pre>{@code
 * @Entity
 * public class Order extends IdentityAuditBase { … }
 * }</pre>
 *
 * <p>Audit columns: {@code created_at} and {@code updated_at} (UTC {@link Instant}, microsecond precision) are set
 * when the entity is persisted; {@code updated_at} is refreshed at flush only when another mapped attribute really
 * changed, and a value the application set with {@link #setUpdatedAt(Instant)} is kept. An entity that also
 * implements {@link AuditedBy} gets {@code created_by}/{@code updated_by} from the {@link AuditorProvider}.
 */
@MappedSuperclass
@EntityListeners(AuditorListener.class)
public abstract class IdentityAuditBase extends IdentityBase implements Audited {
    /** For JPA and subclasses. */
    protected IdentityAuditBase() {}

    @Column(name = "created_at", nullable = false)
    private @Nullable Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    // updated_at as last loaded or written; a different value at flush means the application set it explicitly.
    @Transient
    private @Nullable Instant updatedAtAsStored;

    @Override
    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public void setCreatedAt(@Nullable Instant createdAt) {
        this.createdAt = AuditTimes.micros(createdAt);
    }

    @Override
    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public void setUpdatedAt(@Nullable Instant updatedAt) {
        this.updatedAt = AuditTimes.micros(updatedAt);
    }

    @PrePersist
    void stampInsert() {
        Instant now = AuditTimes.now();
        if (createdAt == null) {
            createdAt = now;
        }
        if (updatedAt == null) {
            updatedAt = now;
        }
    }

    // Both providers call @PreUpdate only for entities with a changed mapped attribute (verified by AuditColumnsIT).
    @PreUpdate
    void stampUpdate() {
        if (Objects.equals(updatedAt, updatedAtAsStored)) {
            updatedAt = AuditTimes.now();
        }
    }

    @PostLoad
    @PostPersist
    @PostUpdate
    void rememberStoredUpdatedAt() {
        updatedAtAsStored = updatedAt;
    }
}
