package dev.advancedalchemy.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * Base class for entities keyed by a {@code BIGINT} column {@code id} that the database generates
 * ({@code IDENTITY} / {@code AUTO_INCREMENT}).
 *
 * <pre>{@code
 * @Entity
 * public class LogLine extends IdentityBase { … }   // id known after the INSERT (flush)
 * }</pre>
 *
 * <p>Identity keys are read back per row, so batch inserts are slower than with {@link BigIntBase} or UUID keys.
 */
@MappedSuperclass
public abstract class IdentityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false, updatable = false)
    private @Nullable Long id;

    /** For JPA and subclasses. */
    protected IdentityBase() {}

    /** The primary key; {@code null} until the row is inserted. */
    public @Nullable Long getId() {
        return id;
    }

    /** Sets the primary key; only meaningful for entities that are not persisted yet. */
    public void setId(@Nullable Long id) {
        this.id = id;
    }
}
