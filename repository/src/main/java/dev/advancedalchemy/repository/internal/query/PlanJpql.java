package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A validated {@link QueryPlan} as JPQL text with named parameters {@code :p1, :p2, …}: the text depends only on the
 * plan's shape (conditions, fields, operators, sorts), never on the values, which go into the parameters. So equal
 * shapes give equal text and the provider parses and plans it once (EclipseLink's JPQL parse cache, Hibernate's
 * query plan cache), where a Criteria query is translated again on every call.
 *
 * <p>Renders what {@link CriteriaRenderer} renders with joins on: to-one associations on a path are LEFT JOINed
 * (once per path prefix, only while the path is still on an entity), LIKE patterns are parameters with
 * {@code ESCAPE '!'}. Plans it cannot render the same way ({@link #supports}) stay on Criteria.
 */
final class PlanJpql {
    /** The root alias; join aliases are {@code j1, j2, …}. */
    static final String ROOT = "x0";

    /**
     * JPQL's reserved identifiers (Jakarta Persistence 3.1, 4.4.1) and a few provider keywords: an entity or
     * attribute with one of these names stays on Criteria, which needs no quoting.
     */
    private static final Set<String> RESERVED = Set.of(
            "ABS",
            "ALL",
            "AND",
            "ANY",
            "AS",
            "ASC",
            "AVG",
            "BETWEEN",
            "BIT_LENGTH",
            "BOTH",
            "BY",
            "CASE",
            "CEILING",
            "CHAR_LENGTH",
            "CHARACTER_LENGTH",
            "CLASS",
            "COALESCE",
            "CONCAT",
            "COUNT",
            "CURRENT_DATE",
            "CURRENT_TIME",
            "CURRENT_TIMESTAMP",
            "DATE",
            "DATETIME",
            "DELETE",
            "DESC",
            "DISTINCT",
            "ELSE",
            "EMPTY",
            "END",
            "ENTRY",
            "ESCAPE",
            "EXISTS",
            "EXP",
            "EXTRACT",
            "FALSE",
            "FETCH",
            "FIRST",
            "FLOOR",
            "FROM",
            "FUNCTION",
            "GROUP",
            "HAVING",
            "IN",
            "INDEX",
            "INNER",
            "IS",
            "JOIN",
            "KEY",
            "LAST",
            "LEADING",
            "LEFT",
            "LENGTH",
            "LIKE",
            "LIMIT",
            "LN",
            "LOCAL",
            "LOCATE",
            "LOWER",
            "MAX",
            "MEMBER",
            "MIN",
            "MOD",
            "NEW",
            "NOT",
            "NULL",
            "NULLIF",
            "NULLS",
            "OBJECT",
            "OF",
            "OFFSET",
            "ON",
            "OR",
            "ORDER",
            "OUTER",
            "POSITION",
            "POWER",
            "ROUND",
            "SELECT",
            "SET",
            "SIGN",
            "SIZE",
            "SOME",
            "SQRT",
            "SUBSTRING",
            "SUM",
            "THEN",
            "TIME",
            "TRAILING",
            "TREAT",
            "TRIM",
            "TRUE",
            "TYPE",
            "UNKNOWN",
            "UPDATE",
            "UPPER",
            "VALUE",
            "WHEN",
            "WHERE");

    private final String text;
    private final Map<String, Object> parameters;
    private final boolean likes;

    private PlanJpql(String text, Map<String, Object> parameters, boolean likes) {
        this.text = text;
        this.parameters = parameters;
        this.likes = likes;
    }

    /**
     * Whether {@link #render} gives the same query as {@link CriteriaRenderer}: not for caller-written Criteria
     * filters, conditions that match nothing or everything, a case-sensitive search on MariaDB/MySQL (which needs
     * the provider-specific {@code BINARY} function), nor attributes named like a JPQL keyword (see {@link #plain}).
     * The entity name is the caller's to check.
     */
    static boolean supports(QueryPlan plan, Database database) {
        return (plan.where() == null || supports(plan.where(), database))
                && plan.sorts().stream().allMatch(s -> plain(s.field()));
    }

    /** Whether {@code name} can be written in JPQL as it is (not a reserved identifier). */
    static boolean plain(String name) {
        return !RESERVED.contains(name.toUpperCase(Locale.ROOT));
    }

    private static boolean plain(FieldRef field) {
        return field.segments().stream().allMatch(PlanJpql::plain);
    }

    private static boolean supports(Condition c, Database database) {
        if (c instanceof Condition.Compare cmp) {
            return plain(cmp.field());
        } else if (c instanceof Condition.In in) {
            return plain(in.field());
        } else if (c instanceof Condition.Between b) {
            return plain(b.field());
        } else if (c instanceof Condition.IsNull n) {
            return plain(n.field());
        } else if (c instanceof Condition.All a) {
            return !a.parts().isEmpty() && a.parts().stream().allMatch(p -> supports(p, database));
        } else if (c instanceof Condition.AnyOf a) {
            return !a.parts().isEmpty() && a.parts().stream().allMatch(p -> supports(p, database));
        } else if (c instanceof Condition.Like l) {
            return plain(l.field()) && (l.ignoreCase() || !database.isMariaDbFamily());
        }
        return false;
    }

    /**
     * Renders {@code SELECT <select> FROM <entity> x0 [LEFT JOIN …] [WHERE …] [ORDER BY …]}.
     *
     * @param entityName the JPA entity name
     * @param select what to select, written against {@link #ROOT}: {@code x0}, {@code COUNT(x0)}, {@code x0.id}
     * @param plan a plan for which {@link #supports} holds
     * @param order whether to render the plan's sorts
     */
    static PlanJpql render(String entityName, String select, QueryPlan plan, boolean order) {
        Builder b = new Builder();
        StringBuilder where = new StringBuilder();
        if (plan.where() != null) {
            b.condition(plan.where(), where);
        }
        StringBuilder orderBy = new StringBuilder();
        if (order) {
            for (QueryPlan.Sort s : plan.sorts()) {
                orderBy.append(orderBy.length() == 0 ? " ORDER BY " : ", ")
                        .append(b.path(s.field()))
                        .append(s.order() == SortOrder.DESC ? " DESC" : " ASC");
            }
        }
        StringBuilder text = new StringBuilder(64)
                .append("SELECT ")
                .append(select)
                .append(" FROM ")
                .append(entityName)
                .append(' ')
                .append(ROOT)
                .append(b.joins);
        if (where.length() > 0) {
            text.append(" WHERE ").append(where);
        }
        text.append(orderBy);
        return new PlanJpql(text.toString(), b.parameters, b.likes);
    }

    /** The JPQL text. */
    String text() {
        return text;
    }

    /** The parameter values by name, in order of appearance. */
    Map<String, Object> parameters() {
        return parameters;
    }

    /** Sets the parameters on a query created from {@link #text()}. */
    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        if (likes) {
            // as CriteriaRenderer.bind: EclipseLink would inline the values on H2 next to LIKE … ESCAPE
            query.setHint("eclipselink.jdbc.bind-parameters", Boolean.TRUE);
        }
        return query;
    }

    private static final class Builder {
        final StringBuilder joins = new StringBuilder();
        final Map<String, String> joined = new LinkedHashMap<>();
        final Map<String, Object> parameters = new LinkedHashMap<>();
        boolean likes;

        String parameter(Object value) {
            String name = "p" + (parameters.size() + 1);
            parameters.put(name, value);
            return ":" + name;
        }

        String path(FieldRef field) {
            List<String> segments = field.segments();
            StringBuilder path = new StringBuilder(ROOT);
            boolean onEntity = true; // the path so far is the root or a join, not an embeddable
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < segments.size() - 1; i++) {
                String segment = segments.get(i);
                prefix.append(segment).append('.');
                if (onEntity && field.associationSegments().get(i)) {
                    String key = prefix.toString();
                    String alias = joined.get(key);
                    if (alias == null) {
                        alias = "j" + (joined.size() + 1);
                        joined.put(key, alias);
                        joins.append(" LEFT JOIN ")
                                .append(path)
                                .append('.')
                                .append(segment)
                                .append(' ')
                                .append(alias);
                    }
                    path.setLength(0);
                    path.append(alias);
                } else {
                    path.append('.').append(segment);
                    onEntity = false;
                }
            }
            return path.append('.').append(segments.get(segments.size() - 1)).toString();
        }

        void condition(Condition c, StringBuilder out) {
            if (c instanceof Condition.All a) {
                group(a.parts(), " AND ", out);
            } else if (c instanceof Condition.AnyOf a) {
                group(a.parts(), " OR ", out);
            } else if (c instanceof Condition.Compare cmp) {
                String op = switch (cmp.op()) {
                    case EQ -> " = ";
                    case NE -> " <> ";
                    case GT -> " > ";
                    case GE -> " >= ";
                    case LT -> " < ";
                    case LE -> " <= ";
                    default -> throw new IllegalStateException("not a comparison: " + cmp.op());
                };
                out.append(path(cmp.field())).append(op).append(parameter(cmp.value()));
            } else if (c instanceof Condition.In in) {
                String p = path(in.field());
                if (in.negated()) {
                    out.append("NOT (")
                            .append(p)
                            .append(" IN ")
                            .append(parameter(in.values()))
                            .append(')');
                } else {
                    out.append(p).append(" IN ").append(parameter(in.values()));
                }
            } else if (c instanceof Condition.Between bt) {
                out.append(path(bt.field()))
                        .append(" BETWEEN ")
                        .append(parameter(bt.low()))
                        .append(" AND ")
                        .append(parameter(bt.high()));
            } else if (c instanceof Condition.Like l) {
                likes = true;
                String p = path(l.field());
                out.append(l.ignoreCase() ? "LOWER(" + p + ")" : p)
                        .append(l.negated() ? " NOT LIKE " : " LIKE ")
                        .append(parameter(l.pattern()))
                        .append(" ESCAPE '")
                        .append(LikePatterns.ESCAPE)
                        .append('\'');
            } else if (c instanceof Condition.IsNull n) {
                out.append(path(n.field())).append(n.negated() ? " IS NOT NULL" : " IS NULL");
            } else {
                throw new IllegalStateException("not renderable as JPQL: " + c);
            }
        }

        private void group(List<Condition> parts, String operator, StringBuilder out) {
            for (int i = 0; i < parts.size(); i++) {
                out.append(i == 0 ? "(" : operator + "(");
                condition(parts.get(i), out);
                out.append(')');
            }
        }
    }
}
