package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Keyset (cursor) pagination: the next {@code size} rows after a cursor, in a stable order.
 *
 * <pre>{@code
 * KeysetPage page = KeysetPage.first(20, OrderBy.desc("releaseDate"));
 * KeysetResult<Movie> result = movies.keyset(page, Filters.eq("genre", "Drama"));
 * while (result.hasNext()) {
 *     result = movies.keyset(page.after(result.nextCursor()), Filters.eq("genre", "Drama"));
 * }
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The entity's id is appended to {@code orderBy} as the final tie-breaker (ascending unless it is already
 *       listed), so the order is total and no row is skipped or repeated even when sort values tie.
 *   <li>A page is one query of the form {@code WHERE (k1, k2, id) > (:v1, :v2, :id) ORDER BY … LIMIT size + 1}
 *       (expanded into {@code OR}s for mixed directions): with an index on the sort columns its cost does not depend on
 *       how deep the page is, unlike {@link LimitOffset}.
 *   <li>The cursor is an opaque URL-safe string; it records the sort so that using it with a different order is
 *       rejected. Sort attributes must not be {@code NULL} in the rows being paged (reaching such a row is an
 *       {@link InvalidFilterException}).
 *   <li>A {@link LimitOffset} or {@link OrderBy} among the filters of a keyset read is rejected.
 * </ul>
 *
 * @param size rows per page, 1 or more
 * @param orderBy the sort (may be empty: then the id alone)
 * @param after the cursor of the previous page's last row, or {@code null} for the first page
 */
public record KeysetPage(
        int size, List<OrderBy> orderBy, @Nullable String after) {
    /**
     * Validates the arguments.
     *
     * @throws InvalidFilterException if {@code size < 1}, a field is sorted twice or the cursor is blank
     */
    public KeysetPage {
        if (size < 1) {
            throw new InvalidFilterException("KeysetPage size must be 1 or more, got " + size);
        }
        orderBy = List.copyOf(Objects.requireNonNull(orderBy, "orderBy"));
        if (orderBy.stream().map(OrderBy::fieldName).distinct().count() != orderBy.size()) {
            throw new InvalidFilterException("KeysetPage sorts a field twice: " + orderBy);
        }
        if (after != null && after.isBlank()) {
            throw new InvalidFilterException("KeysetPage cursor must not be blank; pass null for the first page");
        }
    }

    /** The first page. */
    public static KeysetPage first(int size, OrderBy... orderBy) {
        return new KeysetPage(size, List.of(orderBy), null);
    }

    /** The page after the row that {@code cursor} points at, with the same size and order. */
    public KeysetPage after(String cursor) {
        return new KeysetPage(size, orderBy, Objects.requireNonNull(cursor, "cursor"));
    }
}
