package dev.advancedalchemy.repository.internal.dialect.mapping;

import dev.advancedalchemy.exceptions.RepositoryException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;

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

    /** Makes a query overwrite already managed (and cached) instances with the rows it reads. */
    void refreshOnRead(Query query);

    /**
     * The reader for the provider behind an entity manager, detected by class name.
     *
     * @throws RepositoryException if the provider is not supported for native SQL
     */
    static MappingReader of(EntityManager em) {
        String provider = em.getDelegate().getClass().getName();
        if (provider.startsWith("org.eclipse.persistence.")) {
            return new EclipseLinkMappingReader();
        }
        throw new RepositoryException(
                "ALCH-1320",
                "native upserts need the JPA provider's mapping metadata; provider " + provider
                        + " is not supported yet (supported: EclipseLink)",
                null);
    }
}
