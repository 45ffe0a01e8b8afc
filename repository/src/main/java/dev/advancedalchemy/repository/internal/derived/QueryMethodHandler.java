package dev.advancedalchemy.repository.internal.derived;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

/** Runs one resolved repository query method (derived or {@code @Query}) against an entity manager. */
public interface QueryMethodHandler {
    /**
     * Runs the method.
     *
     * @param em the entity manager of the repository's unit, inside the caller's transaction
     * @param args the method's arguments ({@code null} or empty for none)
     * @return the method's result, shaped to its declared return type
     */
    @Nullable
    Object invoke(EntityManager em, @Nullable Object @Nullable [] args);

    /**
     * True if the method writes ({@code deleteBy…}, {@code @Query} UPDATE/DELETE): the caller must run it in a
     * transaction, as it does its own write methods.
     */
    default boolean modifies() {
        return false;
    }
}
