package dev.advancedalchemy.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A file that should have been deleted but could not be.
 *
 * @param backend the backend key
 * @param path the storage key
 * @param reason the last error message
 * @param at when the last attempt failed
 */
public record Orphan(String backend, String path, String reason, Instant at) {
    public Orphan {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
