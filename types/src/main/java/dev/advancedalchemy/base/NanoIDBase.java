package dev.advancedalchemy.base;

import dev.advancedalchemy.types.NanoIds;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import org.jspecify.annotations.Nullable;

/**
 * Base class for entities keyed by a 21-character NanoID in column {@code id} ({@code VARCHAR(21)}), generated in
 * the JVM when the entity is persisted; an id set before persist is kept.
 *
 * <pre>{@code
 * @Entity
 * public class ShortLink extends NanoIDBase { … }   // id like "V1StGXR8_Z5jdHi6B-myT"
 * }</pre>
 */
@MappedSuperclass
public abstract class NanoIDBase {
    /** Length of the id column and of a generated id. */
    public static final int ID_LENGTH = 21;

    @Id
    @Column(name = "id", length = ID_LENGTH, nullable = false, updatable = false)
    private @Nullable String id;

    /** For JPA and subclasses. */
    protected NanoIDBase() {}

    /** The primary key; {@code null} until the entity is persisted unless set explicitly. */
    public @Nullable String getId() {
        return id;
    }

    /** Sets the primary key; only meaningful before the entity is persisted. */
    public void setId(@Nullable String id) {
        this.id = id;
    }

    @PrePersist
    void assignIdIfMissing() {
        if (id == null) {
            id = NanoIds.generate();
        }
    }
}
