package dev.advancedalchemy.base;

import dev.advancedalchemy.types.UUIDs;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * Base class for entities keyed by a random (version 4) UUID in column {@code id}, generated in the JVM at persist.
 *
 * <pre>{@code
 * @Entity
 * public class Tag extends UUIDBase {
 *     private String name;
 * }
 * em.persist(tag); // tag.getId() is now set; the table is "tag"
 * }</pre>
 *
 * @see AbstractUUIDBase
 */
@MappedSuperclass
public abstract class UUIDBase extends AbstractUUIDBase {
    /** For JPA and subclasses. */
    protected UUIDBase() {}

    @Override
    protected UUID newId() {
        return UUIDs.v4();
    }
}
