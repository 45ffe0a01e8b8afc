package dev.advancedalchemy.filter;

import java.util.Objects;

/**
 * Sorts by one attribute. Several {@code OrderBy} filters sort by each in turn.
 *
 * <pre>{@code
 * movies.list(OrderBy.desc("releaseDate"), OrderBy.asc("title"));
 * }</pre>
 *
 * @param fieldName attribute name or dotted path through to-one associations; not an
 *     {@link dev.advancedalchemy.types.Opaque} attribute
 * @param sortOrder the direction
 */
public record OrderBy(String fieldName, SortOrder sortOrder) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if {@code fieldName} is blank
     */
    public OrderBy {
        FieldNames.check(fieldName, "OrderBy");
        Objects.requireNonNull(sortOrder, "sortOrder");
    }

    /** Ascending order by {@code fieldName}. */
    public static OrderBy asc(String fieldName) {
        return new OrderBy(fieldName, SortOrder.ASC);
    }

    /** Descending order by {@code fieldName}. */
    public static OrderBy desc(String fieldName) {
        return new OrderBy(fieldName, SortOrder.DESC);
    }
}
