package dev.advancedalchemy.repository.internal.dialect.mapping;

import dev.advancedalchemy.exceptions.RepositoryException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Provider-specific access to mapping metadata and the transaction's JDBC connection. */
public interface MappingReader {

    /** The table mapping of an entity type. */
    TableMapping mapping(EntityManager em, Class<?> type);

    /**
     * The JDBC connection of the entity manager's current transaction; do not close it.
     *
     * @throws RepositoryException if no transaction is active
     */
    Connection connection(EntityManager em);

    /**
     * The table mapping of an entity type when its rows can be inserted with plain JDBC exactly as the provider
     * would insert them: one table, client-side (or no) id generation, only basic, embedded and to-one
     * foreign-key attributes without cascades, a numeric or no version, and lifecycle callbacks limited to the
     * entity's own and the library's audit listener (which {@link TableMapping#prepareNew} and
     * {@link TableMapping#afterInsert} run). Empty for anything else (e.g. entities observed by a session
     * listener such as the storage module's file hook), which must go through {@code persist}.
     */
    Optional<TableMapping> directInsertMapping(EntityManager em, Class<?> type);

    /**
     * Whether {@link TableMapping#afterInsert(Object, boolean)} can make directly inserted entities managed by the
     * persistence context (EclipseLink).
     */
    boolean managesDirectInserts();

    /**
     * Marks the entity manager's current transaction (resource-local or JTA) for rollback only, as the provider
     * does when a flush fails, so that rows written with plain JDBC before a failure are not committed.
     */
    void markRollbackOnly(EntityManager em);

    /** Runs a query so that already managed (and cached) instances it returns carry the rows it reads. */
    <T> List<T> readFresh(EntityManager em, TypedQuery<T> query);

    /**
     * The reader for the provider behind an entity manager, detected by class name.
     *
     * @throws RepositoryException if the provider is not supported for native SQL
     */
    static MappingReader of(EntityManager em) {
        MappingReader reader = forProvider(em);
        if (reader != null) {
            return reader;
        }
        String provider = em.getDelegate().getClass().getName();
        throw new RepositoryException(
                "ALCH-1320",
                "native upserts need the JPA provider's mapping metadata; provider " + provider
                        + " is not supported yet (supported: EclipseLink, Hibernate)",
                null);
    }

    /** The reader for the provider behind an entity manager, or {@code null} when the provider is not supported. */
    static @Nullable MappingReader forProvider(EntityManager em) {
        String provider = em.getDelegate().getClass().getName();
        if (provider.startsWith("org.eclipse.persistence.")) {
            return new EclipseLinkMappingReader();
        }
        return provider.startsWith("org.hibernate.") ? new HibernateMappingReader() : null;
    }
}
