package dev.advancedalchemy.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * Base class for entities keyed by a {@code BIGINT} column {@code id} drawn from a database sequence named
 * {@code <table>_id_seq} with an allocation size of 50, so inserting many rows fetches one sequence value per 50
 * rows.
 *
 * <pre>{@code
 * @Entity
 * public class Invoice extends BigIntBase { … }   // table "invoice", sequence "invoice_id_seq"
 * }</pre>
 *
 * <p>The per-table sequence name needs the provider hook: {@code AlchemyMetadataSource} (EclipseLink) or
 * {@code SnakeCasePhysicalNamingStrategy} (Hibernate). On a database without sequences (MySQL) the provider's
 * fallback applies.
 */
@MappedSuperclass
public abstract class BigIntBase {
    /** Sequence allocation size: ids are handed out in blocks of this many. */
    public static final int ALLOCATION_SIZE = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @Column(name = "id", nullable = false, updatable = false)
    private @Nullable Long id;

    /** For JPA and subclasses. */
    protected BigIntBase() {}

    /** The primary key; {@code null} until the entity is persisted. */
    public @Nullable Long getId() {
        return id;
    }

    /** Sets the primary key; only meaningful for entities that are not persisted yet. */
    public void setId(@Nullable Long id) {
        this.id = id;
    }
}
