package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.repository.internal.dialect.BindLimits;
import dev.advancedalchemy.repository.internal.query.LoadGraphs;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Loads rows for the write path: by primary key (single or chunked under the bind limit) or by attribute values. */
final class RowLoader<T> {
    private final EntityModel<T> model;

    RowLoader(EntityModel<T> model) {
        this.model = model;
    }

    Optional<T> byId(EntityManager em, Object id, List<String> load, boolean forUpdate) {
        if (load.isEmpty() && !forUpdate) {
            return Optional.ofNullable(em.find(model.type(), id)); // the plain call: the providers' fastest path
        }
        Map<String, Object> hints = LoadGraphs.hints(em, model.type(), load);
        LockModeType lock = forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE;
        return Optional.ofNullable(em.find(model.type(), id, lock, hints));
    }

    /** The row whose {@code attribute} equals {@code value}. */
    Optional<T> byAttribute(EntityManager em, String attribute, Object value, List<String> load, boolean forUpdate) {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put(attribute, value);
        return byAttributes(em, match, load, forUpdate);
    }

    /**
     * The one row whose attributes equal {@code match} ({@code null} matches {@code IS NULL}).
     *
     * @throws MultipleResultsException if more than one row matches
     */
    Optional<T> byAttributes(EntityManager em, Map<String, ?> match, List<String> load, boolean forUpdate) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(model.type());
        Root<T> root = q.from(model.type());
        List<Predicate> predicates = new ArrayList<>();
        for (Map.Entry<String, ?> e : match.entrySet()) {
            model.access(e.getKey()); // rejects unknown names with the list of valid ones
            predicates.add(
                    e.getValue() == null
                            ? cb.isNull(root.get(e.getKey()))
                            : cb.equal(root.get(e.getKey()), e.getValue()));
        }
        q.select(root).where(predicates.toArray(Predicate[]::new));
        TypedQuery<T> query = em.createQuery(q).setMaxResults(2);
        LoadGraphs.hints(em, model.type(), load).forEach(query::setHint);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        List<T> rows = query.getResultList();
        if (rows.size() > 1) {
            throw new MultipleResultsException(
                    "more than one " + model.name() + " matched " + match.keySet() + " where at most one was expected");
        }
        return rows.stream().findFirst();
    }

    /**
     * The rows with these ids, keyed by id; ids without a row are absent. Single-column keys are read with {@code
     * IN} lists chunked under the database's bind limit; composite keys row by row.
     */
    Map<Object, T> byIds(EntityManager em, Collection<?> ids, Database database) {
        Map<Object, T> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        if (model.compositeKey()) {
            for (Object id : ids) {
                T row = em.find(model.type(), id);
                if (row != null) {
                    found.put(id, row);
                }
            }
            return found;
        }
        String idAttribute = model.idAttribute();
        int chunk = BindLimits.maxParameters(database);
        List<?> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += chunk) {
            List<?> part = all.subList(from, Math.min(all.size(), from + chunk));
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<T> q = cb.createQuery(model.type());
            Root<T> root = q.from(model.type());
            q.select(root).where(root.get(idAttribute).in(part));
            for (T row : em.createQuery(q).getResultList()) {
                found.put(idOf(em, row), row);
            }
        }
        return found;
    }

    /** The id of an entity, managed or not: the id attribute's value, or the provider's id-class instance. */
    @Nullable
    Object idOf(EntityManager em, T entity) {
        if (model.entityType().hasSingleIdAttribute()) {
            return model.access(model.idAttribute()).get(entity);
        }
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }
}
