package dev.advancedalchemy.tx.internal;

import dev.advancedalchemy.repository.spi.DatabaseTransactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resource-local transaction spanning every unit it touches: one entity manager per unit, begun on first use,
 * committed (flushed first, then committed unit by unit) or rolled back together, then the hooks run.
 */
public final class LocalTransaction {
    private static final System.Logger LOG = System.getLogger(LocalTransaction.class.getName());

    private final EntityManagerOpener opener;
    private final Map<String, EntityManagerOpener.Opened> entityManagers = new LinkedHashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> afterRollback = new ArrayList<>();
    private boolean rollbackOnly;
    private boolean completed;
    private int committedUnits;

    LocalTransaction(EntityManagerOpener opener) {
        this.opener = opener;
    }

    /** The entity manager of {@code unit} bound to this transaction, opened and begun on first use. */
    public EntityManager entityManager(String unit) {
        if (completed) {
            throw new IllegalStateException("the transaction has already ended");
        }
        EntityManagerOpener.Opened opened = entityManagers.get(unit);
        if (opened == null) {
            opened = opener.open(unit);
            entityManagers.put(unit, opened);
            EntityTransaction tx = opened.entityManager().getTransaction();
            if (!tx.isActive()) {
                tx.begin();
                // reads must see the transaction's snapshot (EclipseLink would read outside it until a write)
                DatabaseTransactions.beginNow(opened.entityManager());
            }
        }
        return opened.entityManager();
    }

    /** Marks the transaction so that it can only roll back. */
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    /** True if a joined call asked for rollback. */
    public boolean isRollbackOnly() {
        return rollbackOnly;
    }

    /** The units this transaction has used so far, in first-use order. */
    public java.util.Set<String> units() {
        return java.util.Collections.unmodifiableSet(entityManagers.keySet());
    }

    /**
     * True if at least one unit's commit went through: a failure after that leaves the transaction partly committed,
     * so it must never be retried.
     */
    public boolean committedAny() {
        return committedUnits > 0;
    }

    void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    void afterRollback(Runnable action) {
        afterRollback.add(action);
    }

    /**
     * Commits every unit, or rolls all back if any flush fails. Units are committed one after another (there is no
     * two-phase commit without JTA): a failure in the second unit's commit cannot undo the first.
     *
     * @throws RuntimeException the flush or commit failure, after rolling back what was not committed
     */
    public void commit() {
        try {
            for (EntityManagerOpener.Opened o : entityManagers.values()) {
                o.entityManager().flush(); // runs entity callbacks, which may still register hooks
            }
            for (EntityManagerOpener.Opened o : entityManagers.values()) {
                EntityTransaction tx = o.entityManager().getTransaction();
                if (tx.getRollbackOnly()) {
                    throw new jakarta.persistence.RollbackException("the transaction was marked for rollback");
                }
                tx.commit();
                committedUnits++;
            }
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        }
        finish(afterCommit);
    }

    /** Rolls back every unit and runs the after-rollback hooks. */
    public void rollback() {
        rollback(null);
    }

    private void rollback(RuntimeException cause) {
        for (EntityManagerOpener.Opened o : entityManagers.values()) {
            try {
                EntityTransaction tx = o.entityManager().getTransaction();
                if (tx.isActive()) {
                    tx.rollback();
                }
            } catch (RuntimeException r) {
                if (cause != null) {
                    cause.addSuppressed(r);
                } else {
                    LOG.log(System.Logger.Level.WARNING, "rollback failed", r);
                }
            }
        }
        finish(afterRollback);
    }

    private void finish(List<Runnable> hooks) {
        completed = true;
        for (EntityManagerOpener.Opened o : entityManagers.values()) {
            try {
                o.release().run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "releasing an entity manager failed", e);
            }
        }
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a transaction hook failed; the transaction outcome stands", e);
            }
        }
    }
}
