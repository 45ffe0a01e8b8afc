package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.Locale;

/** Direction of an {@link OrderBy}: {@code "asc"} or {@code "desc"} in the Python JSON form. */
public enum SortOrder {
    ASC,
    DESC;

    /**
     * Parses {@code "asc"} or {@code "desc"} (any case).
     *
     * @throws InvalidFilterException for any other text
     */
    public static SortOrder of(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "asc" -> ASC;
            case "desc" -> DESC;
            default -> throw new InvalidFilterException("sort_order must be 'asc' or 'desc', got '" + text + "'");
        };
    }
}
