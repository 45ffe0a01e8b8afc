package dev.advancedalchemy.storage.internal.eclipselink;

import dev.advancedalchemy.storage.internal.EntityFiles;
import dev.advancedalchemy.storage.internal.FileTracker;
import dev.advancedalchemy.storage.internal.FileTransaction;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * EclipseLink session listener, installed by {@link StorageContribution} (so by the unit's
 * {@code AlchemyMetadataSource}): runs the file lifecycle before each flush computes its changes, and completes it
 * when the database transaction (RESOURCE_LOCAL) or the JTA transaction ends. Naming it in
 * {@code eclipselink.session-event-listener} as well is harmless: it is then installed once.
 */
public final class EclipseLinkFileHook extends SessionEventAdapter {
    private static final String TX_PROPERTY = "dev.advancedalchemy.storage.FileTransaction";

    @Override
    public void preCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (!(event.getSession() instanceof UnitOfWorkImpl uow)) {
            return;
        }
        List<Object> live = new ArrayList<>();
        List<Object> deleted = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Map<Object, Object> deletedObjects = uow.hasDeletedObjects() ? uow.getDeletedObjects() : Map.of();
        for (Object clone : candidates(uow)) {
            if (seen.put(clone, Boolean.TRUE) == null && EntityFiles.hasFiles(clone)) {
                (deletedObjects.containsKey(clone) ? deleted : live).add(clone);
            }
        }
        if (live.isEmpty() && deleted.isEmpty()) {
            return;
        }
        FileTracker tracker = FileTracker.ofDefaultRegistry();
        FileTransaction tx = transaction(uow, tracker);
        List<Object> changed;
        try {
            changed = tracker.flush(tx, live, deleted);
        } catch (RuntimeException e) {
            // A failed flush dooms the transaction, but EclipseLink may roll it back without a database
            // transaction ever starting (and so without a rollback event): clean up now.
            root(uow).removeProperty(TX_PROPERTY);
            tracker.complete(tx, false);
            throw e;
        }
        changed.forEach(entity -> markChanged(uow, entity));
    }

    private static List<Object> candidates(UnitOfWorkImpl uow) {
        List<Object> all = new ArrayList<>(uow.getCloneMapping().keySet());
        if (uow.hasNewObjects()) {
            all.addAll(uow.getNewObjectsCloneToOriginal().keySet());
        }
        if (uow.hasDeletedObjects()) {
            all.addAll(uow.getDeletedObjects().keySet());
        }
        return all;
    }

    /** Makes deferred change detection see the file columns of {@code entity} as changed. */
    private static void markChanged(UnitOfWorkImpl uow, Object entity) {
        Object backup = uow.getCloneMapping().get(entity);
        if (backup == null || backup == entity) {
            return; // a new object: it is inserted whole anyway
        }
        for (Field f : EntityFiles.fields(entity.getClass())) {
            try {
                f.set(backup, EntityFiles.changedMarker(f.getType()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot mark " + f + " as changed", e);
            }
        }
    }

    private static FileTransaction transaction(UnitOfWorkImpl uow, FileTracker tracker) {
        AbstractSession root = root(uow);
        Object existing = root.getProperty(TX_PROPERTY);
        if (existing instanceof FileTransaction tx) {
            return tx;
        }
        FileTransaction tx = new FileTransaction();
        root.setProperty(TX_PROPERTY, tx);
        if (uow.getDatasourceLogin().shouldUseExternalTransactionController()) {
            // JTA: the transaction ends after EclipseLink's commit; only the transaction manager knows when
            boolean registered = tracker.registerCompletion(committed -> {
                root.removeProperty(TX_PROPERTY);
                tracker.complete(tx, committed);
            });
            if (!registered) {
                root.removeProperty(TX_PROPERTY);
                throw new IllegalStateException("file lifecycle: EclipseLink uses JTA but no transaction is visible"
                        + " through java:comp/TransactionSynchronizationRegistry or a TransactionCompletionRegistrar");
            }
        }
        return tx;
    }

    @Override
    public void postCommitTransaction(SessionEvent event) {
        end(event, true);
    }

    @Override
    public void postRollbackTransaction(SessionEvent event) {
        end(event, false);
    }

    private static void end(SessionEvent event, boolean committed) {
        AbstractSession root = root((AbstractSession) event.getSession());
        if (root.getDatasourceLogin().shouldUseExternalTransactionController()) {
            return;
        }
        Object tx = root.getProperty(TX_PROPERTY);
        if (tx instanceof FileTransaction fileTx) {
            root.removeProperty(TX_PROPERTY);
            (FileTracker.ofDefaultRegistry()).complete(fileTx, committed);
        }
    }

    private static AbstractSession root(AbstractSession session) {
        AbstractSession s = session;
        while (s instanceof UnitOfWorkImpl uow && uow.getParent() != null) {
            s = uow.getParent();
        }
        return s;
    }
}
