package dev.advancedalchemy.base;

import dev.advancedalchemy.types.UUIDs;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * Base class for audited entities keyed by a random (version 4) UUID in column {@code id}, generated in the JVM at
 * persist, with {@code created_at}/{@code updated_at} columns.
 *
 * <pre>{@code
 * @Entity
 * public class Author extends UUIDAuditBase {
 *     private String name;
 * }
 * em.persist(author);   // id, createdAt and updatedAt are set
 * author.setName("B");  // at the next flush updatedAt moves on; a flush without changes leaves it alone
 * }</pre>
 *
 * @see AbstractUUIDAuditBase
 */
@MappedSuperclass
public abstract class UUIDAuditBase extends AbstractUUIDAuditBase {
    /** For JPA and subclasses. */
    protected UUIDAuditBase() {}

    @Override
    protected UUID newId() {
        return UUIDs.v4();
    }
}
