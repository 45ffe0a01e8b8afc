package dev.advancedalchemy.repository.internal.dialect;

import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Provider-specific knowledge the repository engine needs (which database an {@link EntityManager} talks to),
 * behind one interface so that no EclipseLink or Hibernate type leaks into the rest of the engine.
 *
 * <p>Implementations use the provider's API reflectively so that the library has no compile-time dependency on
 * any provider; {@link JpaProviders#detect(EntityManager)} picks one by class name.
 */
public interface JpaProvider {

    /** A short name for messages and logs, e.g. {@code "EclipseLink"}. */
    String name();

    /** Whether this provider backs the given entity manager. */
    boolean supports(EntityManager em);

    /**
     * The database behind the entity manager, when this provider can tell without a round trip.
     *
     * @return the database, or empty when the provider cannot tell (the caller then falls back to the JDBC
     *     URL or the connection's metadata)
     */
    Optional<Database> database(EntityManager em);

    /**
     * Makes the database transaction of {@code em}'s active resource-local transaction start now, so that reads
     * belong to it (a repeatable snapshot under REPEATABLE READ / SERIALIZABLE). Nothing to do where reads already
     * run in the transaction (Hibernate, generic).
     */
    default void beginDatabaseTransaction(EntityManager em) {}
}
