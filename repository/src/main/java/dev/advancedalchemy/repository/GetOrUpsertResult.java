package dev.advancedalchemy.repository;

import java.util.Objects;

/**
 * The result of {@link SyncRepository#getOrUpsert(java.util.Map)}: the stored row and whether it was created.
 *
 * <pre>{@code
 * GetOrUpsertResult<Tag> r = tags.getOrUpsert(Map.of("name", "java"));
 * if (r.created()) { ... }
 * }</pre>
 *
 * @param item the stored row (never {@code null})
 * @param created {@code true} when no matching row existed and this call inserted it
 */
public record GetOrUpsertResult<T>(T item, boolean created) {
    public GetOrUpsertResult {
        Objects.requireNonNull(item, "item");
    }
}
