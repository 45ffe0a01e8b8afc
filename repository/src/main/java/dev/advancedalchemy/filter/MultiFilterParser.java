package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns the Python {@code MultiFilter} dict shape into filter records, rejecting anything it cannot build. */
final class MultiFilterParser {
    private static final Set<String> LOGICAL = Set.of("and_", "or_");

    private MultiFilterParser() {}

    static List<Filter> parse(Map<String, ?> tree) {
        List<Filter> conditions = new ArrayList<>();
        List<Filter> statementLevel = new ArrayList<>();
        for (Map.Entry<String, ?> e : tree.entrySet()) {
            String key = e.getKey();
            if (!LOGICAL.contains(key)) {
                throw new InvalidFilterException(
                        "MultiFilter key '" + key + "' is not a logical operator; use \"and_\" or \"or_\"");
            }
            List<?> entries = list(e.getValue(), key);
            List<Filter> members = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String where = key + "[" + i + "]";
                Object entry = entries.get(i);
                String type = entry instanceof Map<?, ?> m && m.get("type") instanceof String t ? t : "";
                if (type.equals("order_by") || type.equals("limit_offset")) {
                    if (!key.equals("and_")) {
                        throw new InvalidFilterException("MultiFilter entry " + where + ": '" + type
                                + "' is only allowed directly in the top-level \"and_\" list");
                    }
                    statementLevel.add(entry(entry, where));
                } else {
                    members.add(entry(entry, where));
                }
            }
            conditions.add(new FilterGroup(operator(key), members));
        }
        conditions.addAll(statementLevel);
        return conditions;
    }

    private static FilterGroup.Operator operator(String key) {
        return key.equals("and_") ? FilterGroup.Operator.AND : FilterGroup.Operator.OR;
    }

    private static List<?> list(@Nullable Object value, String where) {
        if (!(value instanceof List<?> l)) {
            throw new InvalidFilterException("MultiFilter " + where + " must be a list of filter entries");
        }
        return l;
    }

    private static Filter entry(@Nullable Object raw, String where) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidFilterException("MultiFilter entry " + where + " must be an object");
        }
        MultiFilterEntry e = new MultiFilterEntry(map, where);
        if (!map.containsKey("type")) {
            List<String> logical = map.keySet().stream()
                    .map(String::valueOf)
                    .filter(LOGICAL::contains)
                    .toList();
            if (logical.size() != 1 || map.size() != 1) {
                throw new InvalidFilterException("MultiFilter entry " + where
                        + " needs a \"type\", or exactly one key \"and_\"/\"or_\" for a nested group");
            }
            String key = logical.get(0);
            List<?> entries = list(map.get(key), where + "." + key);
            List<Filter> members = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                members.add(entry(entries.get(i), where + "." + key + "[" + i + "]"));
            }
            return new FilterGroup(operator(key), members);
        }
        String type = e.string("type");
        try {
            Filter built = build(e, type, where);
            e.rejectUnknownKeys(type);
            return built;
        } catch (InvalidFilterException ex) {
            if (ex.detail().startsWith("MultiFilter entry")) {
                throw ex;
            }
            throw new InvalidFilterException("MultiFilter entry " + where + " (" + type + "): " + ex.detail(), ex);
        }
    }

    private static Filter build(MultiFilterEntry e, String type, String where) {
        return switch (type) {
            case "before_after" ->
                new BeforeAfter(e.string("field_name"), e.comparable("before"), e.comparable("after"));
            case "on_before_after" ->
                new OnBeforeAfter(e.string("field_name"), e.comparable("on_or_before"), e.comparable("on_or_after"));
            case "collection" -> new CollectionFilter<>(e.string("field_name"), e.optionalList("values"));
            case "not_in_collection" -> new NotInCollectionFilter<>(e.string("field_name"), e.optionalList("values"));
            case "search" ->
                new SearchFilter(e.stringOrList("field_name"), e.string("value"), e.bool("ignore_case", false));
            case "not_in_search" ->
                new NotInSearchFilter(e.stringOrList("field_name"), e.string("value"), e.bool("ignore_case", false));
            case "comparison" -> ComparisonFilter.of(e.string("field_name"), e.string("operator"), e.any("value"));
            case "null" -> new NullFilter(e.string("field_name"));
            case "not_null" -> new NotNullFilter(e.string("field_name"));
            case "boolean" -> new BooleanFilter(e.string("field_name"), e.bool("value", null));
            case "order_by" -> new OrderBy(e.string("field_name"), SortOrder.of(e.optionalString("sort_order", "asc")));
            case "limit_offset" -> new LimitOffset(e.integer("limit"), e.integer("offset"));
            case "exists", "not_exists", "filter_group" ->
                throw new InvalidFilterException(
                        "MultiFilter entry " + where + ": type '" + type + "' needs SQL expressions and cannot"
                                + " come from JSON; use a nested \"and_\"/\"or_\" group or Filters.where(...)");
            default ->
                throw new InvalidFilterException("MultiFilter entry " + where + ": unknown type '" + type
                        + "'; expected one of " + MultiFilterEntry.TYPES);
        };
    }
}
