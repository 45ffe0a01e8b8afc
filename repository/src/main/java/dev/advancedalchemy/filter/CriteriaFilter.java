package dev.advancedalchemy.filter;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * A filter written directly as a Jakarta Persistence Criteria predicate, for conditions the other filters cannot
 * express (the counterpart of Python's {@code ExistsFilter} with column expressions).
 *
 * <pre>{@code
 * Filter longTitles = Filters.where((cb, root) -> cb.greaterThan(cb.length(root.get("title")), 20));
 * }</pre>
 *
 * <p>The predicate is used as written: field names in it are not checked in advance and text in it is not escaped.
 */
@FunctionalInterface
public interface CriteriaFilter extends Filter {
    /**
     * Builds the predicate.
     *
     * @param cb the criteria builder of the query being built
     * @param root the query's root (the repository's entity)
     * @return the predicate to AND into the query
     */
    Predicate toPredicate(CriteriaBuilder cb, Root<?> root);
}
