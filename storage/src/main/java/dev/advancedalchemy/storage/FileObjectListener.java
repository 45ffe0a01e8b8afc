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
 * // persistence.xml (EclipseLink; Hibernate needs nothing):
 * // <property name="eclipselink.session-event-listener"
 * //           value="dev.advancedalchemy.storage.internal.eclipselink.EclipseLinkFileHook"/>
 * }</pre>
 */
public class FileObjectListener {
    /** The EclipseLink persistence property that installs the flush and transaction hook. */
    public static final String ECLIPSELINK_SESSION_LISTENER_PROPERTY = "eclipselink.session-event-listener";

    /** The value of {@link #ECLIPSELINK_SESSION_LISTENER_PROPERTY}. */
    public static final String ECLIPSELINK_SESSION_LISTENER =
            "dev.advancedalchemy.storage.internal.eclipselink.EclipseLinkFileHook";

    /** Snapshots the file attributes of a loaded (or refreshed) entity. */
    @PostLoad
    public void postLoad(Object entity) {
        FileTracker.ofDefaultRegistry().loaded(entity);
    }
}
