package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.repository.ErrorKind;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.QueryRepository;
import dev.advancedalchemy.repository.Statement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link QueryRepository}: JPQL through {@code createQuery}, SQL through native queries. */
public final class QueryRepositoryImpl implements QueryRepository {
    private static final String SUBJECT = "query";
    private static final Pattern SELECT = Pattern.compile("(?is)^\\s*select\\s+(distinct\\s+)?(.+?)\\s+from\\s+(.+)$");
    private static final Pattern ORDER_BY = Pattern.compile("(?is)\\s+order\\s+by\\s+[^)]*$");

    private final Supplier<EntityManager> entityManagers;
    private final Options defaults;

    public QueryRepositoryImpl(Supplier<EntityManager> entityManagers, Options defaults) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "entityManagers");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    private EntityManager em() {
        return Objects.requireNonNull(entityManagers.get(), "the EntityManager supplier returned null");
    }

    @Override
    public <R> R getOne(Statement statement, Class<R> resultType) {
        return findOne(statement, resultType)
                .orElseThrow(() -> new NotFoundException(Messages.render(
                        ErrorKind.NOT_FOUND, defaults, SUBJECT, null, "the statement returned no row")));
    }

    @Override
    public <R> Optional<R> findOne(Statement statement, Class<R> resultType) {
        List<R> rows = TransactionScope.read(em(), defaults, SUBJECT, () -> run(em(), statement, resultType, 2));
        if (rows.size() > 1) {
            throw new MultipleResultsException(Messages.render(
                    ErrorKind.MULTIPLE_ROWS,
                    defaults,
                    SUBJECT,
                    null,
                    "the statement returned more than one row where at most one was expected"));
        }
        return rows.stream().findFirst();
    }

    @Override
    public <R> List<R> list(Statement statement, Class<R> resultType) {
        return TransactionScope.read(em(), defaults, SUBJECT, () -> run(em(), statement, resultType, null));
    }

    @Override
    public <R> ListAndCount<R> listAndCount(Statement statement, Class<R> resultType) {
        EntityManager em = em();
        return TransactionScope.read(em, defaults, SUBJECT, () -> {
            List<R> items = run(em, statement, resultType, null);
            return new ListAndCount<>(items, countRows(em, statement));
        });
    }

    @Override
    public long count(Statement statement) {
        EntityManager em = em();
        return TransactionScope.read(em, defaults, SUBJECT, () -> countRows(em, statement));
    }

    @Override
    public int execute(Statement statement) {
        return execute(statement, Options.defaults());
    }

    @Override
    public int execute(Statement statement, Options options) {
        Options o = options.over(defaults);
        EntityManager em = em();
        return TransactionScope.write(em, o, SUBJECT, () -> {
            Query q = create(em, statement.language(), statement.text(), null);
            bind(q, statement);
            return q.executeUpdate();
        });
    }

    private <R> List<R> run(EntityManager em, Statement s, Class<R> resultType, @Nullable Integer maxRows) {
        Query q = create(em, s.language(), s.text(), resultType);
        bind(q, s);
        if (s.offset() != null) {
            q.setFirstResult(s.offset());
        }
        Integer max = s.limit() != null ? s.limit() : maxRows;
        if (max != null) {
            q.setMaxResults(max);
        }
        List<?> raw = q.getResultList();
        List<R> out = new ArrayList<>(raw.size());
        for (Object row : raw) {
            out.add(convert(row, resultType));
        }
        return out;
    }

    private long countRows(EntityManager em, Statement s) {
        String countText = s.countQuery().orElseGet(() -> derivedCount(s));
        Query q = create(em, s.language(), countText, null);
        bind(q, s);
        Object result = q.getSingleResult();
        return result instanceof Object[] a ? ((Number) a[0]).longValue() : ((Number) result).longValue();
    }

    private static String derivedCount(Statement s) {
        String text = ORDER_BY.matcher(s.text().strip()).replaceFirst("");
        if (s.language() == Statement.Language.SQL) {
            return "SELECT COUNT(*) FROM (" + text + ") alchemy_count";
        }
        Matcher m = SELECT.matcher(text);
        if (!m.matches() || m.group(2).contains(",")) {
            throw new IllegalArgumentException("cannot derive a count query from this JPQL; give one with"
                    + " Statement.withCountQuery(\"select count(x) from …\")");
        }
        String distinct = m.group(1) == null ? "" : "distinct ";
        return "select count(" + distinct + m.group(2).strip() + ") from " + m.group(3);
    }

    private static Query create(
            EntityManager em, Statement.Language language, String text, @Nullable Class<?> resultType) {
        if (language == Statement.Language.JPQL) {
            return resultType == null || resultType == Object[].class || !isEntity(em, resultType)
                    ? em.createQuery(text)
                    : em.createQuery(text, resultType);
        }
        String sql = NamedParameters.parse(text).sql();
        return resultType != null && isEntity(em, resultType)
                ? em.createNativeQuery(sql, resultType)
                : em.createNativeQuery(sql);
    }

    private static void bind(Query q, Statement s) {
        if (s.language() == Statement.Language.JPQL) {
            for (Map.Entry<String, @Nullable Object> e : s.parameters().entrySet()) {
                q.setParameter(e.getKey(), e.getValue());
            }
            return;
        }
        List<String> names = NamedParameters.parse(s.text()).names();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!s.parameters().containsKey(name)) {
                throw new IllegalArgumentException("parameter :" + name
                        + " of the statement has no value; bind it with .bind(\"" + name + "\", …)");
            }
            q.setParameter(i + 1, s.parameters().get(name));
        }
    }

    private static boolean isEntity(EntityManager em, Class<?> type) {
        try {
            em.getMetamodel().entity(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> R convert(@Nullable Object row, Class<R> type) {
        if (type == Object[].class) {
            return (R) (row instanceof Object[] a ? a : new Object[] {row});
        }
        Object value = row instanceof Object[] a && a.length == 1 ? a[0] : row;
        if (value instanceof Number n && type != value.getClass() && Number.class.isAssignableFrom(type)) {
            value = number(n, type);
        }
        return (R) type.cast(value);
    }

    private static Object number(Number n, Class<?> type) {
        if (type == Long.class) {
            return n.longValue();
        } else if (type == Integer.class) {
            return n.intValue();
        } else if (type == Double.class) {
            return n.doubleValue();
        } else if (type == Float.class) {
            return n.floatValue();
        } else if (type == Short.class) {
            return n.shortValue();
        } else if (type == BigDecimal.class) {
            return new BigDecimal(n.toString());
        } else if (type == BigInteger.class) {
            return new BigInteger(n.toString().replaceFirst("\\..*$", ""));
        }
        return n;
    }
}
