package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Typed access to one MultiFilter entry's arguments, with errors that name the entry and the argument. */
final class MultiFilterEntry {
    static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("before_after", Set.of("field_name", "before", "after")),
            Map.entry("on_before_after", Set.of("field_name", "on_or_before", "on_or_after")),
            Map.entry("collection", Set.of("field_name", "values")),
            Map.entry("not_in_collection", Set.of("field_name", "values")),
            Map.entry("search", Set.of("field_name", "value", "ignore_case")),
            Map.entry("not_in_search", Set.of("field_name", "value", "ignore_case")),
            Map.entry("comparison", Set.of("field_name", "operator", "value")),
            Map.entry("null", Set.of("field_name")),
            Map.entry("not_null", Set.of("field_name")),
            Map.entry("boolean", Set.of("field_name", "value")),
            Map.entry("order_by", Set.of("field_name", "sort_order")),
            Map.entry("limit_offset", Set.of("limit", "offset")));

    static final Set<String> TYPES = new TreeSet<>(KEYS.keySet());

    private final Map<?, ?> map;
    private final String where;

    MultiFilterEntry(Map<?, ?> map, String where) {
        this.map = map;
        this.where = where;
    }

    void rejectUnknownKeys(String type) {
        Set<Object> unknown = new HashSet<>(map.keySet());
        unknown.remove("type");
        unknown.removeAll(KEYS.get(type));
        if (!unknown.isEmpty()) {
            throw fail("unknown argument(s) "
                    + new TreeSet<>(unknown.stream().map(String::valueOf).toList()) + "; '" + type + "' takes "
                    + new TreeSet<>(KEYS.get(type)));
        }
    }

    String string(String key) {
        Object v = required(key);
        if (!(v instanceof String s)) {
            throw fail("'" + key + "' must be a string");
        }
        return s;
    }

    String optionalString(String key, String fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw fail("'" + key + "' must be a string");
        }
        return s;
    }

    List<String> stringOrList(String key) {
        Object v = required(key);
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
            return l.stream().map(String.class::cast).toList();
        }
        throw fail("'" + key + "' must be a string or a list of strings");
    }

    @Nullable
    Comparable<?> comparable(String key) {
        Object v = map.get(key);
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return (Comparable<?>) v;
        }
        throw fail("'" + key + "' must be a string, a number or null");
    }

    @Nullable
    List<Object> optionalList(String key) {
        if (!map.containsKey(key)) {
            throw fail("missing argument '" + key + "'");
        }
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> l)) {
            throw fail("'" + key + "' must be a list or null");
        }
        return new java.util.ArrayList<Object>(l);
    }

    @Nullable
    Object any(String key) {
        if (!map.containsKey(key)) {
            throw fail("missing argument '" + key + "'");
        }
        return map.get(key);
    }

    boolean bool(String key, @Nullable Boolean fallback) {
        Object v = map.get(key);
        if (v == null) {
            if (fallback == null) {
                throw fail("missing argument '" + key + "'");
            }
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw fail("'" + key + "' must be true or false");
        }
        return b;
    }

    int integer(String key) {
        Object v = required(key);
        if (!(v instanceof Integer i)) {
            throw fail("'" + key + "' must be a whole number");
        }
        return i;
    }

    private Object required(String key) {
        Object v = map.get(key);
        if (!map.containsKey(key)) {
            throw fail("missing argument '" + key + "'");
        }
        if (v == null) {
            throw fail("'" + key + "' must not be null");
        }
        return v;
    }

    private InvalidFilterException fail(String what) {
        return new InvalidFilterException("MultiFilter entry " + where + ": " + what);
    }
}
