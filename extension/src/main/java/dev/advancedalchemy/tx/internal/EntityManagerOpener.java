package dev.advancedalchemy.tx.internal;

import jakarta.persistence.EntityManager;

/** Opens the entity manager a local transaction binds for a persistence unit. */
public interface EntityManagerOpener {
    /**
     * An entity manager for {@code unit}.
     *
     * @return the entity manager and how to release it when the transaction ends
     */
    Opened open(String unit);

    /**
     * The name configuration uses for {@code unit} ({@code alchemy.units.<name>.*}): the declared persistence unit
     * name that {@code ""} (the default unit) resolves to, otherwise {@code unit} itself.
     */
    default String configName(String unit) {
        return unit;
    }

    /**
     * An opened entity manager.
     *
     * @param entityManager the entity manager
     * @param release run once when the transaction ends: closes an entity manager created for it, or destroys
     *     the application's (dependent) bean instance
     */
    record Opened(EntityManager entityManager, Runnable release) {}
}
