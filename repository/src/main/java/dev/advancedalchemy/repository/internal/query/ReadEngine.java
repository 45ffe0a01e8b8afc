package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.KeysetPage;
import dev.advancedalchemy.filter.KeysetResult;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Metamodel;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs every repository read for one entity type: filters, sorts, pages, fetch paths, counts and keyset pages. Lists,
 * counts and existence checks run as JPQL text rendered per query shape ({@link PlanJpql}), which the provider
 * parses once per shape; plans JPQL cannot express the same way, and keyset pages, run as Criteria queries.
 * Thread-safe; one instance per repository.
 *
 * @param <T> the entity type
 */
public final class ReadEngine<T> {
    private final Class<T> entityClass;
    private final Metamodel metamodel;
    private final Database database;
    private final String entityName;
    /** Whether the entity name can be written in JPQL; if not, every read stays on Criteria. */
    private final boolean jpql;

    private final FieldResolver fields;
    private final FilterCompiler compiler;
    private final KeysetReader<T> keyset;

    public ReadEngine(Class<T> entityClass, Metamodel metamodel, Database database) {
        this.entityClass = entityClass;
        this.metamodel = metamodel;
        this.database = database;
        // fails early (IllegalArgumentException) for a class that is not an entity
        this.entityName = metamodel.entity(entityClass).getName();
        this.jpql = PlanJpql.plain(entityName);
        this.fields = new FieldResolver(entityClass, metamodel);
        this.compiler = new FilterCompiler(fields, database);
        this.keyset = new KeysetReader<>(entityClass, metamodel, database, fields, compiler);
    }

    /** The rows matching {@code filters}, sorted and paged by the filters, with {@code loadPaths} loaded. */
    public List<T> list(EntityManager em, List<Filter> filters, List<String> loadPaths, boolean forUpdate) {
        QueryPlan plan = compiler.compile(filters);
        List<List<String>> graph = LoadGraphs.validate(entityClass, metamodel, fields, loadPaths);
        if (plan.page() != null && plan.page().limit() == 0) {
            return List.of();
        }
        return query(em, plan, graph, forUpdate, plan.page()).getResultList();
    }

    /**
     * A page and the total ignoring the page. Costs one query when the page is the last one (or there is no
     * {@link LimitOffset}), else a page query and a count query; the total is right for a page past the end.
     */
    public ListAndCount<T> listAndCount(EntityManager em, List<Filter> filters, List<String> loadPaths) {
        QueryPlan plan = compiler.compile(filters);
        List<List<String>> graph = LoadGraphs.validate(entityClass, metamodel, fields, loadPaths);
        LimitOffset page = plan.page();
        if (page == null) {
            List<T> all = query(em, plan, graph, false, null).getResultList();
            return new ListAndCount<>(all, all.size());
        }
        if (page.limit() == 0) {
            return new ListAndCount<>(List.of(), count(em, plan));
        }
        List<T> items = query(em, plan, graph, false, page).getResultList();
        if (!items.isEmpty() && items.size() < page.limit()) {
            // A partial, non-empty page is the last one: everything before it plus what it holds is the total.
            return new ListAndCount<>(items, (long) page.offset() + items.size());
        }
        if (items.isEmpty() && page.offset() == 0) {
            return new ListAndCount<>(items, 0);
        }
        return new ListAndCount<>(items, count(em, plan));
    }

    /** The number of matching rows; sorts and pages among the filters are ignored. */
    public long count(EntityManager em, List<Filter> filters) {
        return count(em, compiler.compile(filters));
    }

