package dev.advancedalchemy.filter;

import java.util.List;
import java.util.Objects;

/**
 * Substring search: rows where at least one of the fields contains {@code value} (the fields are ORed, as in
 * Python's {@code SearchFilter}).
 *
 * <pre>{@code
 * movies.list(new SearchFilter(List.of("title", "genre"), "drama", true));
 * }</pre>
 *
 * <p>{@code value} is literal text: {@code %}, {@code _} and {@code !} in it match themselves. Case-sensitive search
 * ({@code ignoreCase = false}) is case-sensitive on every database. An empty value matches every non-null value.
 *
 * @param fieldNames text attributes to search (duplicates removed, order kept); never
 *     {@link dev.advancedalchemy.types.Opaque} attributes
 * @param value the text to find
 * @param ignoreCase whether upper and lower case match each other
 */
public record SearchFilter(List<String> fieldNames, String value, boolean ignoreCase) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if there is no field name or one is blank
     */
    public SearchFilter {
        fieldNames = FieldNames.checkAll(fieldNames, "SearchFilter");
        Objects.requireNonNull(value, "value");
    }

    /** A case-sensitive search in one field. */
    public SearchFilter(String fieldName, String value) {
        this(List.of(FieldNames.check(fieldName, "SearchFilter")), value, false);
    }

    /** A search in one field. */
    public SearchFilter(String fieldName, String value, boolean ignoreCase) {
        this(List.of(FieldNames.check(fieldName, "SearchFilter")), value, ignoreCase);
    }
}
