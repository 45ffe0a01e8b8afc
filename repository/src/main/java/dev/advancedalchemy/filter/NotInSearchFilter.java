package dev.advancedalchemy.filter;

import java.util.List;
import java.util.Objects;

/**
 * Negated substring search: rows where none of the fields contains {@code value} (the negated conditions are ANDed,
 * as in Python's {@code NotInSearchFilter}).
 *
 * <pre>{@code
 * movies.list(new NotInSearchFilter("title", "hangover", true));
 * }</pre>
 *
 * <p>{@code value} is literal text, as in {@link SearchFilter}. A row whose field is SQL {@code NULL} does not
 * satisfy {@code NOT LIKE} and is therefore not returned (standard SQL semantics, as in Python).
 *
 * @param fieldNames text attributes to check (duplicates removed, order kept)
 * @param value the text that must not occur
 * @param ignoreCase whether upper and lower case match each other
 */
public record NotInSearchFilter(List<String> fieldNames, String value, boolean ignoreCase) implements Filter {
    /**
     * Validates the arguments.
     *
     * @throws dev.advancedalchemy.exceptions.InvalidFilterException if there is no field name or one is blank
     */
    public NotInSearchFilter {
        fieldNames = FieldNames.checkAll(fieldNames, "NotInSearchFilter");
        Objects.requireNonNull(value, "value");
    }

    /** A case-sensitive negated search in one field. */
    public NotInSearchFilter(String fieldName, String value) {
        this(List.of(FieldNames.check(fieldName, "NotInSearchFilter")), value, false);
    }

    /** A negated search in one field. */
    public NotInSearchFilter(String fieldName, String value, boolean ignoreCase) {
        this(List.of(FieldNames.check(fieldName, "NotInSearchFilter")), value, ignoreCase);
    }
}
