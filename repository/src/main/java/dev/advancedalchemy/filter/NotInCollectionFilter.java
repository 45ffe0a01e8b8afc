package dev.advancedalchemy.filter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code field NOT IN (values)}.
 *
 * <pre>{@code
 * movies.list(new NotInCollectionFilter<>("title", List.of("The Hangover")));
 * }</pre>
 *
 * <p>As in Python: {@code null} or an empty list applies no filter.
 *
 * @param fieldName attribute name or dotted path
 * @param values the excluded values (no {@code null} elements), or {@code null}
 * @param <V> the value type
 */
public record NotInCollectionFilter<V>(
        String fieldName, @Nullable List<V> values) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if {@code fieldName} is blank or a value is
     *     {@code null}
     */
    public NotInCollectionFilter {
        FieldNames.check(fieldName, "NotInCollectionFilter");
        values = values == null ? null : Values.copyWithoutNulls(values, "NotInCollectionFilter", fieldName);
    }
}
