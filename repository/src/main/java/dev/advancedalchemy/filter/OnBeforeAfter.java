package dev.advancedalchemy.filter;

import org.jspecify.annotations.Nullable;

/**
 * Inclusive range: {@code field <= onOrBefore} and {@code field >= onOrAfter}; a {@code null} bound is not applied.
 *
 * <pre>{@code
 * movies.list(new OnBeforeAfter("releaseDate", null, Instant.parse("1999-03-31T00:00:00Z")));
 * }</pre>
 *
 * @param fieldName a comparable attribute (date-time, date, number, text)
 * @param onOrBefore rows on or before this, or {@code null}
 * @param onOrAfter rows on or after this, or {@code null}
 */
public record OnBeforeAfter(
        String fieldName,
        @Nullable Comparable<?> onOrBefore,
        @Nullable Comparable<?> onOrAfter) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if {@code fieldName} is blank
     */
    public OnBeforeAfter {
        FieldNames.check(fieldName, "OnBeforeAfter");
    }
}
