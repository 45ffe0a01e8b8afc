package dev.advancedalchemy.storage;

import dev.advancedalchemy.storage.internal.FileTracker;
import jakarta.persistence.PostLoad;

/**
 * JPA entity listener that lets the {@link FileLifecycle} know what a row's file attributes held when it was
 * loaded, so replaced and removed files can be deleted after commit.
 *
 * <pre>{@code
 * @Entity
 * @EntityListeners(FileObjectListener.class)
 * public class Post {
 *     @Convert(converter = FileObjectConverter.class) @Column(columnDefinition = "text")
 *     private FileObject cover;
 * }
 * // persistence.xml (EclipseLink; Hibernate needs nothing), the unit's one alchemy property, which also installs
 * // the file lifecycle's flush and transaction hook:
 * // <property name="eclipselink.metadata-source" value="dev.advancedalchemy.eclipselink.AlchemyMetadataSource"/>
 * }</pre>
 */
public class FileObjectListener {

    /** Snapshots the file attributes of a loaded (or refreshed) entity. */
    @PostLoad
    public void postLoad(Object entity) {
        FileTracker.ofDefaultRegistry().loaded(entity);
    }
}
