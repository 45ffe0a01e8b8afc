package dev.advancedalchemy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.filter.BeforeAfter;
import dev.advancedalchemy.filter.BooleanFilter;
import dev.advancedalchemy.filter.CollectionFilter;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.Filters;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.NotInCollectionFilter;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.filter.SearchFilter;
import dev.advancedalchemy.filter.SortOrder;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FilterParametersTest {
    enum Format {
        HARDCOVER,
        PAPERBACK
    }

    private static final FilterParameters BOOKS = FilterParameters.builder()
            .sortable("title", "createdAt")
            .defaultSort("createdAt", SortOrder.DESC)
            .searchable("title", "isbn")
            .pageSize(20, 50)
            .ids(UUID.class)
            .createdAt()
            .updatedAt()
            .in("authorId", UUID.class)
            .notIn("format", Format.class)
            .booleanField("inPrint")
            .choice("language", "en", "fr")
            .build();

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return query;
    }

    @Test
    void emptyQueryGivesTheDefaultSortAndTheFirstPageOfTheDefaultSize() {
        assertThat(BOOKS.parse(query())).containsExactly(OrderBy.desc("createdAt"), new LimitOffset(20, 0));
    }

    @Test
    void pageNumberAndSizeBecomeLimitAndOffsetAsInPython() {
        assertThat(BOOKS.parse(query("currentPage", "3", "pageSize", "10"))).contains(new LimitOffset(10, 20));
    }

    @Test
    void pageSizeAboveTheMaximumIsCapped() {
        assertThat(BOOKS.parse(query("pageSize", "1000"))).contains(new LimitOffset(50, 0));
    }

    @Test
    void badPageParametersNameTheParameter() {
        assertThatThrownBy(() -> BOOKS.parse(query("pageSize", "0")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'pageSize'")
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BOOKS.parse(query("currentPage", "-1")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'currentPage'")
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BOOKS.parse(query("currentPage", "two")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'currentPage' must be a whole number");
        assertThatThrownBy(() -> BOOKS.parse(query("pageSize", "5", "pageSize", "6")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'pageSize' may be given only once");
    }

    @Test
    void pageFarBeyondTheLargestOffsetIsRejected() {
        assertThatThrownBy(() -> BOOKS.parse(query("currentPage", String.valueOf(Integer.MAX_VALUE))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'currentPage'");
    }

    @Test
    void orderByMustBeOnTheAllowList() {
        assertThat(BOOKS.parse(query("orderBy", "title", "sortOrder", "asc"))).contains(OrderBy.asc("title"));
        assertThat(BOOKS.parse(query("orderBy", "title"))).contains(OrderBy.desc("title"));
        assertThat(BOOKS.parse(query("sortOrder", "ASC"))).contains(OrderBy.asc("createdAt"));
        assertThatThrownBy(() -> BOOKS.parse(query("orderBy", "password")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'orderBy' must be one of [title, createdAt]")
                .hasMessageNotContaining("password");
        assertThatThrownBy(() -> BOOKS.parse(query("sortOrder", "up")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'sortOrder' must be 'asc' or 'desc'");
    }

    @Test
    void withoutDefaultSortNoOrderIsAddedButSortOrderAloneIsAnError() {
        FilterParameters spec = FilterParameters.builder().sortable("name").build();
        assertThat(spec.parse(query())).containsExactly(new LimitOffset(20, 0));
        assertThatThrownBy(() -> spec.parse(query("sortOrder", "asc")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'sortOrder' needs 'orderBy'");
    }

    @Test
    void searchCoversEverySearchableFieldAndHonoursTheCaseSwitch() {
        assertThat(BOOKS.parse(query("searchString", "dune")))
                .contains(new SearchFilter(List.of("title", "isbn"), "dune", false));
        assertThat(BOOKS.parse(query("searchString", "dune", "searchIgnoreCase", "true")))
                .contains(new SearchFilter(List.of("title", "isbn"), "dune", true));
        assertThat(BOOKS.parse(query("searchString", "  "))).noneMatch(f -> f instanceof SearchFilter);
        assertThatThrownBy(() -> BOOKS.parse(query("searchString", "x", "searchIgnoreCase", "maybe")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'searchIgnoreCase' must be true or false");
    }

    @Test
    void searchDefaultCaseIsConfigurable() {
        FilterParameters spec = FilterParameters.builder()
                .searchable("name")
                .searchIgnoreCase(true)
                .build();
        assertThat(spec.parse(query("searchString", "le guin")))
                .contains(new SearchFilter(List.of("name"), "le guin", true));
    }

    @Test
    void idsAreRepeatedParametersConvertedToTheIdType() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(BOOKS.parse(query("ids", a.toString(), "ids", b.toString())))
                .contains(new CollectionFilter<>("id", List.of(a, b)));
        assertThatThrownBy(() -> BOOKS.parse(query("ids", "42")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'ids' must be a UUID");
    }

    @Test
    void dateRangesAcceptIsoDateTimesDatesAndOffsets() {
        assertThat(BOOKS.parse(query("createdAfter", "2024-01-31T12:00:00Z", "createdBefore", "2024-02-01")))
                .contains(new BeforeAfter(
                        "createdAt", Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-01-31T12:00:00Z")));
        // An unencoded '+' arrives as a space.
        assertThat(BOOKS.parse(query("updatedBefore", "2024-01-31T14:00:00 02:00")))
                .contains(new BeforeAfter("updatedAt", Instant.parse("2024-01-31T12:00:00Z"), null));
        assertThat(BOOKS.parse(query("updatedAfter", "2024-01-31T12:00:00")))
                .contains(new BeforeAfter("updatedAt", null, Instant.parse("2024-01-31T12:00:00Z")));
        assertThatThrownBy(() -> BOOKS.parse(query("createdBefore", "yesterday")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'createdBefore' must be an ISO-8601 date-time")
                .hasMessageNotContaining("yesterday");
    }

    @Test
    void inAndNotInUseTheCamelCaseWireNames() {
        UUID author = UUID.randomUUID();
        assertThat(BOOKS.parse(query("authorIdIn", author.toString(), "formatNotIn", "paperback")))
                .contains(
                        new CollectionFilter<>("authorId", List.of(author)),
                        new NotInCollectionFilter<>("format", List.of(Format.PAPERBACK)));
        assertThatThrownBy(() -> BOOKS.parse(query("formatNotIn", "scroll")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'formatNotIn' must be one of [HARDCOVER, PAPERBACK]");
    }

    @Test
    void booleanAndChoiceFields() {
        assertThat(BOOKS.parse(query("inPrint", "false", "language", "fr")))
                .contains(new BooleanFilter("inPrint", false), Filters.eq("language", "fr"));
        assertThatThrownBy(() -> BOOKS.parse(query("language", "de")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'language' must be one of [en, fr]");
        assertThatThrownBy(() -> BOOKS.parse(query("inPrint", "yes")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'inPrint' must be true or false");
    }

    @Test
    void undeclaredParametersAndDisabledFeaturesAreIgnored() {
        FilterParameters pagingOnly = FilterParameters.builder().build();
        List<Filter> filters =
                pagingOnly.parse(query("searchString", "x", "orderBy", "name", "ids", "1", "expand", "books"));
        assertThat(filters).containsExactly(new LimitOffset(20, 0));
    }

    @Test
    void readsAJaxRsMultivaluedMap() {
        MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
        map.add("pageSize", "5");
        map.add("orderBy", "title");
        assertThat(BOOKS.parse(map)).containsExactly(OrderBy.desc("title"), new LimitOffset(5, 0));
    }

    @Test
    void builderRejectsMisconfiguration() {
        assertThatThrownBy(() -> FilterParameters.builder().pageSize(0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterParameters.builder().pageSize(50, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterParameters.builder().sortable("name").defaultSort("age", SortOrder.ASC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'age' must be declared sortable");
        assertThatThrownBy(() -> FilterParameters.builder().in("tags", Map.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util.Map");
        assertThatThrownBy(() ->
                        FilterParameters.builder().booleanField("pageSize").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pageSize' would be read by two declarations");
        assertThatThrownBy(() -> FilterParameters.builder().searchable(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
