package dev.advancedalchemy.filter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Short factories for the common filters.
 *
 * <pre>{@code
 * movies.list(Filters.eq("genre", "Drama"), Filters.search("title", "the", true), Filters.asc("title"));
 * movies.findOne(Filters.eq("title", "The Matrix"), Filters.eq("director.name", "Lana Wachowski"));
 * movies.count(Filters.where((cb, root) -> cb.like(root.get("title"), "The %")));
 * }</pre>
 *
 * <p>{@code eq} is the counterpart of Python's {@code **kwargs} equality ({@code repository.list(genre="Drama")});
 * {@code eq(field, null)} matches {@code NULL}.
 */
public final class Filters {
    private Filters() {}

    /** {@code field = value}, or {@code field IS NULL} when {@code value} is {@code null}. */
    public static ComparisonFilter eq(String fieldName, @Nullable Object value) {
        return new ComparisonFilter(fieldName, ComparisonOperator.EQ, value);
    }

    /** {@code field <> value}, or {@code field IS NOT NULL} when {@code value} is {@code null}. */
    public static ComparisonFilter ne(String fieldName, @Nullable Object value) {
        return new ComparisonFilter(fieldName, ComparisonOperator.NE, value);
    }

    /** {@code field > value}. */
    public static ComparisonFilter gt(String fieldName, Object value) {
        return new ComparisonFilter(fieldName, ComparisonOperator.GT, value);
    }

    /** {@code field >= value}. */
    public static ComparisonFilter ge(String fieldName, Object value) {
        return new ComparisonFilter(fieldName, ComparisonOperator.GE, value);
    }

    /** {@code field < value}. */
    public static ComparisonFilter lt(String fieldName, Object value) {
        return new ComparisonFilter(fieldName, ComparisonOperator.LT, value);
    }

    /** {@code field <= value}. */
    public static ComparisonFilter le(String fieldName, Object value) {
        return new ComparisonFilter(fieldName, ComparisonOperator.LE, value);
    }

    /** {@code field BETWEEN low AND high} (inclusive). */
    public static ComparisonFilter between(String fieldName, Object low, Object high) {
        return new ComparisonFilter(fieldName, ComparisonOperator.BETWEEN, List.of(low, high));
    }

    /** {@code field IN (values)}; an empty list matches nothing. */
    public static <V> CollectionFilter<V> in(String fieldName, List<V> values) {
        return new CollectionFilter<>(fieldName, values);
    }

    /** {@code field NOT IN (values)}; an empty list applies no filter. */
    public static <V> NotInCollectionFilter<V> notIn(String fieldName, List<V> values) {
        return new NotInCollectionFilter<>(fieldName, values);
    }

    /** Rows whose field contains {@code text} literally. */
    public static SearchFilter search(String fieldName, String text, boolean ignoreCase) {
        return new SearchFilter(fieldName, text, ignoreCase);
    }

    /** Rows whose field starts with {@code text} literally (case-sensitive). */
    public static ComparisonFilter startsWith(String fieldName, String text) {
        return new ComparisonFilter(fieldName, ComparisonOperator.STARTSWITH, text);
    }

    /** Rows whose field ends with {@code text} literally (case-sensitive). */
    public static ComparisonFilter endsWith(String fieldName, String text) {
        return new ComparisonFilter(fieldName, ComparisonOperator.ENDSWITH, text);
    }

    /** {@code field IS NULL}. */
    public static NullFilter isNull(String fieldName) {
        return new NullFilter(fieldName);
    }

    /** {@code field IS NOT NULL}. */
    public static NotNullFilter isNotNull(String fieldName) {
        return new NotNullFilter(fieldName);
    }

    /** All of the filters. */
    public static FilterGroup and(Filter... filters) {
        return FilterGroup.and(filters);
    }

    /** Any of the filters. */
    public static FilterGroup or(Filter... filters) {
        return FilterGroup.or(filters);
    }

    /** Ascending sort. */
    public static OrderBy asc(String fieldName) {
        return OrderBy.asc(fieldName);
    }

    /** Descending sort. */
    public static OrderBy desc(String fieldName) {
        return OrderBy.desc(fieldName);
    }

    /** A Criteria predicate written by hand; see {@link CriteriaFilter}. */
    public static CriteriaFilter where(CriteriaFilter predicate) {
        return predicate;
    }
}
