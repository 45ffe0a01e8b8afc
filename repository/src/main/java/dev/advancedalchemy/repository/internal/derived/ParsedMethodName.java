package dev.advancedalchemy.repository.internal.derived;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The structure of a derived-query method name: {@code findFirst3ByNameOrAgeGreaterThanOrderByAgeDesc}.
 *
 * @param subject find, count, exists or delete
 * @param distinct whether {@code Distinct} was given
 * @param limit the row limit of {@code First}/{@code Top} ({@code First} alone is 1), or null for none
 * @param orGroups the conditions: OR of ANDs; empty for no WHERE clause
 * @param orderBy the static sort order
 */
record ParsedMethodName(
        Subject subject,
        boolean distinct,
        @Nullable Integer limit,
        List<List<Condition>> orGroups,
        List<Sort> orderBy) {
    ParsedMethodName {
        orGroups = orGroups.stream().map(List::copyOf).toList();
        orderBy = List.copyOf(orderBy);
    }

    /** Every condition in method-name order, which is also the order of the method's arguments. */
    List<Condition> conditions() {
        return orGroups.stream().flatMap(List::stream).toList();
    }
}
