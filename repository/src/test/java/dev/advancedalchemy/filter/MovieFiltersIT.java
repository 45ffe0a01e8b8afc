package dev.advancedalchemy.filter;

import static dev.advancedalchemy.filter.FilterFixture.HANGOVER;
import static dev.advancedalchemy.filter.FilterFixture.MATRIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.filter.model.Movie;
import dev.advancedalchemy.repository.internal.query.ReadEngine;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Python's movie-dataset filter suite ({@code tests/integration/test_filters.py}), ported to the read engine. */
class MovieFiltersIT {
    private static final Instant Y2000 = Instant.parse("2000-01-01T00:00:00Z");

    private static List<Movie> list(TestDatabase db, Filter... filters) {
        ReadEngine<Movie> engine = FilterFixture.engine(db, Movie.class);
        return FilterFixture.inEm(db, em -> engine.list(em, Arrays.asList(filters), List.of(), false));
    }

    private static Set<String> titles(TestDatabase db, Filter... filters) {
        return list(db, filters).stream().map(Movie::getTitle).collect(Collectors.toSet());
    }

    @DatabaseTest
    void beforeAfterIsExclusive(TestDatabase db) {
        assertThat(titles(db, new BeforeAfter("releaseDate", MATRIX, null))).containsExactly("Shawshank Redemption");
        assertThat(titles(db, new BeforeAfter("releaseDate", HANGOVER, MATRIX))).isEmpty();
    }

    @DatabaseTest
    void onBeforeAfterIsInclusive(TestDatabase db) {
        assertThat(titles(db, new OnBeforeAfter("releaseDate", null, MATRIX)))
                .containsExactlyInAnyOrder("The Matrix", "The Hangover");
        assertThat(titles(db, new OnBeforeAfter("releaseDate", MATRIX, MATRIX))).containsExactly("The Matrix");
    }

    @DatabaseTest
    void collectionFilter(TestDatabase db) {
        assertThat(titles(db, new CollectionFilter<>("title", List.of("The Matrix", "Shawshank Redemption"))))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
        assertThat(list(db, new CollectionFilter<String>("title", List.of()))).isEmpty();
        assertThat(list(db, new CollectionFilter<String>("title", null))).hasSize(3);
    }

    @DatabaseTest
    void notInCollectionFilter(TestDatabase db) {
        assertThat(titles(db, new NotInCollectionFilter<>("title", List.of("The Hangover"))))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
        assertThat(list(db, new NotInCollectionFilter<String>("title", List.of())))
                .hasSize(3);
        assertThat(list(db, new NotInCollectionFilter<String>("title", null))).hasSize(3);
    }

    @DatabaseTest
    void limitOffsetAndOrderBy(TestDatabase db) {
        assertThat(list(db, new LimitOffset(2, 1))).hasSize(2);
        assertThat(list(db, OrderBy.asc("releaseDate")).get(0).getTitle()).isEqualTo("Shawshank Redemption");
        assertThat(list(db, OrderBy.desc("releaseDate")).get(0).getTitle()).isEqualTo("The Hangover");
        assertThat(list(db, OrderBy.asc("title"), new LimitOffset(2, 1)))
                .extracting(Movie::getTitle)
                .containsExactly("The Hangover", "The Matrix");
        assertThat(list(db, new LimitOffset(0, 0))).isEmpty();
    }

    @DatabaseTest
    void searchFilter(TestDatabase db) {
        assertThat(titles(db, new SearchFilter("title", "Hangover"))).containsExactly("The Hangover");
        assertThat(titles(db, new SearchFilter("title", "hangover"))).isEmpty();
        assertThat(titles(db, new SearchFilter("title", "hangover", true))).containsExactly("The Hangover");
        // several fields are ORed
        assertThat(titles(db, new SearchFilter(List.of("title", "genre"), "Dra", false)))
                .containsExactly("Shawshank Redemption");
    }

    @DatabaseTest
    void notInSearchFilterAndsItsFields(TestDatabase db) {
        assertThat(titles(db, new NotInSearchFilter("title", "hangover", true)))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
        // excluded when any field matches
        assertThat(titles(db, new NotInSearchFilter(List.of("title", "genre"), "a", false)))
                .isEmpty();
        assertThat(titles(db, new NotInSearchFilter(List.of("title", "genre"), "Matrix", false)))
                .containsExactlyInAnyOrder("The Hangover", "Shawshank Redemption");
    }

