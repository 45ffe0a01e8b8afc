package dev.advancedalchemy.repository.internal.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link ParsedMethodName} as JPQL with named parameters {@code :p0, :p1, …} in argument order; pure
 * code, so the produced text is what the unit tests assert.
 */
final class JpqlRenderer {
    static final String ALIAS = "e";

    private JpqlRenderer() {}

    /**
     * Renders the query.
     *
     * @param query the parsed method name (attributes already validated against the metamodel)
     * @param entityName the JPA entity name
     * @param idAttribute the single id attribute, selected by exists queries; null selects the entity
     * @param extraOrder sort terms from a trailing {@code OrderBy} argument, appended after the static ones
     * @param emptyCollections indexes (into {@link ParsedMethodName#conditions()}) of {@code In}/{@code NotIn}
     *     conditions whose argument is empty: rendered as always false / always true, since {@code IN ()} is
     *     invalid SQL
     */
    static RenderedQuery render(
            ParsedMethodName query,
            String entityName,
            @org.jspecify.annotations.Nullable String idAttribute,
            List<Sort> extraOrder,
            Set<Integer> emptyCollections) {
        StringBuilder sb = new StringBuilder("SELECT ");
        String distinct = query.distinct() ? "DISTINCT " : "";
        switch (query.subject()) {
            case COUNT -> sb.append("COUNT(").append(distinct).append(ALIAS).append(')');
            case EXISTS -> sb.append(idAttribute == null ? ALIAS : ALIAS + "." + idAttribute);
            default -> sb.append(distinct).append(ALIAS);
        }
        sb.append(" FROM ").append(entityName).append(' ').append(ALIAS);
        List<RenderedQuery.Binding> bindings = new ArrayList<>();
        if (!query.orGroups().isEmpty()) {
            sb.append(" WHERE ");
            int arg = 0;
            int conditionIndex = 0;
            boolean parenthesize = query.orGroups().size() > 1;
            for (int g = 0; g < query.orGroups().size(); g++) {
                List<Condition> group = query.orGroups().get(g);
                if (g > 0) {
                    sb.append(" OR ");
                }
                if (parenthesize && group.size() > 1) {
                    sb.append('(');
                }
                for (int c = 0; c < group.size(); c++) {
                    if (c > 0) {
                        sb.append(" AND ");
                    }
                    Condition condition = group.get(c);
                    boolean empty = emptyCollections.contains(conditionIndex++);
                    arg = renderCondition(sb, condition, arg, bindings, empty);
                }
                if (parenthesize && group.size() > 1) {
                    sb.append(')');
                }
            }
        }
        List<Sort> order = new ArrayList<>(query.orderBy());
        order.addAll(extraOrder);
        if (!order.isEmpty() && query.subject() != Subject.COUNT && query.subject() != Subject.EXISTS) {
            sb.append(" ORDER BY ");
            for (int i = 0; i < order.size(); i++) {
                Sort o = order.get(i);
                sb.append(i > 0 ? ", " : "").append(ALIAS).append('.').append(o.attribute());
                sb.append(o.descending() ? " DESC" : " ASC");
            }
        }
        return new RenderedQuery(sb.toString(), bindings);
    }

    private static int renderCondition(
            StringBuilder sb, Condition c, int arg, List<RenderedQuery.Binding> bindings, boolean emptyCollection) {
        Operator op = c.operator();
        String path = ALIAS + "." + c.attribute();
        String lhs = c.ignoreCase() ? "LOWER(" + path + ")" : path;
        if (emptyCollection) {
            sb.append(op == Operator.IN ? "1 = 0" : "1 = 1");
            return arg + 1;
        }
        String p = param(arg, op, bindings, c.ignoreCase() && !op.takesCollection());
        switch (op) {
            case EQUALS -> sb.append(lhs).append(" = ").append(p);
            case NOT_EQUALS -> sb.append(lhs).append(" <> ").append(p);
            case LESS_THAN -> sb.append(lhs).append(" < ").append(p);
            case LESS_THAN_EQUAL -> sb.append(lhs).append(" <= ").append(p);
            case GREATER_THAN -> sb.append(lhs).append(" > ").append(p);
            case GREATER_THAN_EQUAL -> sb.append(lhs).append(" >= ").append(p);
            case BETWEEN ->
                sb.append(lhs)
                        .append(" BETWEEN ")
                        .append(p)
                        .append(" AND ")
                        .append(param(arg + 1, op, bindings, c.ignoreCase()));
            case IN -> sb.append(path).append(" IN ").append(p);
            case NOT_IN -> sb.append(path).append(" NOT IN ").append(p);
            case LIKE, STARTS_WITH, ENDS_WITH, CONTAINS ->
                sb.append(lhs).append(" LIKE ").append(p).append(" ESCAPE '!'");
            case NOT_LIKE, NOT_CONTAINS ->
                sb.append(lhs).append(" NOT LIKE ").append(p).append(" ESCAPE '!'");
            case IS_NULL -> sb.append(path).append(" IS NULL");
            case IS_NOT_NULL -> sb.append(path).append(" IS NOT NULL");
            case TRUE -> sb.append(path).append(" = TRUE");
            case FALSE -> sb.append(path).append(" = FALSE");
        }
        return arg + op.arity();
    }

    private static String param(int arg, Operator op, List<RenderedQuery.Binding> bindings, boolean lower) {
        if (op.arity() == 0) {
            return "";
        }
        String name = "p" + arg;
        bindings.add(new RenderedQuery.Binding(name, arg, op));
        return lower ? "LOWER(:" + name + ")" : ":" + name;
    }
}
