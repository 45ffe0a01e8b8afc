package dev.advancedalchemy.repository.internal.derived;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.repository.internal.util.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code LimitOffset}, {@code OrderBy} and {@code Filter...} parameters after a query method's own
 * parameters, and what their arguments amount to at call time.
 */
final class TrailingParameters {
    private final int first;
    private final int count;

    private TrailingParameters(int first, int count) {
        this.first = first;
        this.count = count;
    }

    /** True if {@code type} is one of the accepted trailing parameter types. */
    static boolean accepts(Class<?> type) {
        return type == LimitOffset.class || type == OrderBy.class || type == Filter.class || type == Filter[].class;
    }

    /** The trailing parameters of a method whose parameters from {@code first} on are all accepted. */
    static TrailingParameters from(int first, int parameterCount) {
        return new TrailingParameters(first, parameterCount - first);
    }

    /** The arguments' page and sort, in the order given; nulls are ignored. */
    Applied apply(@Nullable Object @Nullable [] args, Set<String> sortable, String where) {
        LimitOffset page = null;
        List<Sort> sorts = new ArrayList<>();
        List<Filter> filters = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            Object arg = args == null ? null : args[i];
            if (arg instanceof Filter[] array) {
                filters.addAll(List.of(array));
            } else if (arg instanceof Filter f) {
                filters.add(f);
            }
        }
        for (Filter f : filters) {
            if (f instanceof LimitOffset lo) {
                page = lo;
            } else if (f instanceof OrderBy ob) {
                if (!sortable.contains(ob.fieldName())) {
                    throw new InvalidFilterException("OrderBy field '" + ob.fieldName() + "' is not an attribute"
                            + " usable in " + where
                            + Suggestions.closest(ob.fieldName(), sortable)
                                    .map(s -> "; did you mean '" + s + "'?")
                                    .orElse("; use one of " + sortable));
                }
                sorts.add(new Sort(ob.fieldName(), ob.sortOrder() == SortOrder.DESC));
            } else if (f != null) {
                throw new InvalidFilterException(f.getClass().getSimpleName() + " is not supported as an argument of "
                        + where + "; derived and @Query methods accept LimitOffset and OrderBy, use the repository's"
                        + " list(Filter...) for other filters");
            }
        }
        return new Applied(page, sorts);
    }

    /**
     * The effect of the trailing arguments of one call.
     *
     * @param page the last {@code LimitOffset} given, or null
     * @param sorts the sorts in the order given
     */
    record Applied(@Nullable LimitOffset page, List<Sort> sorts) {}
}
