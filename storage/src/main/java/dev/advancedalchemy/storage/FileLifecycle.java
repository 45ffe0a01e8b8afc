package dev.advancedalchemy.storage;

import dev.advancedalchemy.storage.spi.TransactionCompletionRegistrar;
import java.util.List;

/**
 * Saves and deletes the files of {@link FileObject} / {@link FileObjectList} attributes with the row's
 * transaction.
 *
 * <p>Setup: annotate the entity with {@code @EntityListeners(FileObjectListener.class)}, map the attributes with
 * {@link FileObjectConverter} / {@link FileObjectListConverter}. EclipseLink needs the unit's one alchemy property,
 * {@code eclipselink.metadata-source = dev.advancedalchemy.eclipselink.AlchemyMetadataSource}, which installs the
 * lifecycle's session listener when this jar is on the class path (see {@code docs/eclipselink.md}). Hibernate ORM 7
 * needs no setting: the storage jar registers a Hibernate {@code Integrator} through {@link java.util.ServiceLoader}.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>New content is written at flush, before the transaction commits; a failed write fails the flush and so
 *       the transaction. The row then holds the stored {@code size}, {@code checksum}, {@code etag},
 *       {@code versionId} and {@code lastModified}.
 *   <li>Files replaced, set to {@code null}, removed from a list, or belonging to a deleted row are deleted after
 *       the commit. A new file at the same path as the one it replaces is kept.
 *   <li>Files written by a transaction that rolls back are deleted after the rollback.
 *   <li>A delete after commit that still fails after
 *       {@value dev.advancedalchemy.storage.internal.FileTracker#DELETE_ATTEMPTS} attempts is logged, added to
 *       {@link #orphans()} and reported as a {@link FileEvent.Kind#ORPHANED} event; it is never thrown.
 * </ul>
 *
 * <p>Events reach {@link FileEventListener}s synchronously: {@code WRITTEN} during the flush (inside the
 * transaction), {@code DELETED} after commit, {@code ROLLED_BACK} after rollback, {@code ORPHANED} after commit.
 * With {@code alchemy-extension} and a running CDI container they are also CDI events ({@link FileSaved},
 * {@link FileDeleted}, {@link FileEvent}). How the end of a transaction is learned is described in
 * {@link TransactionCompletionRegistrar}.
 */
public interface FileLifecycle {
    /** Files that could not be deleted after a commit, oldest first. */
    List<Orphan> orphans();

    /** Removes {@code orphan} from the list (for example after deleting it by hand); returns whether it was there. */
    boolean clearOrphan(Orphan orphan);

    /** Adds a listener for file events. */
    void addListener(FileEventListener listener);

    /** Adds a way to learn when transactions end, asked before the built-in JTA registrar. */
    void addRegistrar(TransactionCompletionRegistrar registrar);
}
