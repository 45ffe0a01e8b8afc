package dev.advancedalchemy.repository;

import java.util.Objects;

/**
 * The result of {@link SyncRepository#getAndUpdate(java.util.Map)}: the stored row and whether anything changed.
 *
 * <pre>{@code
 * GetAndUpdateResult<User> r = users.getAndUpdate(Map.of("email", "a@b.c", "name", "Ann"),
 *         Options.defaults().withMatchFields("email"));
 * boolean changed = r.updated();
 * }</pre>
 *
 * @param item the stored row (never {@code null})
 * @param updated {@code true} when at least one attribute had a different value and was written
 */
public record GetAndUpdateResult<T>(T item, boolean updated) {
    public GetAndUpdateResult {
        Objects.requireNonNull(item, "item");
    }
}
