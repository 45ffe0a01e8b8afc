package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.repository.Options;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs one repository write in a transaction: the caller's when one is active (or JTA), else one the call begins,
 * commits when {@code autoCommit} and otherwise leaves open after flushing; a failure rolls back what the call
 * began and is translated by {@link ErrorTranslator}, except a write refused for lack of a container (JTA)
 * transaction, which becomes {@link MissingTransaction}'s error.
 */
final class TransactionScope {
    private TransactionScope() {}

    static <R> R write(EntityManager em, Options options, String entity, Supplier<R> work) {
        EntityTransaction tx = resourceLocal(em);
        boolean began = false;
        try {
            if (tx != null && !tx.isActive()) {
                tx.begin();
                began = true;
            }
            R result = work.get();
            if (began && options.autoCommit()) {
                tx.commit();
            }
            return result;
        } catch (RuntimeException e) {
            if (began && tx.isActive()) {
                rollbackQuietly(tx, e);
            }
            if (tx == null && MissingTransaction.isCause(e)) {
                throw MissingTransaction.of(e, entity, MissingTransaction.unitOf(em));
            }
            throw ErrorTranslator.translate(e, entity, options);
        }
    }

    /** Reads need no transaction, except locking ones, which are treated as writes. */
    static <R> R read(EntityManager em, Options options, String entity, Supplier<R> work) {
        if (options.forUpdate()) {
            return write(em, options, entity, work);
        }
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw ErrorTranslator.translate(e, entity, options);
        }
    }

    // A JTA entity manager refuses getTransaction(): the container owns the transaction then. Ask whether it is
    // joined first: EclipseLink marks the JTA transaction rollback-only when getTransaction() fails, which would
    // silently undo every write of the request (seen on Payara). A joined resource-local transaction is the caller's.
    private static @Nullable EntityTransaction resourceLocal(EntityManager em) {
        if (em.isJoinedToTransaction()) {
            return null;
        }
        try {
            return em.getTransaction();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, RuntimeException failure) {
        try {
            tx.rollback();
        } catch (RuntimeException r) {
            failure.addSuppressed(r);
        }
    }
}
