package dev.advancedalchemy.tx.internal;

import jakarta.persistence.EntityManager;

/** Opens the entity manager a local transaction binds for a persistence unit. */
public interface EntityManagerOpener {
    /**
     * An entity manager for {@code unit}.
     *
     * @return the entity manager and whether the transaction owns it (and must close it at the end)
     */
    Opened open(String unit);

    /**
     * An opened entity manager.
     *
     * @param entityManager the entity manager
     * @param owned true if it was created for the transaction and is closed with it; false for an application bean
     */
    record Opened(EntityManager entityManager, boolean owned) {}
}