    @DatabaseTest
    void filterGroupLogicalOperators(TestDatabase db) {
        Filter before2000 = new BeforeAfter("releaseDate", Y2000, null);
        Filter hasThe = new SearchFilter("title", "The", true);
        assertThat(titles(db, FilterGroup.and(before2000, hasThe))).containsExactly("The Matrix");
        assertThat(titles(db, FilterGroup.or(before2000, new SearchFilter("genre", "Drama", true))))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
        assertThat(list(db, FilterGroup.or())).hasSize(3);
    }

    @DatabaseTest
    void multiFilterBasicAndNested(TestDatabase db) {
        assertThat(titles(db, MultiFilter.fromJson("""
                {"and_": [
                  {"type": "before_after", "field_name": "release_date", "before": "2000-01-01T00:00:00Z", "after": null},
                  {"type": "search", "field_name": "title", "value": "The", "ignore_case": true}]}
                """))).containsExactly("The Matrix");
        assertThat(titles(db, MultiFilter.fromJson("""
                {"or_": [
                  {"type": "before_after", "field_name": "release_date", "before": "2000-01-01T00:00:00+00:00", "after": null},
                  {"type": "search", "field_name": "genre", "value": "Drama", "ignore_case": true}]}
                """)))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
        assertThat(titles(db, MultiFilter.fromJson("""
                {"or_": [
                  {"type": "search", "field_name": "genre", "value": "Comedy", "ignore_case": true},
                  {"and_": [
                    {"type": "before_after", "field_name": "release_date", "before": "2000-01-01T00:00:00Z", "after": null},
                    {"type": "search", "field_name": "title", "value": "The", "ignore_case": true}]}]}
                """))).containsExactlyInAnyOrder("The Matrix", "The Hangover");
        assertThat(titles(db, MultiFilter.fromJson("""
                {"and_": [
                  {"type": "before_after", "field_name": "release_date", "before": "2000-01-01T00:00:00Z", "after": null},
                  {"or_": [
                    {"type": "search", "field_name": "title", "value": "The", "ignore_case": true},
                    {"type": "search", "field_name": "genre", "value": "Drama", "ignore_case": true}]}]}
                """)))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
    }

    @DatabaseTest
    void multiFilterEmptyAppliesNoFilter(TestDatabase db) {
        assertThat(list(db, MultiFilter.fromJson("{\"and_\": []}"))).hasSize(3);
        assertThat(list(db, MultiFilter.fromJson("{}"))).hasSize(3);
    }

    @DatabaseTest
    void multiFilterAllTypesAndStatementLevelEntries(TestDatabase db) {
        assertThat(titles(db, MultiFilter.fromJson("""
                {"or_": [
                  {"type": "before_after", "field_name": "release_date", "before": "2000-01-01T00:00:00Z", "after": null},
                  {"type": "on_before_after", "field_name": "release_date", "on_or_before": "2009-06-01T00:00:00Z", "on_or_after": null},
                  {"type": "collection", "field_name": "title", "values": ["The Matrix", "Shawshank Redemption"]},
                  {"type": "not_in_collection", "field_name": "title", "values": ["The Hangover"]},
                  {"type": "search", "field_name": "title", "value": "Matrix", "ignore_case": true},
                  {"type": "not_in_search", "field_name": "title", "value": "Hangover", "ignore_case": true},
                  {"type": "comparison", "field_name": "genre", "operator": "eq", "value": "Action"},
                  {"type": "null", "field_name": "rating"},
                  {"type": "boolean", "field_name": "released", "value": false}]}
                """)))
                .containsExactlyInAnyOrder("The Matrix", "The Hangover", "Shawshank Redemption");
        assertThat(list(db, MultiFilter.fromJson("""
                {"and_": [
                  {"type": "comparison", "field_name": "rating", "operator": "ge", "value": 1},
                  {"type": "order_by", "field_name": "title", "sort_order": "desc"},
                  {"type": "limit_offset", "limit": 1, "offset": 0}]}
                """)))
                .extracting(Movie::getTitle)
                .containsExactly("The Matrix");
    }

    @DatabaseTest
    void multiFilterInvalidEntriesAreErrorsNotIgnored(TestDatabase db) {
        ReadEngine<Movie> engine = FilterFixture.engine(db, Movie.class);
        assertThatThrownBy(
                        () -> MultiFilter.fromJson(
                                "{\"and_\": [{\"type\": \"non_existent_filter\", \"field_name\": \"title\", \"value\": \"x\"}]}"))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("and_[0]")
                .hasMessageContaining("unknown type 'non_existent_filter'");
        MultiFilter unknownField = MultiFilter.fromJson(
                "{\"and_\": [{\"type\": \"search\", \"field_name\": \"non_existent_field\", \"value\": \"x\"}]}");
        assertThatThrownBy(() -> engine.validate(List.of(unknownField)))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("non_existent_field")
                .hasMessageContaining("Movie");
    }

