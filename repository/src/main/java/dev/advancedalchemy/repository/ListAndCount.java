package dev.advancedalchemy.repository;

import java.util.List;

/**
 * A page of rows and the total number of rows that match the filters, ignoring {@code LimitOffset}.
 *
 * <pre>{@code
 * ListAndCount<Movie> page = movies.listAndCount(OrderBy.asc("title"), new LimitOffset(20, 40));
 * page.items();  // at most 20 movies
 * page.total();  // all matching movies, also when offset 40 is past the end
 * }</pre>
 *
 * @param items the rows of the page
 * @param total the number of matching rows without pagination, 0 or more
 * @param <T> the entity type
 */
public record ListAndCount<T>(List<T> items, long total) {
    /**
     * Copies the items.
     *
     * @throws IllegalArgumentException if {@code total} is negative or smaller than the number of items
     */
    public ListAndCount {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException(
                    "ListAndCount total " + total + " is less than its " + items.size() + " items");
        }
    }
}
