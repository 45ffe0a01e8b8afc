package dev.advancedalchemy.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiFilterTest {
    @Test
    void buildsTheFilterTreeOfThePythonShape() {
        MultiFilter f = MultiFilter.fromJson("""
                {"and_": [
                  {"type": "search", "field_name": ["title", "genre"], "value": "x", "ignore_case": true},
                  {"or_": [
                    {"type": "comparison", "field_name": "rating", "operator": "between", "value": [1, 5]},
                    {"type": "not_in_collection", "field_name": "genre", "values": null}]},
                  {"type": "order_by", "field_name": "title"},
                  {"type": "limit_offset", "limit": 10, "offset": 20}]}
                """);
        assertThat(f.filters())
                .containsExactly(
                        FilterGroup.and(
                                new SearchFilter(List.of("title", "genre"), "x", true),
                                FilterGroup.or(
                                        new ComparisonFilter("rating", ComparisonOperator.BETWEEN, List.of(1, 5)),
                                        new NotInCollectionFilter<>("genre", null))),
                        OrderBy.asc("title"),
                        new LimitOffset(10, 20));
    }

    @Test
    void acceptsTheParsedDictForm() {
        MultiFilter f = MultiFilter.of(Map.of("or_", List.of(Map.of("type", "null", "field_name", "rating"))));
        assertThat(f.filters()).containsExactly(FilterGroup.or(new NullFilter("rating")));
        assertThat(MultiFilter.of(Map.of()).filters()).isEmpty();
    }

    @Test
    void everyInvalidEntryIsAnErrorThatSaysWhere() {
        assertInvalid("{\"and_\": [{\"type\": \"nope\", \"field_name\": \"t\"}]}", "and_[0]", "unknown type 'nope'");
        assertInvalid("{\"and_\": [{\"field_name\": \"t\", \"value\": \"x\"}]}", "and_[0]", "needs a \"type\"");
        assertInvalid(
                "{\"and_\": [{\"type\": \"search\", \"value\": \"x\"}]}", "and_[0]", "missing argument 'field_name'");
        assertInvalid(
                "{\"and_\": [{\"type\": \"search\", \"field_name\": \"t\", \"value\": \"x\", \"ignorecase\": true}]}",
                "and_[0]",
                "unknown argument(s) [ignorecase]");
        assertInvalid(
                "{\"or_\": [{\"and_\": [{\"type\": \"comparison\", \"field_name\": \"t\", \"operator\": \"=\","
                        + " \"value\": 1}]}]}",
                "or_[0].and_[0]",
                "Invalid operator '='");
        assertInvalid("{\"invalid_operator\": []}", "'invalid_operator'", "\"and_\" or \"or_\"");
        assertInvalid("{\"and_\": [{\"type\": \"exists\", \"values\": []}]}", "and_[0]", "Filters.where");
        assertInvalid("{\"or_\": [{\"type\": \"limit_offset\", \"limit\": 1, \"offset\": 0}]}", "or_[0]", "top-level");
        assertInvalid(
                "{\"and_\": [{\"type\": \"limit_offset\", \"limit\": -1, \"offset\": 0}]}", "and_[0]", "0 or more");
        assertInvalid(
                "{\"and_\": [{\"type\": \"collection\", \"field_name\": \"t\", \"values\": [1, null]}]}",
                "and_[0]",
                "null value");
        assertInvalid("{\"and_\": {\"type\": \"null\"}}", "and_", "must be a list");
        assertInvalid("[1, 2]", "MultiFilter JSON", "must be an object");
        assertInvalid("{\"and_\": [", "malformed", "line 1");
    }

    private static void assertInvalid(String json, String... fragments) {
        assertThatThrownBy(() -> MultiFilter.fromJson(json))
                .isInstanceOf(InvalidFilterException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }
}
