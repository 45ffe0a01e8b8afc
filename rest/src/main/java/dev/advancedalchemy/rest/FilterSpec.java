package dev.advancedalchemy.rest;

import dev.advancedalchemy.filter.SortOrder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The immutable settings behind a {@link FilterParameters}, as collected by {@link FilterParametersBuilder}. */
record FilterSpec(
        @Nullable String idField,
        Class<?> idType,
        @Nullable String createdField,
        @Nullable String updatedField,
        int defaultPageSize,
        int maxPageSize,
        List<String> sortable,
        @Nullable String defaultSort,
        SortOrder defaultSortOrder,
        List<String> searchable,
        boolean searchIgnoreCase,
        Map<String, Class<?>> inFields,
        Map<String, Class<?>> notInFields,
        List<String> booleanFields,
        Map<String, List<String>> choiceFields) {
    FilterSpec {
        sortable = List.copyOf(sortable);
        searchable = List.copyOf(searchable);
        // Map.copyOf would lose the declaration order, which fixes the order of the parsed filters.
        inFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inFields));
        notInFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notInFields));
        booleanFields = List.copyOf(booleanFields);
        choiceFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choiceFields));
    }
}
