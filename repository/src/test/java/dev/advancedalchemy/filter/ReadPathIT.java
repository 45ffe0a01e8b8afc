package dev.advancedalchemy.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.filter.model.Director;
import dev.advancedalchemy.filter.model.Item;
import dev.advancedalchemy.filter.model.Movie;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.repository.internal.query.ReadEngine;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Root;
import java.util.List;

/** listAndCount, count, exists, findOne, fetch paths, locking, bulk predicates and field-name errors. */
class ReadPathIT {
    private static final int ITEMS = FilterFixture.ITEMS;

    private static ListAndCount<Item> page(TestDatabase db, Filter... filters) {
        ReadEngine<Item> engine = FilterFixture.engine(db, Item.class);
        return FilterFixture.inEm(db, em -> engine.listAndCount(em, List.of(filters), List.of()));
    }

    @DatabaseTest
    void listAndCountTotalIsRightOnEveryPageIncludingPastTheEnd(TestDatabase db) {
        Filter byId = OrderBy.asc("id");
        ListAndCount<Item> full = page(db, byId, new LimitOffset(10, 0));
        assertThat(full.items()).extracting(Item::getId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(full.total()).isEqualTo(ITEMS);
        ListAndCount<Item> last = page(db, byId, new LimitOffset(10, 50));
        assertThat(last.items()).hasSize(ITEMS - 50);
        assertThat(last.total()).isEqualTo(ITEMS);
        // Python returns total 0 here
        ListAndCount<Item> pastTheEnd = page(db, byId, new LimitOffset(10, 1000));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(ITEMS);
        assertThat(page(db, new LimitOffset(0, 0)).total()).isEqualTo(ITEMS);
        assertThat(page(db).total()).isEqualTo(ITEMS);
        ListAndCount<Item> filtered = page(db, Filters.eq("category", "a"), new LimitOffset(5, 100));
        assertThat(filtered.items()).isEmpty();
        assertThat(filtered.total()).isEqualTo(19);
        assertThat(page(db, Filters.eq("category", "none"), new LimitOffset(5, 0))
                        .total())
                .isZero();
    }

    @DatabaseTest
    void countExistsAndFindOne(TestDatabase db) {
        ReadEngine<Movie> engine = FilterFixture.engine(db, Movie.class);
        FilterFixture.inEm(db, em -> {
            assertThat(engine.count(em, List.of())).isEqualTo(3);
            assertThat(engine.count(em, List.of(Filters.eq("genre", "Drama"), new LimitOffset(0, 0))))
                    .isEqualTo(1);
            assertThat(engine.exists(em, List.of(Filters.eq("genre", "Drama")))).isTrue();
            assertThat(engine.exists(em, List.of(Filters.eq("genre", "Western"))))
                    .isFalse();
            assertThat(engine.findOne(em, List.of(Filters.eq("title", "The Matrix")), List.of()))
                    .get()
                    .extracting(Movie::getGenre)
                    .isEqualTo("Action");
            assertThat(engine.findOne(em, List.of(Filters.eq("title", "Heat")), List.of()))
                    .isEmpty();
            assertThatThrownBy(() -> engine.findOne(em, List.of(Filters.startsWith("title", "The")), List.of()))
                    .isInstanceOf(MultipleResultsException.class)
                    .hasMessageContaining("more than one Movie");
            return null;
        });
    }

    @DatabaseTest
    void loadPathsLoadAssociationsWithoutDuplicatingRows(TestDatabase db) {
        ReadEngine<Director> engine = FilterFixture.engine(db, Director.class);
        List<Director> directors = FilterFixture.inEm(db, em -> {
            List<Director> found = engine.list(em, List.of(OrderBy.asc("name")), List.of("movies", "studio"), false);
            found.forEach(d -> assertThat(em.getEntityManagerFactory()
                            .getPersistenceUnitUtil()
                            .isLoaded(d, "movies"))
                    .isTrue());
            em.clear();
            Director lazy = engine.list(em, List.of(Filters.eq("name", "Frank Darabont")), List.of(), false)
                    .get(0);
            assertThat(em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(lazy, "movies"))
                    .as("without a load path the collection stays lazy")
                    .isFalse();
            return found;
        });
        assertThat(directors)
                .extracting(Director::getName)
                .containsExactly("Frank Darabont", "Lana Wachowski", "Todd Phillips");
        assertThat(directors.get(0).getMovies()).extracting(Movie::getTitle).containsExactly("Shawshank Redemption");
        ListAndCount<Director> page = FilterFixture.inEm(
                db, em -> engine.listAndCount(em, List.of(new LimitOffset(2, 0)), List.of("movies.director.studio")));
        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isEqualTo(3);
        assertThatThrownBy(() -> FilterFixture.inEm(db, em -> engine.list(em, List.of(), List.of("movie"), false)))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("did you mean 'movies'");
    }

    @DatabaseTest
    void forUpdateLocksTheRowsInsideATransaction(TestDatabase db) {
        ReadEngine<Movie> engine = FilterFixture.engine(db, Movie.class);
        FilterFixture.inEm(db, em -> {
            em.getTransaction().begin();
            try {
                assertThat(engine.list(em, List.of(Filters.eq("genre", "Drama")), List.of(), true))
                        .extracting(Movie::getTitle)
                        .containsExactly("Shawshank Redemption");
            } finally {
                em.getTransaction().rollback();
            }
            return null;
        });
    }

    @DatabaseTest
    void predicateServesBulkDeletes(TestDatabase db) {
        ReadEngine<Item> engine = FilterFixture.engine(db, Item.class);
        FilterFixture.inEm(db, (EntityManager em) -> {
            em.getTransaction().begin();
            try {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaDelete<Item> delete = cb.createCriteriaDelete(Item.class);
                Root<Item> root = delete.from(Item.class);
                delete.where(engine.predicate(cb, root, List.of(Filters.eq("category", "a"), Filters.ge("score", 3))));
                int deleted = em.createQuery(delete).executeUpdate();
                assertThat(deleted).isPositive();
                assertThat(engine.count(em, List.of(Filters.eq("category", "a"), Filters.ge("score", 3))))
                        .isZero();
                assertThatThrownBy(() -> engine.predicate(cb, root, List.of(new LimitOffset(1, 0))))
                        .isInstanceOf(InvalidFilterException.class)
                        .hasMessageContaining("bulk");
            } finally {
                em.getTransaction().rollback();
            }
            return null;
        });
        assertThat(page(db).total()).isEqualTo(ITEMS);
    }

    @DatabaseTest
    void unknownAndUnusableFieldsAreRejectedBeforeAnySql(TestDatabase db) {
        ReadEngine<Movie> engine = FilterFixture.engine(db, Movie.class);
        assertThatThrownBy(() -> engine.validate(List.of(Filters.eq("titel", "x"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("ALCH-1600")
                .hasMessageContaining("Unknown field 'titel' on Movie")
                .hasMessageContaining("did you mean 'title'?")
                .hasMessageContaining("[director, genre, id, rating, releaseDate, released, secret, title]");
        assertThatThrownBy(() -> engine.validate(List.of(OrderBy.asc("director.nmae"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("Movie.director has no attribute 'nmae'")
                .hasMessageContaining("did you mean 'director.name'?");
        assertThatThrownBy(() -> engine.validate(List.of(new SearchFilter("secret", "s1"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("Movie.secret")
                .hasMessageContaining("opaque");
        assertThatThrownBy(() -> engine.validate(List.of(OrderBy.asc("secret"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("cannot be sorted");
        assertThatThrownBy(() -> engine.validate(List.of(new SearchFilter("rating", "9"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("needs a text attribute");
        assertThatThrownBy(() -> engine.validate(List.of(OrderBy.asc("director"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("'director.id'");
        assertThatThrownBy(() -> engine.validate(List.of(Filters.gt("releaseDate", "last tuesday"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("Movie.releaseDate")
                .hasMessageContaining("2000-01-01T00:00:00Z")
                .hasMessageNotContaining("last tuesday");
        ReadEngine<Director> directors = FilterFixture.engine(db, Director.class);
        assertThatThrownBy(() -> directors.validate(List.of(Filters.eq("movies.title", "x"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("to-many");
        // snake_case names from Python clients find camelCase attributes
        engine.validate(List.of(OrderBy.asc("release_date")));
    }
}
