package dev.advancedalchemy.storage.internal.hibernate;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.internal.EntityFiles;
import dev.advancedalchemy.storage.internal.FileTracker;
import dev.advancedalchemy.storage.internal.FileTransaction;
import dev.advancedalchemy.storage.internal.WeakIdentityMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.AbstractPreDatabaseOperationEvent;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.jspecify.annotations.Nullable;

/**
 * Runs the file lifecycle in a Hibernate session: before each flush computes its changes (writing pending content
 * and making Hibernate's dirty check see in-place list changes and stored values), before an insert or update that
 * still carries pending content (identity inserts at persist, entities cascaded at flush), and completes it when
 * Hibernate reports the end of the session's transaction (RESOURCE_LOCAL and JTA alike).
 */
final class HibernateFileHook
        implements FlushEventListener, AutoFlushEventListener, PreInsertEventListener, PreUpdateEventListener {
    /** The open file transaction of each session; removed when Hibernate reports the transaction's end. */
    private final WeakIdentityMap<Object, FileTransaction> transactions = new WeakIdentityMap<>();

    @Override
    public void onFlush(FlushEvent event) {
        beforeFlush(event.getSession());
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        beforeFlush(event.getSession());
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        beforeWrite(event, event.getState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        beforeWrite(event, event.getState());
        return false;
    }

    private void beforeFlush(EventSource session) {
        if (!session.isTransactionInProgress()) {
            return;
        }
        List<Object> live = new ArrayList<>();
        List<Object> deleted = new ArrayList<>();
        Map<Object, EntityEntry> entries = new IdentityHashMap<>();
        for (Map.Entry<Object, EntityEntry> e :
                session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            Object entity = e.getKey();
            if (!EntityFiles.hasFiles(entity)) {
                continue;
            }
            switch (e.getValue().getStatus()) {
                case MANAGED, SAVING -> {
                    live.add(entity);
                    entries.put(entity, e.getValue());
                }
                case DELETED -> deleted.add(entity);
                default -> {
                    // read-only, loading or gone: nothing of theirs is written at this flush
                }
            }
        }
        if (live.isEmpty() && deleted.isEmpty()) {
            return;
        }
        List<Object> changed = run(session, live, deleted);
        changed.forEach(entity -> markChanged(entity, entries.get(entity)));
    }

    /**
     * An insert or update is about to run: write content nobody wrote yet (an identity insert at persist, an entity
     * cascaded at flush), then bind the entity's own file objects, which carry the stored size and checksum (the
     * state Hibernate captured at persist holds copies made before the write).
     */
    private void beforeWrite(AbstractPreDatabaseOperationEvent event, Object[] state) {
        Object entity = event.getEntity();
        if (!(event.getSession() instanceof EventSource session) || !EntityFiles.hasFiles(entity)) {
            return;
        }
        Map<String, @Nullable Object> values = EntityFiles.values(entity);
        if (values.values().stream()
                .flatMap(v -> EntityFiles.files(v).stream())
                .anyMatch(FileObject::hasPendingContent)) {
            run(session, List.of(entity), List.of());
        }
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (values.containsKey(names[i])) {
                state[i] = values.get(names[i]);
            }
        }
    }

    private List<Object> run(EventSource session, List<Object> live, List<Object> deleted) {
        FileTracker tracker = FileTracker.ofDefaultRegistry();
        FileTransaction tx = transaction(session, tracker);
        try {
            return tracker.flush(tx, live, deleted);
        } catch (RuntimeException e) {
            // the failed write dooms the transaction; clean up what this one wrote at once, as its end may not come
            transactions.remove(session);
            tracker.complete(tx, false);
            throw e;
        }
    }

    private FileTransaction transaction(EventSource session, FileTracker tracker) {
        FileTransaction existing = transactions.get(session);
        if (existing != null) {
            return existing;
        }
        FileTransaction tx = new FileTransaction();
        transactions.put(session, tx);
        session.getActionQueue().registerCallback(new Completion(this, session, tracker, tx));
        return tx;
    }

    /** Makes Hibernate's dirty check see the file columns of a stored {@code entity} as changed. */
    private static void markChanged(Object entity, EntityEntry entry) {
        Object[] loaded = entry.getLoadedState();
        if (!entry.isExistsInDatabase() || loaded == null) {
            return; // its insert has not run yet and will write the current values whole
        }
        String[] names = entry.getPersister().getPropertyNames();
        for (Field f : EntityFiles.fields(entity.getClass())) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(f.getName())) {
                    loaded[i] = EntityFiles.changedMarker(f.getType());
                }
            }
            if (entity instanceof SelfDirtinessTracker tracked) {
                tracked.$$_hibernate_trackChange(f.getName());
            }
        }
    }

    /** Completes one file transaction when Hibernate reports the end of the session's transaction. */
    private record Completion(HibernateFileHook hook, EventSource session, FileTracker tracker, FileTransaction tx)
            implements TransactionCompletionCallbacks.AfterCompletionCallback {
        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor ignored) {
            hook.transactions.remove(session);
            tracker.complete(tx, success);
        }
    }
}
