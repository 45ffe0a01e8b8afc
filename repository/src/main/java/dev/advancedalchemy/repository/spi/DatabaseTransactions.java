package dev.advancedalchemy.repository.spi;

import dev.advancedalchemy.repository.internal.dialect.JpaProviders;
import jakarta.persistence.EntityManager;

/**
 * Provider-specific transaction work for the project's own transaction managers (the resource-local transactions of
 * alchemy-extension), so that they need no knowledge of EclipseLink or Hibernate.
 *
 * <pre>{@code
 * EntityTransaction tx = em.getTransaction();
 * tx.begin();
 * DatabaseTransactions.beginNow(em); // reads from here on see the transaction's snapshot
 * }</pre>
 */
public final class DatabaseTransactions {
    private DatabaseTransactions() {}

    /**
     * Makes the database transaction of {@code em}'s active resource-local transaction start now, so that reads
     * belong to it (a repeatable snapshot under REPEATABLE READ / SERIALIZABLE). EclipseLink otherwise reads outside
     * the transaction until its first write; on Hibernate and other providers this does nothing.
     *
     * @param em an entity manager whose {@code getTransaction()} has just been begun
     */
    public static void beginNow(EntityManager em) {
        JpaProviders.detect(em).beginDatabaseTransaction(em);
    }
}
