package dev.advancedalchemy.filter;

import org.jspecify.annotations.Nullable;

/**
 * Exclusive range: {@code field < before} and {@code field > after}; a {@code null} bound is not applied.
 *
 * <pre>{@code
 * movies.list(new BeforeAfter("releaseDate", Instant.parse("2000-01-01T00:00:00Z"), null));
 * }</pre>
 *
 * @param fieldName a comparable attribute (date-time, date, number, text)
 * @param before rows strictly earlier than this, or {@code null}
 * @param after rows strictly later than this, or {@code null}
 */
public record BeforeAfter(
        String fieldName,
        @Nullable Comparable<?> before,
        @Nullable Comparable<?> after) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if {@code fieldName} is blank
     */
    public BeforeAfter {
        FieldNames.check(fieldName, "BeforeAfter");
    }
}
