package dev.advancedalchemy.storage;

import java.util.Objects;

/**
 * CDI event: the file lifecycle deleted a file that a committed transaction replaced, cleared, removed from a list
 * or whose row it deleted. Fired <b>after</b> the commit (no transaction is active any more). Files cleaned up after
 * a rollback and deletes that failed are reported as {@link FileEvent}s of kind {@code ROLLED_BACK} and
 * {@code ORPHANED}. Fired by {@code alchemy-extension} when a CDI container is running.
 *
 * <pre>{@code
 * void onDeleted(@Observes FileDeleted deleted) {
 *     cdn.purge(deleted.path());
 * }
 * }</pre>
 *
 * <p>Observers run synchronously on the thread that committed; an observer that throws is logged and ignored.
 *
 * @param backend the backend key
 * @param path the storage key
 */
public record FileDeleted(String backend, String path) {
    public FileDeleted {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(path, "path");
    }
}
