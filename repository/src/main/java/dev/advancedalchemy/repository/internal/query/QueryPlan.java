package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.SortOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a list of filters means once validated: one condition (or none), the sorts and the page.
 *
 * @param where the condition, {@code null} for all rows
 * @param sorts the sorts in order
 * @param page the page, {@code null} for all rows
 */
record QueryPlan(
        @Nullable Condition where,
        List<Sort> sorts,
        @Nullable LimitOffset page) {
    QueryPlan {
        sorts = List.copyOf(sorts);
    }

    /** One sort key. */
    record Sort(FieldRef field, SortOrder order) {}
}
