package dev.advancedalchemy.storage;

import java.util.Objects;

/**
 * CDI event: the file lifecycle wrote new content for a row, at flush, <b>inside</b> the transaction (before it
 * commits; the transaction may still roll back, and then a {@link FileEvent.Kind#ROLLED_BACK} {@link FileEvent}
 * follows). Fired by {@code alchemy-extension} when a CDI container is running.
 *
 * <pre>{@code
 * void onSaved(@Observes FileSaved saved) {
 *     log.info("stored " + saved.path() + " in " + saved.backend());
 * }
 * }</pre>
 *
 * <p>Observers run synchronously on the flushing thread; an observer that throws is logged and does not fail the
 * flush.
 *
 * @param backend the backend key
 * @param path the storage key
 */
public record FileSaved(String backend, String path) {
    public FileSaved {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(path, "path");
    }
}
