package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;

/**
 * Offset pagination: skip {@code offset} rows, return at most {@code limit}.
 *
 * <pre>{@code
 * ListAndCount<Movie> page3 = movies.listAndCount(OrderBy.asc("title"), LimitOffset.page(3, 20));
 * }</pre>
 *
 * <p>Combine it with an {@link OrderBy}: without one the database chooses the order and pages may overlap. For deep
 * pages prefer {@link KeysetPage}, whose cost does not grow with the depth.
 *
 * @param limit maximum number of rows, at least 0
 * @param offset rows to skip, at least 0
 */
public record LimitOffset(int limit, int offset) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws InvalidFilterException if {@code limit} or {@code offset} is negative
     */
    public LimitOffset {
        if (limit < 0) {
            throw new InvalidFilterException("LimitOffset limit must be 0 or more, got " + limit);
        }
        if (offset < 0) {
            throw new InvalidFilterException("LimitOffset offset must be 0 or more, got " + offset);
        }
    }

    /**
     * The page with 1-based number {@code page} of {@code size} rows.
     *
     * @throws InvalidFilterException if {@code page < 1}, {@code size < 0} or the offset exceeds an {@code int}
     */
    public static LimitOffset page(int page, int size) {
        if (page < 1) {
            throw new InvalidFilterException("page numbers start at 1, got " + page);
        }
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidFilterException("page " + page + " of size " + size + " is beyond the largest offset");
        }
        return new LimitOffset(size, (int) offset);
    }
}
