package dev.advancedalchemy.repository.internal.derived;

import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.repository.ListAndCount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Runs a validated derived query: renders (or reuses) its JPQL, binds the arguments and shapes the result. */
final class DerivedQueryHandler implements QueryMethodHandler {
    private final String where;
    private final ParsedMethodName query;
    private final EntityInfo entity;
    private final ResultKind kind;
    private final TrailingParameters trailing;
    private final RenderedQuery plain;
    private final List<Condition> conditions;

    DerivedQueryHandler(
            String where, ParsedMethodName query, EntityInfo entity, ResultKind kind, TrailingParameters trailing) {
        this.where = where;
        this.query = query;
        this.entity = entity;
        this.kind = kind;
        this.trailing = trailing;
        this.conditions = query.conditions();
        this.plain = render(query, List.of(), Set.of());
    }

    @Override
    public boolean modifies() {
        return query.subject() == Subject.DELETE;
    }

    @Override
    public @Nullable Object invoke(EntityManager em, @Nullable Object @Nullable [] args) {
        Set<Integer> empty = new HashSet<>();
        int arg = 0;
        for (int i = 0; i < conditions.size(); i++) {
            Operator op = conditions.get(i).operator();
            for (int k = 0; k < op.arity(); k++) {
                Object value = args == null ? null : args[arg + k];
                if (value == null) {
                    throw new IllegalArgumentException("argument " + (arg + k + 1) + " of " + where
                            + " is null; derived queries compare with values, use …IsNull/…IsNotNull to match NULL");
                }
                if (op.takesCollection() && isEmpty(value)) {
                    empty.add(i);
                }
            }
            arg += op.arity();
        }
        TrailingParameters.Applied applied =
                trailing.apply(args, entity.attributes().keySet(), where);
        RenderedQuery rendered =
                empty.isEmpty() && applied.sorts().isEmpty() ? plain : render(query, applied.sorts(), empty);
        return switch (query.subject()) {
            case COUNT -> shapeCount(count(em, rendered, args));
            case EXISTS -> !select(em, rendered, Object.class, args, null, 1).isEmpty();
            case DELETE -> delete(em, rendered, args, applied.page());
            case FIND -> find(em, rendered, args, applied.page(), empty);
        };
    }

    private @Nullable Object find(
            EntityManager em,
            RenderedQuery rendered,
            @Nullable Object @Nullable [] args,
            @Nullable LimitOffset page,
            Set<Integer> empty) {
        Integer limit = query.limit();
        if (kind == ResultKind.SINGLE || kind == ResultKind.OPTIONAL) {
            // Two rows are enough to tell "one" from "more than one" without loading a whole table.
            List<?> rows = select(em, rendered, entity.javaType(), args, page, limit == null ? 2 : 1);
            if (rows.size() > 1) {
                throw new MultipleResultsException(
                        "ALCH-1101",
                        where + " found more than one " + entity.simpleName() + "; use findFirstBy…"
                                + " or return List",
                        null);
            }
            if (kind == ResultKind.OPTIONAL) {
                return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
            }
            if (rows.isEmpty()) {
                throw new NotFoundException(
                        "ALCH-1100",
                        where + " found no " + entity.simpleName() + "; return Optional to allow that",
                        null);
            }
            return rows.get(0);
        }
        if (kind == ResultKind.STREAM) {
            return typed(em, rendered, entity.javaType(), args, page, limit).getResultStream();
        }
        List<?> rows = select(em, rendered, entity.javaType(), args, page, limit);
        if (kind == ResultKind.LIST_AND_COUNT) {
            ParsedMethodName countQuery =
                    new ParsedMethodName(Subject.COUNT, query.distinct(), null, query.orGroups(), List.of());
            long total = count(em, render(countQuery, List.of(), empty), args);
            if (limit != null) {
                total = Math.min(total, limit);
            }
            return new ListAndCount<>(rows, total);
        }
        return rows;
    }

    private Object delete(
            EntityManager em, RenderedQuery rendered, @Nullable Object @Nullable [] args, @Nullable LimitOffset page) {
        // Load and remove one by one so that cascades, lifecycle callbacks and file cleanup run as for delete(id).
        List<?> rows = select(em, rendered, entity.javaType(), args, page, query.limit());
        rows.forEach(em::remove);
        em.flush();
        return switch (kind) {
            case LIST -> rows;
            case LONG -> (long) rows.size();
            case INT -> rows.size();
            default -> null;
        };
    }

    private Object shapeCount(long count) {
        return kind == ResultKind.INT ? (Object) Math.toIntExact(count) : (Object) count;
    }

    private long count(EntityManager em, RenderedQuery rendered, @Nullable Object @Nullable [] args) {
        return typed(em, rendered, Long.class, args, null, null).getSingleResult();
    }

    private <R> List<R> select(
            EntityManager em,
            RenderedQuery rendered,
            Class<R> type,
            @Nullable Object @Nullable [] args,
            @Nullable LimitOffset page,
            @Nullable Integer limit) {
        return typed(em, rendered, type, args, page, limit).getResultList();
    }

    private <R> TypedQuery<R> typed(
            EntityManager em,
            RenderedQuery rendered,
            Class<R> type,
            @Nullable Object @Nullable [] args,
            @Nullable LimitOffset page,
            @Nullable Integer limit) {
        TypedQuery<R> q = em.createQuery(rendered.jpql(), type);
        for (RenderedQuery.Binding b : rendered.bindings()) {
            q.setParameter(b.name(), b.value(args[b.argIndex()]));
        }
        int max = limit == null ? Integer.MAX_VALUE : limit;
        if (page != null) {
            q.setFirstResult(page.offset());
            max = Math.min(max, page.limit());
        }
        if (max != Integer.MAX_VALUE) {
            q.setMaxResults(max);
        }
        return q;
    }

    private RenderedQuery render(ParsedMethodName q, List<Sort> extraOrder, Set<Integer> empty) {
        return JpqlRenderer.render(q, entity.entityName(), entity.idAttribute(), extraOrder, empty);
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Collection<?> c ? c.isEmpty() : value instanceof Object[] a && a.length == 0;
    }
}