    /** Whether any row matches, with a {@code LIMIT 1} query that stops at the first row. */
    public boolean exists(EntityManager em, List<Filter> filters) {
        QueryPlan plan = compiler.compile(filters);
        String id = keyset.idNames().get(0);
        PlanJpql jpql = PlanJpql.plain(id) ? renderJpql(PlanJpql.ROOT + "." + id, plan, false) : null;
        if (jpql != null) {
            return !jpql.bind(em.createQuery(jpql.text()))
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> q = cb.createQuery(Object.class);
        Root<T> root = q.from(entityClass);
        CriteriaRenderer r = new CriteriaRenderer(cb, root, database, true);
        q.select(root.get(keyset.idNames().get(0)));
        if (plan.where() != null) {
            q.where(r.render(plan.where()));
        }
        return !r.bind(em.createQuery(q)).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The only matching row, if any.
     *
     * @throws MultipleResultsException if more than one row matches
     */
    public Optional<T> findOne(EntityManager em, List<Filter> filters, List<String> loadPaths) {
        QueryPlan plan = compiler.compile(filters);
        List<List<String>> graph = LoadGraphs.validate(entityClass, metamodel, fields, loadPaths);
        LimitOffset page = plan.page() == null
                ? new LimitOffset(2, 0)
                : new LimitOffset(Math.min(2, plan.page().limit()), plan.page().offset());
        if (page.limit() == 0) {
            return Optional.empty();
        }
        List<T> rows = query(em, plan, graph, false, page).getResultList();
        if (rows.size() > 1) {
            throw new MultipleResultsException("more than one " + fields.entityName()
                    + " matched where at most one was expected; add filters that identify a single row");
        }
        return rows.stream().findFirst();
    }

    /** One keyset page; see {@link KeysetPage}. */
    public KeysetResult<T> keyset(EntityManager em, KeysetPage page, List<Filter> filters) {
        return keyset.read(em, page, filters);
    }

    /**
     * The filters' condition as one predicate on {@code root} (for bulk deletes and updates): paths use implicit
     * navigation, never joins. Sorts are ignored.
     *
     * @throws InvalidFilterException if the filters are invalid or contain a {@link LimitOffset}, which a bulk
     *     statement cannot honour
     */
    public Predicate predicate(CriteriaBuilder cb, Root<T> root, List<Filter> filters) {
        QueryPlan plan = compiler.compile(filters);
        if (plan.page() != null) {
            throw new InvalidFilterException(
                    "LimitOffset cannot limit a bulk delete or update; select the rows first, then delete them by id");
        }
        return plan.where() == null
                ? cb.conjunction()
                : new CriteriaRenderer(cb, root, database, false).render(plan.where());
    }

    /**
     * Checks the filters against the metamodel without running SQL.
     *
     * @throws InvalidFilterException for the first invalid filter
     */
    public void validate(List<Filter> filters) {
        compiler.compile(filters);
    }

    private @Nullable PlanJpql renderJpql(String select, QueryPlan plan, boolean order) {
        return jpql && PlanJpql.supports(plan, database) ? PlanJpql.render(entityName, select, plan, order) : null;
    }

    private long count(EntityManager em, QueryPlan plan) {
        PlanJpql jpql = renderJpql("COUNT(" + PlanJpql.ROOT + ")", plan, false);
        if (jpql != null) {
            return jpql.bind(em.createQuery(jpql.text(), Long.class)).getSingleResult();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<T> root = q.from(entityClass);
        CriteriaRenderer r = new CriteriaRenderer(cb, root, database, true);
        q.select(cb.count(root));
        if (plan.where() != null) {
            q.where(r.render(plan.where()));
        }
        return r.bind(em.createQuery(q)).getSingleResult();
    }

    private TypedQuery<T> query(
            EntityManager em, QueryPlan plan, List<List<String>> graph, boolean forUpdate, @Nullable LimitOffset page) {
        TypedQuery<T> tq;
        PlanJpql jpql = renderJpql(PlanJpql.ROOT, plan, true);
        if (jpql != null) {
            tq = jpql.bind(em.createQuery(jpql.text(), entityClass));
        } else {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<T> q = cb.createQuery(entityClass);
            Root<T> root = q.from(entityClass);
            CriteriaRenderer r = new CriteriaRenderer(cb, root, database, true);
            q.select(root);
            if (plan.where() != null) {
                q.where(r.render(plan.where()));
            }
            q.orderBy(r.orders(plan.sorts()));
            tq = r.bind(em.createQuery(q));
        }
        if (page != null) {
            tq.setFirstResult(page.offset()).setMaxResults(page.limit());
        }
        if (!graph.isEmpty()) {
            tq.setHint(LoadGraphs.HINT, LoadGraphs.build(em, entityClass, graph));
        }
        if (forUpdate) {
            tq.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return tq;
    }
}
