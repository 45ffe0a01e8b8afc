package dev.advancedalchemy.filter;

/**
 * {@code field IS NOT NULL}.
 *
 * <pre>{@code
 * movies.list(new NotNullFilter("director"));
 * }</pre>
 *
 * @param fieldName attribute name or dotted path
 */
public record NotNullFilter(String fieldName) implements Filter {
    /**
     * Validates the argument.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if {@code fieldName} is blank
     */
    public NotNullFilter {
        FieldNames.check(fieldName, "NotNullFilter");
    }
}
