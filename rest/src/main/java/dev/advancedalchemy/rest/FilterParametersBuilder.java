package dev.advancedalchemy.rest;

import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.rest.internal.QueryValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects the settings of a {@link FilterParameters}; start with {@link FilterParameters#builder()}.
 *
 * <pre>{@code
 * FilterParameters books = FilterParameters.builder()
 *         .sortable("title", "createdAt").defaultSort("createdAt", SortOrder.DESC)
 *         .searchable("title").searchIgnoreCase(true)
 *         .in("authorId", UUID.class)
 *         .choice("format", "hardcover", "paperback")
 *         .build();
 * }</pre>
 *
 * <p>Every method checks its arguments at once: a blank field name, a value type that cannot be read from text, or a
 * query parameter name that two declarations would share is an {@link IllegalArgumentException}. Calling a method
 * again adds to (lists) or replaces (single settings) what was set before.
 */
public final class FilterParametersBuilder {
    private @Nullable String idField;
    private Class<?> idType = String.class;
    private @Nullable String createdField;
    private @Nullable String updatedField;
    private int defaultPageSize = 20;
    private int maxPageSize = 100;
    private final Set<String> sortable = new LinkedHashSet<>();
    private @Nullable String defaultSort;
    private SortOrder defaultSortOrder = SortOrder.DESC;
    private final Set<String> searchable = new LinkedHashSet<>();
    private boolean searchIgnoreCase;
    private final Map<String, Class<?>> inFields = new LinkedHashMap<>();
    private final Map<String, Class<?>> notInFields = new LinkedHashMap<>();
    private final Set<String> booleanFields = new LinkedHashSet<>();
    private final Map<String, List<String>> choiceFields = new LinkedHashMap<>();

    FilterParametersBuilder() {}

    /** Allows {@code orderBy} to name these fields (attribute names or dotted paths). */
    public FilterParametersBuilder sortable(String... fields) {
        for (String field : fields) {
            sortable.add(checkField(field));
        }
        return this;
    }

    /**
     * The sort applied when the request has no {@code orderBy}; {@code sortOrder} still overrides {@code order}.
     *
     * @throws IllegalArgumentException if {@code field} was not declared {@linkplain #sortable sortable}
     */
    public FilterParametersBuilder defaultSort(String field, SortOrder order) {
        if (!sortable.contains(field)) {
            throw new IllegalArgumentException(
                    "default sort field '" + field + "' must be declared sortable first, sortable: " + sortable);
        }
        this.defaultSort = field;
        this.defaultSortOrder = order;
        return this;
    }

    /** Enables {@code searchString}, which searches these text fields (ORed). */
    public FilterParametersBuilder searchable(String... fields) {
        for (String field : fields) {
            searchable.add(checkField(field));
        }
        return this;
    }

    /** Whether a search without {@code searchIgnoreCase} ignores case (default {@code false}, as in Python). */
    public FilterParametersBuilder searchIgnoreCase(boolean ignoreCase) {
        this.searchIgnoreCase = ignoreCase;
        return this;
    }

    /**
     * The page size without {@code pageSize}, and the largest page size a request gets.
     *
     * @throws IllegalArgumentException unless {@code 1 <= defaultSize <= maxSize}
     */
    public FilterParametersBuilder pageSize(int defaultSize, int maxSize) {
        if (defaultSize < 1 || defaultSize > maxSize) {
            throw new IllegalArgumentException(
                    "page sizes need 1 <= default <= max, got default " + defaultSize + " and max " + maxSize);
        }
        this.defaultPageSize = defaultSize;
        this.maxPageSize = maxSize;
        return this;
    }

    /** Enables {@code ids} on the attribute {@code id}, read as {@code type}. */
    public FilterParametersBuilder ids(Class<?> type) {
        return ids("id", type);
    }

    /** Enables {@code ids} on the attribute {@code field}, read as {@code type}. */
    public FilterParametersBuilder ids(String field, Class<?> type) {
        this.idField = checkField(field);
        this.idType = checkType(type);
        return this;
    }

    /** Enables {@code createdBefore}/{@code createdAfter} on the attribute {@code createdAt}. */
    public FilterParametersBuilder createdAt() {
        return createdAt("createdAt");
    }

    /** Enables {@code createdBefore}/{@code createdAfter} on the attribute {@code field}. */
    public FilterParametersBuilder createdAt(String field) {
        this.createdField = checkField(field);
        return this;
    }

    /** Enables {@code updatedBefore}/{@code updatedAfter} on the attribute {@code updatedAt}. */
    public FilterParametersBuilder updatedAt() {
        return updatedAt("updatedAt");
    }

    /** Enables {@code updatedBefore}/{@code updatedAfter} on the attribute {@code field}. */
    public FilterParametersBuilder updatedAt(String field) {
        this.updatedField = checkField(field);
        return this;
    }

    /** Enables {@code <field>In} (repeat the parameter for several values), read as {@code type}. */
    public FilterParametersBuilder in(String field, Class<?> type) {
        inFields.put(checkField(field), checkType(type));
        return this;
    }

    /** Enables {@code <field>NotIn} (repeat the parameter for several values), read as {@code type}. */
    public FilterParametersBuilder notIn(String field, Class<?> type) {
        notInFields.put(checkField(field), checkType(type));
        return this;
    }

    /** Enables the parameter {@code <field>=true|false} on a boolean attribute. */
    public FilterParametersBuilder booleanField(String field) {
        booleanFields.add(checkField(field));
        return this;
    }

    /**
     * Enables the parameter {@code <field>=<choice>}, an equality filter that accepts only the listed values.
     *
     * @throws IllegalArgumentException if no choice is given
     */
    public FilterParametersBuilder choice(String field, String... choices) {
        if (choices.length == 0) {
            throw new IllegalArgumentException("choice field '" + field + "' needs at least one choice");
        }
        choiceFields.put(checkField(field), List.of(choices));
        return this;
    }

    /**
     * The spec. The builder may be used again afterwards.
     *
     * @throws IllegalArgumentException if two declarations read the same query parameter
     */
    public FilterParameters build() {
        checkDistinctParameters();
        return new FilterParameters(new FilterSpec(
                idField,
                idType,
                createdField,
                updatedField,
                defaultPageSize,
                maxPageSize,
                new ArrayList<>(sortable),
                defaultSort,
                defaultSortOrder,
                new ArrayList<>(searchable),
                searchIgnoreCase,
                inFields,
                notInFields,
                new ArrayList<>(booleanFields),
                choiceFields));
    }

    private void checkDistinctParameters() {
        Set<String> names = new HashSet<>(Set.of(
                FilterParameters.CURRENT_PAGE,
                FilterParameters.PAGE_SIZE,
                FilterParameters.ORDER_BY,
                FilterParameters.SORT_ORDER,
                FilterParameters.SEARCH_STRING,
                FilterParameters.SEARCH_IGNORE_CASE,
                FilterParameters.IDS,
                "createdBefore",
                "createdAfter",
                "updatedBefore",
                "updatedAfter"));
        List<String> declared = new ArrayList<>();
        inFields.keySet().forEach(f -> declared.add(f + "In"));
        notInFields.keySet().forEach(f -> declared.add(f + "NotIn"));
        declared.addAll(booleanFields);
        declared.addAll(choiceFields.keySet());
        for (String name : declared) {
            if (!names.add(name)) {
                throw new IllegalArgumentException("query parameter '" + name
                        + "' would be read by two declarations; rename the field or drop one of them");
            }
        }
    }

    private static String checkField(@Nullable String field) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("field names must not be blank");
        }
        return field;
    }

    private static Class<?> checkType(Class<?> type) {
        Class<?> boxed = box(type);
        if (!QueryValues.supports(boxed)) {
            throw new IllegalArgumentException("query values cannot be read as " + type.getName()
                    + "; use String, UUID, Integer, Long, Short, BigDecimal, Boolean, LocalDate, LocalDateTime,"
                    + " Instant, OffsetDateTime or an enum");
        }
        return boxed;
    }

    private static Class<?> box(Class<?> type) {
        if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        }
        return type;
    }
}
