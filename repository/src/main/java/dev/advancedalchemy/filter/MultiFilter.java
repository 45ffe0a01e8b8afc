package dev.advancedalchemy.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.List;
import java.util.Map;

/**
 * A filter tree built from the JSON/dict shape of Python's {@code MultiFilter}, so that a client can send filters in
 * a request body.
 *
 * <pre>{@code
 * MultiFilter f = MultiFilter.fromJson("""
 *     {"and_": [
 *         {"type": "before_after", "field_name": "release_date", "before": "2000-01-01T00:00:00Z", "after": null},
 *         {"or_": [
 *             {"type": "search", "field_name": "title", "value": "the", "ignore_case": true},
 *             {"type": "comparison", "field_name": "genre", "operator": "eq", "value": "Drama"}]},
 *         {"type": "order_by", "field_name": "title", "sort_order": "asc"},
 *         {"type": "limit_offset", "limit": 20, "offset": 0}]}
 *     """);
 * }</pre>
 *
 * <p>Shape: an object whose keys are {@code "and_"} and/or {@code "or_"}, each a list of entries; the groups of the
 * top level are ANDed. An entry is either a nested group (an object with exactly one of those keys) or a filter with a
 * {@code "type"}: {@code before_after} ({@code field_name, before, after}), {@code on_before_after}
 * ({@code field_name, on_or_before, on_or_after}), {@code collection} and {@code not_in_collection}
 * ({@code field_name, values}), {@code search} and {@code not_in_search} ({@code field_name} as a string or a list,
 * {@code value, ignore_case}), {@code comparison} ({@code field_name, operator, value}), {@code null} and
 * {@code not_null} ({@code field_name}), {@code boolean} ({@code field_name, value}), and — only directly in a
 * top-level {@code "and_"} list — {@code order_by} ({@code field_name, sort_order}) and {@code limit_offset}
 * ({@code limit, offset}). {@code field_name} is the JPA attribute name; a snake_case name such as
 * {@code release_date} also finds the attribute {@code releaseDate}.
 *
 * <p>Unlike Python, which silently drops entries it cannot build, every invalid entry (unknown type or key, missing
 * argument, wrong value type, {@code exists}/{@code not_exists}, which need SQL expressions) is an
 * {@link InvalidFilterException} naming the entry's position, for example {@code and_[1].or_[0]}.
 *
 * @param filters what the tree stands for: condition groups, then sorts and pages in document order
 */
public record MultiFilter(List<Filter> filters) implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Copies the filters.
     *
     * @throws InvalidFilterException if a member is null or itself a {@code MultiFilter}
     */
    public MultiFilter {
        for (Filter f : filters) {
            if (f == null || f instanceof MultiFilter) {
                throw new InvalidFilterException("MultiFilter members must be non-null conditions, sorts or pages");
            }
        }
        filters = List.copyOf(filters);
    }

    /**
     * Builds the filter from the parsed dict shape (for example a JAX-RS {@code Map} body).
     *
     * @throws InvalidFilterException if the shape or an entry is invalid
     */
    public static MultiFilter of(Map<String, ?> filters) {
        return new MultiFilter(MultiFilterParser.parse(filters));
    }

    /**
     * Builds the filter from JSON text.
     *
     * @throws InvalidFilterException if the text is not a JSON object or the shape or an entry is invalid
     */
    public static MultiFilter fromJson(String json) {
        Object tree;
        try {
            tree = JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new InvalidFilterException(
                    "MultiFilter JSON is malformed at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr(),
                    null);
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new InvalidFilterException("MultiFilter JSON must be an object like {\"and_\": [...]}");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> typed = (Map<String, ?>) map;
        return of(typed);
    }
}
