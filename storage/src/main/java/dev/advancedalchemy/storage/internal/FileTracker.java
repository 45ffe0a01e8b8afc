package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.storage.FileContent;
import dev.advancedalchemy.storage.FileEvent;
import dev.advancedalchemy.storage.FileEventListener;
import dev.advancedalchemy.storage.FileLifecycle;
import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.Orphan;
import dev.advancedalchemy.storage.StorageBackend;
import dev.advancedalchemy.storage.StorageRegistry;
import dev.advancedalchemy.storage.spi.TransactionCompletionRegistrar;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The file lifecycle of one {@link StorageRegistry}: remembers what each managed entity referenced when it was
 * loaded or last flushed, writes pending content at flush, and deletes files after the transaction ends. Provider
 * hooks call {@link #loaded}, {@link #flush} and {@link #complete}.
 */
public final class FileTracker implements FileLifecycle {
    /** Attempts made to delete a file after commit before it becomes an orphan. */
    public static final int DELETE_ATTEMPTS = 3;

    private static final System.Logger LOG = System.getLogger(FileTracker.class.getName());
    private static final Snapshot EMPTY = new Snapshot(Map.of(), Set.of());

    private final StorageRegistry registry;
    private final WeakIdentityMap<Object, Snapshot> snapshots = new WeakIdentityMap<>();
    private final List<Orphan> orphans = new CopyOnWriteArrayList<>();
    private final List<FileEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<TransactionCompletionRegistrar> registrars = new CopyOnWriteArrayList<>();

    public FileTracker(StorageRegistry registry) {
        this.registry = registry;
        provided(TransactionCompletionRegistrar.class).stream()
                .sorted(Comparator.comparingInt(TransactionCompletionRegistrar::priority)
                        .reversed()
                        .thenComparing(r -> r.getClass().getName()))
                .forEach(registrars::add);
        registrars.add(new JtaCompletionRegistrar());
        listeners.addAll(provided(FileEventListener.class));
    }

    /**
     * The {@link ServiceLoader} providers of {@code type} that can be loaded here: one that needs an absent API (the
     * extension's CDI bridge without CDI on the class path) is skipped, not fatal.
     */
    private static <T> List<T> provided(Class<T> type) {
        List<T> found = new ArrayList<>();
        Iterator<T> it =
                ServiceLoader.load(type, FileTracker.class.getClassLoader()).iterator();
        for (int failures = 0; failures < 100; ) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++; // bounded: a broken provider file must not keep the iterator failing forever
                LOG.log(Level.DEBUG, "skipped a " + type.getSimpleName() + " that cannot be loaded here", e);
            }
        }
        return found;
    }

    /** The lifecycle of {@link StorageRegistry#getDefault()}, which provider hooks and entity listeners use. */
    public static FileTracker ofDefaultRegistry() {
        return (FileTracker) StorageRegistry.getDefault().lifecycle();
    }

    /** What an entity's file attributes held: their JSON (to detect any change) and the files they name. */
    private record Snapshot(Map<String, @Nullable String> json, Set<FileRef> refs) {}

    /** Records what {@code entity} references as loaded from the database. */
    public void loaded(Object entity) {
        if (EntityFiles.hasFiles(entity)) {
            snapshots.put(entity, snapshot(entity));
        }
    }

    /**
     * Processes {@code entities} at a flush of {@code tx}: writes pending content, notes dropped files, and returns
     * the entities whose file columns changed (the caller makes sure the provider writes them).
     *
     * @throws StorageException if a write fails (the flush, and so the transaction, must fail)
     */
    public List<Object> flush(FileTransaction tx, List<Object> entities, List<Object> deleted) {
        List<Object> changed = new ArrayList<>();
        Set<FileRef> referenced = new HashSet<>();
        for (Object entity : deleted) {
            Snapshot old = snapshotOf(entity);
            old.refs().forEach(tx::dropped);
            currentFiles(entity).forEach(f -> tx.dropped(FileRef.of(f)));
            snapshots.remove(entity);
        }
        for (Object entity : entities) {
            Snapshot old = snapshotOf(entity);
            for (FileObject f : currentFiles(entity)) {
                if (f.hasPendingContent()) {
                    write(tx, f, old.refs().contains(FileRef.of(f)));
                }
            }
            Snapshot now = snapshot(entity);
            for (FileRef ref : old.refs()) {
                if (!now.refs().contains(ref)) {
                    tx.dropped(ref);
                }
            }
            referenced.addAll(now.refs());
            if (!now.json().equals(old.json())) {
                changed.add(entity);
            }
            snapshots.put(entity, now);
        }
        // a file another row still references is not garbage (two entities sharing one file)
        referenced.forEach(tx::referenced);
        return changed;
    }

    private void write(FileTransaction tx, FileObject f, boolean overwritesCommitted) {
        StorageBackend backend = registry.backend(f.backend());
        FileRef ref = FileRef.of(f);
        if (overwritesCommitted && !tx.hasBackup(ref) && backend.exists(f.path())) {
            // same-path replacement: keep the committed bytes until the commit so a rollback can restore them
            FileRef backup = new FileRef(ref.backend(), f.path() + ".alchemy-backup-" + UUID.randomUUID());
            copy(backend, ref.path(), backup.path(), f);
            tx.backedUp(ref, backup);
        }
        FileContent content = Objects.requireNonNull(f.pendingContent().orElse(null));
        try (InputStream in = content.open()) {
            f.markStored(backend.save(f.path(), in, f.contentType(), f.metadata()));
        } catch (IOException e) {
            throw new StorageException("could not read the pending content of '" + f.path() + "'", e);
        }
        tx.written(ref);
        fire(new FileEvent(FileEvent.Kind.WRITTEN, ref.backend(), ref.path(), null));
    }

    private static void copy(StorageBackend backend, String from, String to, FileObject f) {
        try (InputStream in = backend.open(from)) {
            backend.save(to, in, f.contentType(), f.metadata());
        } catch (IOException e) {
            throw new StorageException("could not back up '" + from + "' before overwriting it", e);
        }
    }

    /**
     * Finishes {@code tx}: after a commit deletes dropped files and backups; after a rollback deletes what it
     * wrote and restores overwritten files. Never throws.
     */
    public void complete(FileTransaction tx, boolean committed) {
        if (!tx.complete()) {
            return;
        }
        try {
            if (committed) {
                tx.toDeleteAfterCommit().forEach(ref -> delete(ref, FileEvent.Kind.DELETED));
                tx.backups().values().forEach(backup -> delete(backup, null));
            } else {
                tx.toDeleteAfterRollback().forEach(ref -> delete(ref, FileEvent.Kind.ROLLED_BACK));
                tx.backups().forEach(this::restore);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "file lifecycle failed after the transaction ended", e);
        }
    }

    private void restore(FileRef original, FileRef backup) {
        try {
            StorageBackend backend = registry.backend(original.backend());
            try (InputStream in = backend.open(backup.path())) {
                backend.save(original.path(), in, ContentTypes.guess(original.path()), Map.of());
            }
            delete(backup, null);
        } catch (IOException | RuntimeException e) {
            orphan(backup, e);
            LOG.log(
                    Level.ERROR,
                    "could not restore '" + original.path() + "' of backend '" + original.backend()
                            + "' after a rollback; its previous content is kept at '" + backup.path() + "'",
                    e);
        }
    }

    private void delete(FileRef ref, FileEvent.@Nullable Kind kind) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= DELETE_ATTEMPTS; attempt++) {
            try {
                registry.backend(ref.backend()).delete(ref.path());
                if (kind != null) {
                    fire(new FileEvent(kind, ref.backend(), ref.path(), null));
                }
                return;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        orphan(ref, last);
    }

    private void orphan(FileRef ref, @Nullable Exception failure) {
        String reason = failure == null ? "unknown" : String.valueOf(failure.getMessage());
        orphans.add(new Orphan(ref.backend(), ref.path(), reason, Instant.now()));
        LOG.log(
                Level.WARNING,
                "could not delete '" + ref.path() + "' from backend '" + ref.backend() + "' after " + DELETE_ATTEMPTS
                        + " attempts; it is listed in FileLifecycle.orphans(): " + reason);
        fire(new FileEvent(FileEvent.Kind.ORPHANED, ref.backend(), ref.path(), failure));
    }

    /** Asks the registrars, in order, to call {@code onCompletion} when the current transaction ends. */
    public boolean registerCompletion(Consumer<Boolean> onCompletion) {
        for (TransactionCompletionRegistrar r : registrars) {
            if (r.registerCompletion(onCompletion)) {
                return true;
            }
        }
        return false;
    }

    private Snapshot snapshotOf(Object entity) {
        Snapshot s = snapshots.get(entity);
        return s == null ? EMPTY : s;
    }

    private static Snapshot snapshot(Object entity) {
        Map<String, @Nullable String> json = new LinkedHashMap<>();
        Set<FileRef> refs = new LinkedHashSet<>();
        EntityFiles.values(entity).forEach((name, value) -> {
            json.put(name, value == null ? null : json(value));
            EntityFiles.files(value).forEach(f -> refs.add(FileRef.of(f)));
        });
        return new Snapshot(json, refs);
    }

    private static String json(Object value) {
        return value instanceof FileObject f
                ? FileObjectJson.write(f)
                : FileObjectJson.writeList((dev.advancedalchemy.storage.FileObjectList) value);
    }

    private static List<FileObject> currentFiles(Object entity) {
        List<FileObject> files = new ArrayList<>();
        EntityFiles.values(entity).values().forEach(v -> files.addAll(EntityFiles.files(v)));
        return files;
    }

    private void fire(FileEvent event) {
        for (FileEventListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a FileEventListener threw; ignored", e);
            }
        }
    }

    @Override
    public List<Orphan> orphans() {
        return List.copyOf(orphans);
    }

    @Override
    public boolean clearOrphan(Orphan orphan) {
        return orphans.remove(orphan);
    }

    @Override
    public void addListener(FileEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void addRegistrar(TransactionCompletionRegistrar registrar) {
        registrars.add(0, Objects.requireNonNull(registrar, "registrar"));
    }
}
