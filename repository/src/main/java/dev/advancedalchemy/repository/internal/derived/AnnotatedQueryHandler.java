package dev.advancedalchemy.repository.internal.derived;

import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.repository.ListAndCount;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Runs a validated {@code @Query} method: binds its parameters by name (or position) and shapes the result. */
final class AnnotatedQueryHandler implements QueryMethodHandler {
    private final String where;
    private final String jpql;
    private final @Nullable String countJpql;
    private final boolean modifying;
    private final ResultKind kind;
    private final List<String> names;
    private final TrailingParameters trailing;

    /**
     * @param names the JPQL parameter of each leading method parameter ({@code "?1"} style for positional)
     */
    AnnotatedQueryHandler(
            String where,
            String jpql,
            @Nullable String countJpql,
            boolean modifying,
            ResultKind kind,
            List<String> names,
            TrailingParameters trailing) {
        this.where = where;
        this.jpql = jpql;
        this.countJpql = countJpql;
        this.modifying = modifying;
        this.kind = kind;
        this.names = List.copyOf(names);
        this.trailing = trailing;
    }

    @Override
    public boolean modifies() {
        return modifying;
    }

    @Override
    public @Nullable Object invoke(EntityManager em, @Nullable Object @Nullable [] args) {
        if (modifying) {
            int rows = bind(em.createQuery(jpql), args).executeUpdate();
            return kind == ResultKind.LONG ? (Object) (long) rows : kind == ResultKind.INT ? (Object) rows : null;
        }
        TrailingParameters.Applied applied = trailing.apply(args, Set.of(), where);
        LimitOffset page = applied.page();
        jakarta.persistence.Query q = bind(em.createQuery(jpql), args);
        if (page != null) {
            q.setFirstResult(page.offset()).setMaxResults(page.limit());
        }
        return switch (kind) {
            case LIST -> q.getResultList();
            case STREAM -> q.getResultStream();
            case LIST_AND_COUNT ->
                new ListAndCount<>(
                        q.getResultList(),
                        ((Number) bind(em.createQuery(countJpql), args).getSingleResult()).longValue());
            case LONG -> ((Number) q.getSingleResult()).longValue();
            case INT -> ((Number) q.getSingleResult()).intValue();
            case BOOLEAN -> {
                Object r = q.getSingleResult();
                yield r instanceof Number n ? n.longValue() != 0 : r;
            }
            default -> single(page == null ? q.setMaxResults(2) : q);
        };
    }

    private @Nullable Object single(jakarta.persistence.Query q) {
        List<?> rows = q.getResultList();
        if (rows.size() > 1) {
            throw new MultipleResultsException(
                    "ALCH-1101", where + " found more than one row; return List or make the query unique", null);
        }
        if (kind == ResultKind.OPTIONAL) {
            return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
        }
        if (rows.isEmpty()) {
            throw new NotFoundException("ALCH-1100", where + " found no row; return Optional to allow that", null);
        }
        return rows.get(0);
    }

    private jakarta.persistence.Query bind(jakarta.persistence.Query q, @Nullable Object @Nullable [] args) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Object value = args == null ? null : args[i];
            if (name.startsWith("?")) {
                q.setParameter(Integer.parseInt(name.substring(1)), value);
            } else {
                q.setParameter(name, value);
            }
        }
        return q;
    }
}
