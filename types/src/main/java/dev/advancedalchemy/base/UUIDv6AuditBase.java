package dev.advancedalchemy.base;

import dev.advancedalchemy.types.UUIDs;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * Base class for audited entities keyed by a time-ordered version 6 UUID in column {@code id}, generated in the JVM at
 * persist, with {@code created_at}/{@code updated_at} columns.
 *
 * <pre>{@code
 * @Entity
 * public class Author extends UUIDv6AuditBase {
 *     private String name;
 * }
 * em.persist(author);   // id, createdAt and updatedAt are set
 * author.setName("B");  // at the next flush updatedAt moves on; a flush without changes leaves it alone
 * }</pre>
 *
 * @see AbstractUUIDAuditBase
 */
@MappedSuperclass
public abstract class UUIDv6AuditBase extends AbstractUUIDAuditBase {
    /** For JPA and subclasses. */
    protected UUIDv6AuditBase() {}

    @Override
    protected UUID newId() {
        return UUIDs.v6();
    }
}
