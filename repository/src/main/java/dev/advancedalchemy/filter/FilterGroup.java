package dev.advancedalchemy.filter;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.List;
import java.util.Objects;

/**
 * Combines filters with AND or OR; groups nest.
 *
 * <pre>{@code
 * movies.list(FilterGroup.or(
 *         new BeforeAfter("releaseDate", Instant.parse("2000-01-01T00:00:00Z"), null),
 *         new SearchFilter("genre", "drama", true)));
 * }</pre>
 *
 * <p>An empty group applies no filter (as in Python). Only conditions may be grouped: {@link OrderBy},
 * {@link LimitOffset} and {@link MultiFilter} are rejected.
 *
 * @param operator how the members combine
 * @param filters the members
 */
public record FilterGroup(Operator operator, List<Filter> filters) implements Filter {
    /** How the members of a group combine. */
    public enum Operator {
        AND,
        OR
    }

    /**
     * Validates the arguments.
     *
     * @throws InvalidFilterException if a member is {@code null}, a sort, a page or a {@link MultiFilter}
     */
    public FilterGroup {
        Objects.requireNonNull(operator, "operator");
        for (Filter f : Objects.requireNonNull(filters, "filters")) {
            if (f == null) {
                throw new InvalidFilterException("FilterGroup members must not be null");
            }
            if (f instanceof OrderBy || f instanceof LimitOffset || f instanceof MultiFilter) {
                throw new InvalidFilterException("FilterGroup may only hold conditions, not "
                        + f.getClass().getSimpleName() + "; pass it to the repository call directly");
            }
        }
        filters = List.copyOf(filters);
    }

    /** All members must hold. */
    public static FilterGroup and(Filter... filters) {
        return new FilterGroup(Operator.AND, List.of(filters));
    }

    /** At least one member must hold. */
    public static FilterGroup or(Filter... filters) {
        return new FilterGroup(Operator.OR, List.of(filters));
    }
}
