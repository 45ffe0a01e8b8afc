package dev.advancedalchemy.filter;

/**
 * A filter, sort or page argument for a repository read ({@code list}, {@code listAndCount}, {@code count},
 * {@code exists}, {@code findOne}, {@code deleteWhere}).
 *
 * <pre>{@code
 * List<Filter> filters = List.of(Filters.eq("genre", "Drama"), OrderBy.asc("title"), new LimitOffset(10, 0));
 * }</pre>
 *
 * <p>The implementations in this package are immutable records. The interface is open so that
 * {@link Filters#where(CriteriaFilter)} can take a lambda; any other implementation is rejected by the repository
 * with an {@link dev.advancedalchemy.exceptions.InvalidFilterException}.
 */
public interface Filter {}
