package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a {@link KeysetPage} read.
 *
 * <pre>{@code
 * KeysetResult<Movie> r = movies.keyset(KeysetPage.first(20, OrderBy.asc("title")));
 * if (r.hasNext()) { next = movies.keyset(page.after(r.nextCursor())); }
 * }</pre>
 *
 * @param items the rows of this page, at most the page size
 * @param nextCursor the cursor of the last row, to fetch the following page; {@code null} when there is no next page
 * @param hasNext whether at least one more row follows
 * @param <T> the entity type
 */
public record KeysetResult<T>(List<T> items, @Nullable String nextCursor, boolean hasNext) {
    /**
     * Copies the items.
     *
     * @throws InvalidFilterException if {@code hasNext} and {@code nextCursor} disagree
     */
    public KeysetResult {
        items = List.copyOf(items);
        if (hasNext != (nextCursor != null)) {
            throw new InvalidFilterException("KeysetResult needs a cursor exactly when there is a next page");
        }
    }
}
