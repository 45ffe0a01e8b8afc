package dev.advancedalchemy.service;

import java.util.List;
import java.util.Objects;

/**
 * One page of results with the paging that produced it, serialised by Jackson exactly as Python's
 * {@code OffsetPagination}:
 *
 * <pre>{@code
 * {"items": [{"name": "Le Guin"}], "limit": 10, "offset": 0, "total": 42}
 * }</pre>
 *
 * @param items the page's items (copied, unmodifiable)
 * @param limit the page size asked for
 * @param offset the number of items before this page
 * @param total how many items match in all
 * @param <S> the item type, usually a response schema record
 */
public record OffsetPagination<S>(List<S> items, int limit, int offset, long total) {
    /**
     * Validates and copies the arguments.
     *
     * @throws IllegalArgumentException if {@code limit}, {@code offset} or {@code total} is negative
     */
    public OffsetPagination {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (limit < 0 || offset < 0 || total < 0) {
            throw new IllegalArgumentException("limit, offset and total must be 0 or more, got limit " + limit
                    + ", offset " + offset + ", total " + total);
        }
    }
}
