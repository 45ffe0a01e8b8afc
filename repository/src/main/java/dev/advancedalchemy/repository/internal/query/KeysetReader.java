package dev.advancedalchemy.repository.internal.query;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.KeysetPage;
import dev.advancedalchemy.filter.KeysetResult;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads keyset pages: seeks past the cursor's row with a row-value comparison and fetches one extra row. */
final class KeysetReader<T> {
    private final Class<T> entityClass;
    private final Database database;
    private final FieldResolver fields;
    private final FilterCompiler compiler;
    private final List<String> idNames;

    KeysetReader(
            Class<T> entityClass,
            Metamodel metamodel,
            Database database,
            FieldResolver fields,
            FilterCompiler compiler) {
        this.entityClass = entityClass;
        this.database = database;
        this.fields = fields;
        this.compiler = compiler;
        EntityType<T> type = metamodel.entity(entityClass);
        this.idNames = type.getSingularAttributes().stream()
                .filter(SingularAttribute::isId)
                .map(Attribute::getName)
                .sorted()
                .toList();
    }

    List<String> idNames() {
        return idNames;
    }

    KeysetResult<T> read(EntityManager em, KeysetPage page, List<Filter> filters) {
        QueryPlan plan = compiler.compile(filters);
        if (!plan.sorts().isEmpty() || plan.page() != null) {
            throw new InvalidFilterException("a keyset read takes its order and size from the KeysetPage;"
                    + " remove OrderBy and LimitOffset from the filters");
        }
        List<QueryPlan.Sort> sorts = sorts(page);
        String spec = fields.entityName() + "|"
                + sorts.stream().map(s -> s.field().path() + ":" + s.order()).collect(Collectors.joining(","));

        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<T> root = q.from(entityClass);
        CriteriaRenderer r = new CriteriaRenderer(cb, root, database, true);
        List<Predicate> where = new ArrayList<>();
        if (plan.where() != null) {
            where.add(r.render(plan.where()));
        }
        if (page.after() != null) {
            List<String> text = KeysetCursor.decode(page.after(), spec, sorts.size());
            where.add(seek(cb, r, sorts, text));
        }
        List<Selection<?>> selections = new ArrayList<>();
        selections.add(root);
        sorts.forEach(s -> selections.add(r.path(s.field())));
        q.multiselect(selections);
        q.where(where.toArray(Predicate[]::new));
        q.orderBy(r.orders(sorts));

        List<Tuple> rows =
                r.bind(em.createQuery(q)).setMaxResults(page.size() + 1).getResultList();
        boolean hasNext = rows.size() > page.size();
        List<Tuple> shown = hasNext ? rows.subList(0, page.size()) : rows;
        List<T> items = shown.stream().map(t -> entityClass.cast(t.get(0))).toList();
        String cursor = hasNext ? KeysetCursor.encode(spec, values(shown.get(shown.size() - 1), sorts)) : null;
        return new KeysetResult<>(items, cursor, hasNext);
    }

    private List<QueryPlan.Sort> sorts(KeysetPage page) {
        if (idNames.isEmpty()
                || idNames.stream().anyMatch(id -> !fields.sortable(id).basic())) {
            throw new InvalidFilterException("keyset pages need an entity with basic id attributes; "
                    + fields.entityName() + " has an embedded or missing id");
        }
        List<QueryPlan.Sort> sorts = new ArrayList<>();
        for (OrderBy o : page.orderBy()) {
            sorts.add(new QueryPlan.Sort(fields.sortable(o.fieldName()), o.sortOrder()));
        }
        for (String id : idNames) {
            FieldRef f = fields.sortable(id);
            if (sorts.stream().noneMatch(s -> s.field().path().equals(f.path()))) {
                sorts.add(new QueryPlan.Sort(f, SortOrder.ASC));
            }
        }
        return sorts;
    }

    /** {@code (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …}, with {@code <} for descending keys. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate seek(CriteriaBuilder cb, CriteriaRenderer r, List<QueryPlan.Sort> sorts, List<String> text) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < sorts.size(); i++) {
            values.add(ValueCoercer.coerce(text.get(i), sorts.get(i).field(), fields.entityName()));
        }
        List<Predicate> alternatives = new ArrayList<>();
        for (int i = 0; i < sorts.size(); i++) {
            List<Predicate> all = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                all.add(cb.equal(r.path(sorts.get(j).field()), values.get(j)));
            }
            Expression e = (Path) r.path(sorts.get(i).field());
            Comparable v = (Comparable) values.get(i);
            all.add(sorts.get(i).order() == SortOrder.DESC ? cb.lessThan(e, v) : cb.greaterThan(e, v));
            alternatives.add(cb.and(all.toArray(Predicate[]::new)));
        }
        return cb.or(alternatives.toArray(Predicate[]::new));
    }

    private List<String> values(Tuple row, List<QueryPlan.Sort> sorts) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < sorts.size(); i++) {
            Object v = row.get(i + 1);
            if (v == null) {
                throw new InvalidFilterException("keyset sort field " + fields.entityName() + "."
                        + sorts.get(i).field().path() + " is NULL in a row being paged; keyset pages need sort"
                        + " fields without NULLs");
            }
            text.add(v instanceof Enum<?> e ? e.name() : v.toString());
        }
        return text;
    }
}
