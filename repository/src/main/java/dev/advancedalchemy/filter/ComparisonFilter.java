package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares one attribute with a value using a {@link ComparisonOperator}.
 *
 * <pre>{@code
 * movies.list(new ComparisonFilter("releaseDate", ComparisonOperator.GT, Instant.parse("2000-01-01T00:00:00Z")));
 * movies.list(ComparisonFilter.of("title", "iendswith", "matrix"));
 * }</pre>
 *
 * <p>Value rules, checked here: {@code in}/{@code notin} take a collection without {@code null}s (empty
 * {@code in} matches nothing, empty {@code notin} everything); {@code between} takes a two-element list
 * {@code [low, high]} (inclusive); text operators take a string; {@code eq}/{@code ne} with {@code null} mean
 * {@code IS NULL}/{@code IS NOT NULL}; the other operators need a value.
 *
 * @param fieldName attribute name or dotted path
 * @param operator the operator
 * @param value the value, as described above (collections are copied)
 */
public record ComparisonFilter(
        String fieldName,
        ComparisonOperator operator,
        @Nullable Object value) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws InvalidFilterException if the field name is blank or the value does not fit the operator
     */
    public ComparisonFilter {
        FieldNames.check(fieldName, "ComparisonFilter");
        Objects.requireNonNull(operator, "operator");
        String where = "ComparisonFilter '" + operator.pythonName() + "' on '" + fieldName + "'";
        switch (operator) {
            case EQ, NE -> {}
            case IN, NOTIN -> {
                if (!(value instanceof Collection<?> c)) {
                    throw new InvalidFilterException(where + " needs a list of values");
                }
                value = Values.copyWithoutNulls(c, "ComparisonFilter", fieldName);
            }
            case BETWEEN -> {
                if (!(value instanceof Collection<?> c)
                        || c.size() != 2
                        || c.stream().anyMatch(Objects::isNull)) {
                    throw new InvalidFilterException(where + " needs a list of two values [low, high]");
                }
                value = List.copyOf(c);
            }
            default -> {
                if (value == null) {
                    throw new InvalidFilterException(where + " needs a value");
                }
                if (operator.isTextMatch() && !(value instanceof String)) {
                    throw new InvalidFilterException(where + " needs a text value");
                }
            }
        }
    }

    /**
     * A filter from the Python operator name.
     *
     * @throws InvalidFilterException if the operator is unknown or the value does not fit it
     */
    public static ComparisonFilter of(String fieldName, String operator, @Nullable Object value) {
        return new ComparisonFilter(fieldName, ComparisonOperator.of(operator), value);
    }
}
