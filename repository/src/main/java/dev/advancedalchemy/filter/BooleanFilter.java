package dev.advancedalchemy.filter;

/**
 * {@code field = true} or {@code field = false} on a boolean attribute ({@code NULL} matches neither).
 *
 * <pre>{@code
 * movies.list(new BooleanFilter("released", true));
 * }</pre>
 *
 * @param fieldName a {@code boolean}/{@code Boolean} attribute
 * @param value the value to match
 */
public record BooleanFilter(String fieldName, boolean value) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if {@code fieldName} is blank
     */
    public BooleanFilter {
        FieldNames.check(fieldName, "BooleanFilter");
    }
}