    @DatabaseTest
    void comparisonOperators(TestDatabase db) {
        assertThat(titles(db, Filters.eq("genre", "Action"))).containsExactly("The Matrix");
        assertThat(titles(db, Filters.ne("genre", "Action")))
                .containsExactlyInAnyOrder("The Hangover", "Shawshank Redemption");
        assertThat(titles(db, Filters.gt("releaseDate", Y2000))).containsExactly("The Hangover");
        assertThat(titles(db, Filters.lt("releaseDate", Y2000)))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
        assertThat(titles(db, Filters.ge("releaseDate", MATRIX)))
                .containsExactlyInAnyOrder("The Matrix", "The Hangover");
        assertThat(titles(db, Filters.le("releaseDate", MATRIX)))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
        assertThat(titles(db, Filters.between("rating", 9, 10)))
                .containsExactlyInAnyOrder("The Matrix", "Shawshank Redemption");
        assertThat(titles(db, ComparisonFilter.of("rating", "in", List.of(10, 11))))
                .containsExactly("Shawshank Redemption");
        assertThat(titles(db, ComparisonFilter.of("rating", "notin", List.of(10))))
                .containsExactly("The Matrix");
        assertThat(titles(db, Filters.eq("rating", null))).containsExactly("The Hangover");
        assertThat(titles(db, Filters.ne("rating", null))).hasSize(2);
        assertThatThrownBy(() -> ComparisonFilter.of("genre", "=", "Action"))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("Invalid operator '='. Must be one of:");
    }

    @DatabaseTest
    void textOperatorsMatchLiterallyAndIendswithReallyEndsWith(TestDatabase db) {
        assertThat(titles(db, ComparisonFilter.of("title", "startswith", "The")))
                .hasSize(2);
        assertThat(titles(db, ComparisonFilter.of("title", "startswith", "the")))
                .isEmpty();
        assertThat(titles(db, ComparisonFilter.of("title", "istartswith", "the")))
                .hasSize(2);
        assertThat(titles(db, ComparisonFilter.of("title", "endswith", "Matrix")))
                .containsExactly("The Matrix");
        assertThat(titles(db, ComparisonFilter.of("title", "endswith", "matrix")))
                .isEmpty();
        // Python builds ilike(v + '%') for iendswith, a prefix match; ours is a suffix match
        assertThat(titles(db, ComparisonFilter.of("title", "iendswith", "MATRIX")))
                .containsExactly("The Matrix");
        assertThat(titles(db, ComparisonFilter.of("title", "iendswith", "the"))).isEmpty();
        assertThat(titles(db, ComparisonFilter.of("title", "like", "The M%"))).containsExactly("The Matrix");
        assertThat(titles(db, ComparisonFilter.of("title", "like", "the m%"))).isEmpty();
        assertThat(titles(db, ComparisonFilter.of("title", "ilike", "the _atrix")))
                .containsExactly("The Matrix");
    }

    @DatabaseTest
    void nullBooleanAndWhereFilters(TestDatabase db) {
        assertThat(titles(db, Filters.isNull("rating"))).containsExactly("The Hangover");
        assertThat(titles(db, Filters.isNotNull("rating"))).hasSize(2);
        assertThat(titles(db, new BooleanFilter("released", false))).containsExactly("The Hangover");
        assertThat(titles(db, Filters.where((cb, root) -> cb.equal(root.get("genre"), "Drama"))))
                .containsExactly("Shawshank Redemption");
    }

    @DatabaseTest
    void dottedPathsThroughToOneAssociations(TestDatabase db) {
        assertThat(titles(db, Filters.eq("director.name", "Todd Phillips"))).containsExactly("The Hangover");
        assertThat(titles(db, Filters.eq("director.studio.name", "Warner Bros.")))
                .containsExactlyInAnyOrder("The Matrix", "The Hangover");
        // an OR through an association keeps rows matched by the other branch (LEFT JOIN, not inner)
        assertThat(titles(db, FilterGroup.or(Filters.eq("genre", "Drama"), Filters.eq("director.name", "nobody"))))
                .containsExactly("Shawshank Redemption");
        assertThat(list(db, OrderBy.desc("director.studio.name"), OrderBy.asc("title")))
                .extracting(Movie::getTitle)
                .containsExactly("The Hangover", "The Matrix", "Shawshank Redemption");
    }
}
