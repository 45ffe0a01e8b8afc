package dev.advancedalchemy.base;

import dev.advancedalchemy.types.UUIDs;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * Base class for entities keyed by a time-ordered version 6 UUID in column {@code id}, generated in the JVM at persist.
 *
 * <pre>{@code
 * @Entity
 * public class Tag extends UUIDv6Base {
 *     private String name;
 * }
 * em.persist(tag); // tag.getId() is now set; the table is "tag"
 * }</pre>
 *
 * @see AbstractUUIDBase
 */
@MappedSuperclass
public abstract class UUIDv6Base extends AbstractUUIDBase {
    /** For JPA and subclasses. */
    protected UUIDv6Base() {}

    @Override
    protected UUID newId() {
        return UUIDs.v6();
    }
}
