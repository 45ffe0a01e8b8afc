package dev.advancedalchemy.base;

import dev.advancedalchemy.base.internal.UniqueCache;
import dev.advancedalchemy.exceptions.MultipleResultsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Get-or-create for rows identified by a natural key (the Python {@code UniqueMixin}): returns the one entity whose
 * attributes equal the key, or persists a new one, and remembers the answer per {@link EntityManager} so that the
 * same key is looked up at most once.
 *
 * <pre>{@code
 * Tag python = Unique.getOrCreate(em, Tag.class, "name", "python", () -> new Tag("python"));
 * Tag again = Unique.getOrCreate(em, Tag.class, "name", "python", () -> new Tag("python")); // same instance, no SQL
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The lookup is {@code SELECT … WHERE a = :a AND b = :b} ({@code IS NULL} for a null value), limited to two
 *       rows, run without flushing pending changes (like Python's {@code no_autoflush}).
 *   <li>No row: {@code factory} creates the instance, which is {@code persist}ed and cached, so a second call with
 *       the same key in the same entity manager returns it even before it is flushed.
 *   <li>The cache belongs to the entity manager and is forgotten when it is closed or has been cleared
 *       ({@code em.contains} no longer holds for the cached instance, which causes one new lookup).
 *   <li>Keys are compared with {@code equals}, so key values must be value types (strings, numbers, UUIDs, enums).
 * </ul>
 */
public final class Unique {
    private Unique() {}

    /**
     * Get-or-create by one attribute.
     *
     * @see #getOrCreate(EntityManager, Class, Map, Supplier)
     */
    public static <T> T getOrCreate(
            EntityManager em,
            Class<T> entityClass,
            String attribute,
            @Nullable Object value,
            Supplier<? extends T> factory) {
        Map<String, @Nullable Object> key = new LinkedHashMap<>();
        key.put(attribute, value);
        return getOrCreate(em, entityClass, key, factory);
    }

    /**
     * Returns the entity of {@code entityClass} whose attributes equal {@code key}, creating and persisting it with
     * {@code factory} when no row matches.
     *
     * @param em the entity manager; the answer is cached for it
     * @param entityClass the entity class
     * @param key attribute name → value; at least one entry
     * @param factory creates the new instance (with the key's values) when none exists
     * @return the cached, found or new (persisted, not yet flushed) instance
     * @throws MultipleResultsException if more than one row matches the key
     * @throws IllegalArgumentException if {@code key} is empty or names an attribute the entity does not have
     */
    public static <T> T getOrCreate(
            EntityManager em,
            Class<T> entityClass,
            Map<String, ? extends @Nullable Object> key,
            Supplier<? extends T> factory) {
        Objects.requireNonNull(factory, "factory");
        if (key.isEmpty()) {
            throw new IllegalArgumentException(
                    "Unique.getOrCreate(" + entityClass.getSimpleName() + "): the key names no attribute; pass at"
                            + " least one attribute and value that identify the row");
        }
        Map<String, @Nullable Object> frozen = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        checkAttributes(em, entityClass, frozen);
        Map<UniqueCache.Key, Object> cache = UniqueCache.of(em);
        UniqueCache.Key cacheKey = new UniqueCache.Key(entityClass, frozen);
        Object cached = cache.get(cacheKey);
        if (cached != null && em.contains(cached)) {
            return entityClass.cast(cached);
        }
        List<T> rows = lookup(em, entityClass, frozen);
        if (rows.size() > 1) {
            throw new MultipleResultsException("Unique.getOrCreate: more than one " + entityClass.getSimpleName()
                    + " row matches the key " + frozen.keySet() + "; the key attributes must identify at most one"
                    + " row (declare a unique constraint on them)");
        }
        T entity;
        if (rows.isEmpty()) {
            entity = Objects.requireNonNull(factory.get(), "factory returned null");
            em.persist(entity);
        } else {
            entity = rows.get(0);
        }
        cache.put(cacheKey, entity);
        return entity;
    }

    private static <T> List<T> lookup(EntityManager em, Class<T> entityClass, Map<String, @Nullable Object> key) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(entityClass);
        Root<T> root = query.from(entityClass);
        List<Predicate> where = new ArrayList<>();
        key.forEach((attribute, value) ->
                where.add(value == null ? cb.isNull(root.get(attribute)) : cb.equal(root.get(attribute), value)));
        return em.createQuery(query.select(root).where(where.toArray(Predicate[]::new)))
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(2)
                .getResultList();
    }

    private static void checkAttributes(EntityManager em, Class<?> entityClass, Map<String, ?> key) {
        var entity = em.getMetamodel().entity(entityClass);
        for (String attribute : key.keySet()) {
            try {
                entity.getAttribute(attribute);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Unique.getOrCreate(" + entityClass.getSimpleName() + "): no attribute '" + attribute
                                + "'; use the Java attribute name of a mapped field",
                        e);
            }
        }
    }
}
