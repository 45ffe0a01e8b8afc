package dev.advancedalchemy.filter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code field IN (values)}.
 *
 * <pre>{@code
 * movies.list(new CollectionFilter<>("title", List.of("The Matrix", "Shawshank Redemption")));
 * }</pre>
 *
 * <p>As in Python: {@code null} values apply no filter; an empty list matches no rows.
 *
 * @param fieldName attribute name or dotted path
 * @param values the allowed values (no {@code null} elements), or {@code null} for no filter
 * @param <V> the value type
 */
public record CollectionFilter<V>(
        String fieldName, @Nullable List<V> values) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if {@code fieldName} is blank or a value is
     *     {@code null}
     */
    public CollectionFilter {
        FieldNames.check(fieldName, "CollectionFilter");
        values = values == null ? null : Values.copyWithoutNulls(values, "CollectionFilter", fieldName);
    }
}
