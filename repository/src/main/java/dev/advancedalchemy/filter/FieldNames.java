package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Shared argument checks of the filter records (names are resolved later, against the metamodel). */
final class FieldNames {
    private FieldNames() {}

    static String check(@Nullable String fieldName, String filter) {
        if (fieldName == null || fieldName.isBlank()) {
            throw new InvalidFilterException(
                    filter + " needs a field name, got " + (fieldName == null ? "null" : "''"));
        }
        return fieldName;
    }

    static List<String> checkAll(@Nullable List<String> fieldNames, String filter) {
        if (fieldNames == null || fieldNames.isEmpty()) {
            throw new InvalidFilterException(filter + " needs at least one field name");
        }
        fieldNames.forEach(f -> check(f, filter));
        return List.copyOf(new LinkedHashSet<>(fieldNames));
    }
}
