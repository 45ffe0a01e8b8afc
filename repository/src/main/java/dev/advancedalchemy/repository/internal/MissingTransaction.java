package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.repository.internal.util.Causes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TransactionRequiredException;
import org.jspecify.annotations.Nullable;

/**
 * A write that ran with no active transaction where the container owns transactions (JTA): the provider refuses it
 * with a {@link TransactionRequiredException} (Hibernate and Quarkus at {@code persist}, EclipseLink's JTA wrapper at
 * {@code flush}). Turned into {@value #ID}, naming the entity, the unit when the provider tells it, and both fixes.
 */
final class MissingTransaction {
    /** Message id: a write outside any transaction under JTA. */
    static final String ID = "ALCH-1002";

    private MissingTransaction() {}

    /** Whether {@code failure} (or a cause) is the provider's "no transaction is active". */
    static boolean isCause(Throwable failure) {
        return Causes.first(failure, TransactionRequiredException.class) != null;
    }

    /** The exception for a write of {@code entity} refused for lack of a transaction. */
    static RepositoryException of(RuntimeException failure, String entity, @Nullable String unit) {
        String key = "alchemy.units." + (unit == null ? "<unit>" : unit) + ".commit-mode";
        return new RepositoryException(
                ID,
                "no active transaction for a write of " + entity
                        + (unit == null ? "" : " (persistence unit '" + unit + "')")
                        + ": the container manages transactions (JTA) and none is active on this thread; fix: annotate"
                        + " the calling method or its class with @Transactional, or set " + key
                        + "=autocommit so that each REST request runs in a transaction",
                failure);
    }

    /**
     * The persistence unit of {@code em} as the provider names it ({@code EntityManagerFactory.getName()}, Jakarta
     * Persistence 3.2, called reflectively: the library compiles against 3.1); null when unknown, or for a
     * platform's placeholder such as Quarkus's {@code <default>}.
     */
    static @Nullable String unitOf(EntityManager em) {
        try {
            Object name = EntityManagerFactory.class.getMethod("getName").invoke(em.getEntityManagerFactory());
            return name instanceof String s && !s.isBlank() && !s.startsWith("<") ? s : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
