package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a validated {@link QueryPlan} as Criteria predicates and orders for one query root. */
final class CriteriaRenderer {
    private final CriteriaBuilder cb;
    private final Root<?> root;
    private final Database database;
    private final boolean joins;
    private final Map<String, From<?, ?>> joined = new HashMap<>();
    private final Map<ParameterExpression<String>, String> patterns = new LinkedHashMap<>();

    /**
     * @param joins whether to-one associations on a path may be LEFT JOINed (so that an OR over an optional
     *     association keeps rows without it) and LIKE patterns become parameters that {@link #bind} sets; off for
     *     predicates handed to callers (bulk DELETE/UPDATE), which can neither join nor bind for us
     */
    CriteriaRenderer(CriteriaBuilder cb, Root<?> root, Database database, boolean joins) {
        this.cb = cb;
        this.root = root;
        this.database = database;
        this.joins = joins;
    }

    Path<?> path(FieldRef field) {
        List<String> segments = field.segments();
        Path<?> path = root;
        From<?, ?> from = root;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.size() - 1; i++) {
            String segment = segments.get(i);
            prefix.append(segment).append('.');
            if (joins && field.associationSegments().get(i) && path == from) {
                From<?, ?> parent = from;
                from = joined.computeIfAbsent(prefix.toString(), k -> parent.join(segment, JoinType.LEFT));
                path = from;
            } else {
                path = path.get(segment);
            }
        }
        return path.get(segments.get(segments.size() - 1));
    }

    List<Order> orders(List<QueryPlan.Sort> sorts) {
        List<Order> orders = new ArrayList<>();
        for (QueryPlan.Sort s : sorts) {
            Path<?> p = path(s.field());
            orders.add(s.order() == dev.advancedalchemy.filter.SortOrder.DESC ? cb.desc(p) : cb.asc(p));
        }
        return orders;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Predicate render(Condition condition) {
        if (condition instanceof Condition.All a) {
            return cb.and(a.parts().stream().map(this::render).toArray(Predicate[]::new));
        } else if (condition instanceof Condition.AnyOf a) {
            return cb.or(a.parts().stream().map(this::render).toArray(Predicate[]::new));
        } else if (condition instanceof Condition.Compare c) {
            Expression e = path(c.field());
            Object v = c.value();
            return switch (c.op()) {
                case EQ -> cb.equal(e, v);
                case NE -> cb.notEqual(e, v);
                case GT -> cb.greaterThan(e, (Comparable) v);
                case GE -> cb.greaterThanOrEqualTo(e, (Comparable) v);
                case LT -> cb.lessThan(e, (Comparable) v);
                case LE -> cb.lessThanOrEqualTo(e, (Comparable) v);
                default -> throw new IllegalStateException("not a comparison: " + c.op());
            };
        } else if (condition instanceof Condition.In in) {
            Predicate p = path(in.field()).in(in.values());
            return in.negated() ? cb.not(p) : p;
        } else if (condition instanceof Condition.Between b) {
            Expression e = path(b.field());
            return cb.between(e, (Comparable) b.low(), (Comparable) b.high());
        } else if (condition instanceof Condition.Like l) {
            return like(l);
        } else if (condition instanceof Condition.IsNull n) {
            Path<?> p = path(n.field());
            return n.negated() ? cb.isNotNull(p) : cb.isNull(p);
        } else if (condition instanceof Condition.Never) {
            return cb.disjunction();
        } else if (condition instanceof Condition.Custom c) {
            return c.filter().toPredicate(cb, root);
        }
        throw new IllegalStateException("unknown condition " + condition);
    }

    @SuppressWarnings("unchecked")
    private Predicate like(Condition.Like l) {
        Expression<String> e = (Expression<String>) path(l.field());
        if (l.ignoreCase()) {
            e = cb.lower(e);
        } else if (database.isMariaDbFamily()) {
            // Their default collations ignore case; comparing the bytes makes case-sensitive search case-sensitive.
            e = cb.function("BINARY", String.class, e);
        }
        if (!joins) {
            return l.negated()
                    ? cb.notLike(e, l.pattern(), LikePatterns.ESCAPE)
                    : cb.like(e, l.pattern(), LikePatterns.ESCAPE);
        }
        // Always a bound parameter: some providers inline string literals into the SQL text on some databases.
        ParameterExpression<String> p = cb.parameter(String.class);
        patterns.put(p, l.pattern());
        return l.negated() ? cb.notLike(e, p, LikePatterns.ESCAPE) : cb.like(e, p, LikePatterns.ESCAPE);
    }

    /** Sets the LIKE pattern parameters created while rendering on the query built from this renderer's root. */
    <Q extends Query> Q bind(Q query) {
        patterns.forEach(query::setParameter);
        if (!patterns.isEmpty()) {
            // EclipseLink inlines every value on H2 once a statement holds LIKE … ESCAPE unless binding is forced;
            // other providers ignore the hint.
            query.setHint("eclipselink.jdbc.bind-parameters", Boolean.TRUE);
        }
        return query;
    }
}
