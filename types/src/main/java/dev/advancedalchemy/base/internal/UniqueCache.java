package dev.advancedalchemy.base.internal;

import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The per-EntityManager memory of {@code Unique.getOrCreate}: a weak map from the underlying entity manager to its
 * key → entity cache, purged of closed entity managers on every access.
 */
public final class UniqueCache {
    /** Cache key: entity class plus the attribute values that identify the row. */
    public record Key(Class<?> entityClass, Map<String, ?> attributes) {}

    // The one piece of static state: entity managers have no portable place for user data (Python uses
    // session.info). Weak keys let a dropped entity manager's cache go with it.
    private static final Map<Object, Map<Key, Object>> CACHES = Collections.synchronizedMap(new WeakHashMap<>());

    private UniqueCache() {}

    /** The cache of {@code em} (of the provider's own entity manager when {@code em} is a container proxy). */
    public static Map<Key, Object> of(EntityManager em) {
        Object owner = owner(em);
        synchronized (CACHES) {
            CACHES.keySet().removeIf(k -> k instanceof EntityManager other && !other.isOpen());
            return CACHES.computeIfAbsent(owner, k -> new HashMap<>());
        }
    }

    private static Object owner(EntityManager em) {
        try {
            return em.unwrap(EntityManager.class);
        } catch (RuntimeException e) {
            return em;
        }
    }
}
