package dev.advancedalchemy.storage;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something the file lifecycle did to a stored file.
 *
 * @param kind what happened
 * @param backend the backend key
 * @param path the storage key
 * @param failure why a delete failed ({@link Kind#ORPHANED} only), else {@code null}
 */
public record FileEvent(
        Kind kind, String backend, String path, @Nullable Throwable failure) {
    public FileEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(path, "path");
    }

    /** The kinds of event, with the transaction phase each is sent in. */
    public enum Kind {
        /** New content was written; sent at flush, inside the transaction. */
        WRITTEN,
        /** A replaced or removed file was deleted; sent after commit. */
        DELETED,
        /** A file written by a rolled-back transaction was deleted; sent after rollback. */
        ROLLED_BACK,
        /** A delete failed after every retry and the file was added to the orphan list; sent after completion. */
        ORPHANED
    }
}
