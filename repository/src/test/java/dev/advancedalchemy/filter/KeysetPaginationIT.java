package dev.advancedalchemy.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.filter.model.Item;
import dev.advancedalchemy.repository.internal.query.ReadEngine;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/** Keyset pages walk every row exactly once, in the requested order with the id as tie-breaker. */
class KeysetPaginationIT {
    private static List<Long> walk(TestDatabase db, KeysetPage first, Filter... filters) {
        ReadEngine<Item> engine = FilterFixture.engine(db, Item.class);
        List<Long> seen = new ArrayList<>();
        KeysetPage page = first;
        int pages = 0;
        while (true) {
            KeysetPage current = page;
            KeysetResult<Item> r = FilterFixture.inEm(db, em -> engine.keyset(em, current, List.of(filters)));
            assertThat(r.items().size()).isLessThanOrEqualTo(first.size());
            r.items().forEach(i -> seen.add(i.getId()));
            pages++;
            assertThat(pages).as("pages").isLessThan(100);
            if (!r.hasNext()) {
                assertThat(r.nextCursor()).isNull();
                return seen;
            }
            assertThat(r.items()).hasSize(first.size());
            page = first.after(r.nextCursor());
        }
    }

    private static List<Long> expected(Comparator<Item> order, java.util.function.Predicate<Item> keep) {
        return LongStream.rangeClosed(1, FilterFixture.ITEMS)
                .mapToObj(FilterFixture::item)
                .filter(keep)
                .sorted(order.thenComparing(Item::getId))
                .map(Item::getId)
                .toList();
    }

    @DatabaseTest
    void mixedDirectionsWithTiesVisitEveryRowOnceInOrder(TestDatabase db) {
        List<Long> ids = walk(db, KeysetPage.first(7, OrderBy.desc("score"), OrderBy.asc("category")));
        assertThat(ids)
                .containsExactlyElementsOf(expected(
                        Comparator.comparing(Item::getScore).reversed().thenComparing(Item::getCategory), i -> true));
    }

    @DatabaseTest
    void instantSortKeysRoundTripThroughTheCursor(TestDatabase db) {
        List<Long> ids = walk(db, KeysetPage.first(5, OrderBy.desc("created")), Filters.ne("category", "b"));
        assertThat(ids)
                .containsExactlyElementsOf(expected(
                        Comparator.comparing(Item::getCreated).reversed(),
                        i -> !i.getCategory().equals("b")));
    }

    @DatabaseTest
    void idOnlyOrderAndExactMultipleOfThePageSize(TestDatabase db) {
        assertThat(walk(db, KeysetPage.first(FilterFixture.ITEMS)))
                .hasSize(FilterFixture.ITEMS)
                .isSorted();
        assertThat(walk(db, KeysetPage.first(19, OrderBy.desc("id"))))
                .containsExactlyElementsOf(LongStream.iterate(FilterFixture.ITEMS, i -> i >= 1, i -> i - 1)
                        .boxed()
                        .toList());
    }

    @DatabaseTest
    void cursorIsOpaqueAndTiedToItsOrder(TestDatabase db) {
        ReadEngine<Item> engine = FilterFixture.engine(db, Item.class);
        KeysetPage first = KeysetPage.first(3, OrderBy.asc("score"));
        KeysetResult<Item> r = FilterFixture.inEm(db, em -> engine.keyset(em, first, List.of()));
        String cursor = r.nextCursor();
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        KeysetPage otherOrder = KeysetPage.first(3, OrderBy.desc("score")).after(cursor);
        assertThatThrownBy(() -> FilterFixture.inEm(db, em -> engine.keyset(em, otherOrder, List.of())))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("another sort order");
        assertThatThrownBy(
                        () -> FilterFixture.inEm(db, em -> engine.keyset(em, first.after("not-a-cursor"), List.of())))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> FilterFixture.inEm(db, em -> engine.keyset(em, first, List.of(OrderBy.asc("id")))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("KeysetPage");
    }
}
