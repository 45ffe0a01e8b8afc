package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.Collection;
import java.util.List;

/** Copies filter value lists, rejecting {@code null} elements with a message instead of a bare NPE. */
final class Values {
    private Values() {}

    static <V> List<V> copyWithoutNulls(Collection<V> values, String filter, String fieldName) {
        for (V v : values) {
            if (v == null) {
                throw new InvalidFilterException(filter + " on '" + fieldName
                        + "' has a null value; use NullFilter/NotNullFilter to match NULL");
            }
        }
        return List.copyOf(values);
    }
}
