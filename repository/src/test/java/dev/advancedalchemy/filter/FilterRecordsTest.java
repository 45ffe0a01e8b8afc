package dev.advancedalchemy.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterRecordsTest {
    @Test
    void comparisonOperatorNamesFollowPython() {
        assertThat(Arrays.stream(ComparisonOperator.values()).map(ComparisonOperator::pythonName))
                .containsExactly(
                        "eq",
                        "ne",
                        "gt",
                        "ge",
                        "lt",
                        "le",
                        "in",
                        "notin",
                        "between",
                        "like",
                        "ilike",
                        "startswith",
                        "istartswith",
                        "endswith",
                        "iendswith");
        assertThatThrownBy(() -> ComparisonOperator.of(""))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("Invalid operator ''. Must be one of: between, endswith, eq,");
    }

    @Test
    void valuesMustFitTheOperator() {
        assertThatThrownBy(() -> ComparisonFilter.of("a", "in", "x")).hasMessageContaining("needs a list");
        assertThatThrownBy(() -> ComparisonFilter.of("a", "between", List.of(1)))
                .hasMessageContaining("two values");
        assertThatThrownBy(() -> ComparisonFilter.of("a", "gt", null)).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> ComparisonFilter.of("a", "startswith", 3)).hasMessageContaining("text value");
        assertThat(Filters.eq("a", null).value()).isNull();
    }

    @Test
    void recordsCopyTheirListsAndRejectBadArguments() {
        List<String> values = new ArrayList<>(List.of("x"));
        CollectionFilter<String> f = new CollectionFilter<>("a", values);
        values.add("y");
        assertThat(f.values()).containsExactly("x");
        assertThatThrownBy(() -> new CollectionFilter<>("a", Arrays.asList("x", null)))
                .hasMessageContaining("NullFilter");
        assertThatThrownBy(() -> new OrderBy(" ", SortOrder.ASC)).isInstanceOf(InvalidFilterException.class);
        assertThatThrownBy(() -> new LimitOffset(-1, 0)).isInstanceOf(InvalidFilterException.class);
        assertThat(LimitOffset.page(3, 20)).isEqualTo(new LimitOffset(20, 40));
        assertThat(new SearchFilter(List.of("a", "b", "a"), "x", false).fieldNames())
                .containsExactly("a", "b");
        assertThatThrownBy(() -> FilterGroup.and(OrderBy.asc("a"))).hasMessageContaining("only hold conditions");
        assertThatThrownBy(() -> KeysetPage.first(0)).hasMessageContaining("size");
        assertThatThrownBy(() -> KeysetPage.first(5, OrderBy.asc("a"), OrderBy.desc("a")))
                .hasMessageContaining("twice");
        assertThat(SortOrder.of("DESC")).isEqualTo(SortOrder.DESC);
    }
}
