package dev.advancedalchemy.filter;

/**
 * {@code field IS NULL}.
 *
 * <pre>{@code
 * movies.list(new NullFilter("director"));
 * }</pre>
 *
 * @param fieldName attribute name or dotted path
 */
public record NullFilter(String fieldName) implements Filter {
    /**
     * Validates the argument.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if {@code fieldName} is blank
     */
    public NullFilter {
        FieldNames.check(fieldName, "NullFilter");
    }
}
