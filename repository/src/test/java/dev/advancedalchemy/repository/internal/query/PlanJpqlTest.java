package dev.advancedalchemy.repository.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.filter.ComparisonOperator;
import dev.advancedalchemy.filter.Filters;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.types.spi.Database;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanJpqlTest {
    private static final FieldRef QTY = field("qty", Integer.class);
    private static final FieldRef SKU = field("sku", String.class);
    private static final FieldRef AUTHOR_NAME =
            new FieldRef("author.name", List.of("author", "name"), List.of(true), String.class, true, false);
    private static final FieldRef AUTHOR_DOB =
            new FieldRef("author.dob", List.of("author", "dob"), List.of(true), String.class, true, false);
    private static final FieldRef PRICE_AMOUNT =
            new FieldRef("price.amount", List.of("price", "amount"), List.of(false), Long.class, true, false);

    private static FieldRef field(String name, Class<?> type) {
        return new FieldRef(name, List.of(name), List.of(), type, true, false);
    }

    private static QueryPlan plan(Condition where, QueryPlan.Sort... sorts) {
        return new QueryPlan(where, List.of(sorts), new LimitOffset(20, 0));
    }

    @Test
    void theTextDependsOnTheShapeAndTheValuesGoIntoParameters() {
        PlanJpql a = PlanJpql.render(
                "Item",
                "x0",
                plan(new Condition.Compare(QTY, ComparisonOperator.LT, 250), new QueryPlan.Sort(SKU, SortOrder.ASC)),
                true);
        PlanJpql b = PlanJpql.render(
                "Item",
                "x0",
                plan(new Condition.Compare(QTY, ComparisonOperator.LT, 7), new QueryPlan.Sort(SKU, SortOrder.ASC)),
                true);

        assertThat(a.text()).isEqualTo("SELECT x0 FROM Item x0 WHERE x0.qty < :p1 ORDER BY x0.sku ASC");
        assertThat(b.text()).isEqualTo(a.text());
        assertThat(a.parameters()).isEqualTo(Map.of("p1", 250));
        assertThat(b.parameters()).isEqualTo(Map.of("p1", 7));
    }

    @Test
    void countsLeaveTheOrderOut() {
        PlanJpql count =
                PlanJpql.render("Item", "COUNT(x0)", plan(null, new QueryPlan.Sort(SKU, SortOrder.DESC)), false);

        assertThat(count.text()).isEqualTo("SELECT COUNT(x0) FROM Item x0");
        assertThat(count.parameters()).isEmpty();
    }

    @Test
    void toOneAssociationsAreLeftJoinedOnceAndEmbeddablesNavigated() {
        Condition where = new Condition.AnyOf(List.of(
                new Condition.Like(AUTHOR_NAME, "%le%", true, false),
                new Condition.IsNull(AUTHOR_DOB, false),
                new Condition.Between(PRICE_AMOUNT, 1L, 9L)));
        PlanJpql q = PlanJpql.render("Book", "x0", plan(where, new QueryPlan.Sort(AUTHOR_NAME, SortOrder.DESC)), true);

        assertThat(q.text())
                .isEqualTo("SELECT x0 FROM Book x0 LEFT JOIN x0.author j1 WHERE (LOWER(j1.name) LIKE :p1 ESCAPE '!')"
                        + " OR (j1.dob IS NULL) OR (x0.price.amount BETWEEN :p2 AND :p3) ORDER BY j1.name DESC");
        assertThat(q.parameters()).containsExactly(Map.entry("p1", "%le%"), Map.entry("p2", 1L), Map.entry("p3", 9L));
    }

    @Test
    void inListsAreOneCollectionParameter() {
        Condition where = new Condition.All(List.of(
                new Condition.In(QTY, List.of(1, 2, 3), false),
                new Condition.In(SKU, List.of("a"), true),
                new Condition.Like(SKU, "a!%%", false, true)));
        PlanJpql q = PlanJpql.render("Item", "x0.id", plan(where), false);

        assertThat(q.text())
                .isEqualTo("SELECT x0.id FROM Item x0 WHERE (x0.qty IN :p1) AND (NOT (x0.sku IN :p2))"
                        + " AND (x0.sku NOT LIKE :p3 ESCAPE '!')");
        assertThat(q.parameters().get("p1")).isEqualTo(List.of(1, 2, 3));
    }

    @Test
    void plansJpqlCannotExpressTheSameWayStayOnCriteria() {
        Condition caseSensitive = new Condition.Like(SKU, "%a%", false, false);
        Condition custom = new Condition.Custom(Filters.where((cb, root) -> cb.conjunction()));

        assertThat(PlanJpql.supports(plan(caseSensitive), Database.POSTGRESQL)).isTrue();
        assertThat(PlanJpql.supports(plan(caseSensitive), Database.MARIADB)).isFalse();
        assertThat(PlanJpql.supports(plan(new Condition.Like(SKU, "%a%", true, false)), Database.MARIADB))
                .isTrue();
        assertThat(PlanJpql.supports(plan(custom), Database.H2)).isFalse();
        assertThat(PlanJpql.supports(plan(new Condition.AnyOf(List.of(new Condition.Never()))), Database.H2))
                .isFalse();
        assertThat(PlanJpql.supports(plan(null), Database.H2)).isTrue();
    }

    @Test
    void namesThatAreJpqlKeywordsStayOnCriteria() {
        FieldRef type = field("type", String.class);
        FieldRef orderTotal =
                new FieldRef("order.total", List.of("order", "total"), List.of(true), Long.class, true, false);

        assertThat(PlanJpql.supports(plan(new Condition.IsNull(type, false)), Database.H2))
                .isFalse();
        assertThat(PlanJpql.supports(plan(new Condition.Compare(orderTotal, ComparisonOperator.GT, 1L)), Database.H2))
                .isFalse();
        assertThat(PlanJpql.supports(plan(null, new QueryPlan.Sort(type, SortOrder.ASC)), Database.H2))
                .isFalse();
        assertThat(PlanJpql.plain("Order")).isFalse();
        assertThat(PlanJpql.plain("Orders")).isTrue();
    }
}
