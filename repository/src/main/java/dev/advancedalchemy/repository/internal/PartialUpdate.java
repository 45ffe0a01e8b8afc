package dev.advancedalchemy.repository.internal;

import dev.advancedalchemy.repository.internal.util.Primitives;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Copies the attributes a caller "set" on an unmanaged instance onto the managed row (the rules are on
 * {@code SyncRepository}), so that untouched columns and relationships stay as stored (Python regressions #535,
 * #560, #684) and a no-op writes nothing.
 */
final class PartialUpdate<T> {
    private final EntityModel<T> model;

    PartialUpdate(EntityModel<T> model) {
        this.model = model;
    }

    /**
     * Copies set, differing attributes of {@code source} onto {@code target}.
     *
     * @return whether any attribute changed
     */
    boolean apply(EntityManager em, T source, T target) {
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        boolean changed = false;
        for (Map.Entry<String, Attribute<? super T, ?>> e : model.attributes().entrySet()) {
            String name = e.getKey();
            Attribute<? super T, ?> attribute = e.getValue();
            if (model.isId(name) || model.isVersion(name)) {
                continue;
            }
            AttributeAccess access = model.access(name);
            Object value = access.get(source);
            if (value == null) {
                continue; // not set (primitives are never null, so they always count as set)
            }
            if (attribute.isCollection() || attribute.isAssociation()) {
                if (!loaded(util, source, name)) {
                    continue; // a lazy relationship the caller never loaded: leave the stored one alone
                }
                changed |= attribute instanceof PluralAttribute<?, ?, ?> plural
                        ? copyCollection(em, util, access, plural, value, target)
                        : copyReference(em, util, access, value, target);
            } else if (!Objects.deepEquals(value, access.get(target))) {
                access.set(target, value);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Sets attributes by name (for {@code getAndUpdate}/{@code getOrUpsert}); {@code null} values are written.
     *
     * @return whether any attribute changed
     * @throws IllegalArgumentException for an unknown attribute or a value of the wrong type
     */
    boolean set(T target, Map<String, ?> values) {
        boolean changed = false;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            AttributeAccess access = model.access(e.getKey());
            Object value = checkedValue(access, e.getValue());
            if (!Objects.deepEquals(value, access.get(target))) {
                access.set(target, value);
                changed = true;
            }
        }
        return changed;
    }

    private @Nullable Object checkedValue(AttributeAccess access, @Nullable Object value) {
        if (value != null && !Primitives.box(access.javaType()).isInstance(value)) {
            throw new IllegalArgumentException("attribute '" + access.name() + "' of " + model.name() + " is a "
                    + access.javaType().getSimpleName() + ", got a "
                    + value.getClass().getSimpleName());
        }
        if (value == null && access.javaType().isPrimitive()) {
            throw new IllegalArgumentException(
                    "attribute '" + access.name() + "' of " + model.name() + " is a primitive and cannot be null");
        }
        return value;
    }

    private static boolean loaded(PersistenceUnitUtil util, Object entity, String attribute) {
        try {
            return util.isLoaded(entity, attribute);
        } catch (RuntimeException e) {
            return true; // not an instance the provider knows: a plain object is fully "loaded"
        }
    }

    private boolean copyReference(
            EntityManager em, PersistenceUnitUtil util, AttributeAccess access, Object value, T target) {
        Object current = access.get(target);
        if (current != null && sameRow(util, current, value)) {
            return false;
        }
        access.set(target, managed(em, util, value));
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean copyCollection(
            EntityManager em,
            PersistenceUnitUtil util,
            AttributeAccess access,
            PluralAttribute<?, ?, ?> attribute,
            Object value,
            T target) {
        if (!(value instanceof Collection<?> incoming)) {
            return false; // maps: not supported by partial update, left alone
        }
        Object current = access.get(target);
        boolean entities = attribute.getElementType().getPersistenceType()
                == jakarta.persistence.metamodel.Type.PersistenceType.ENTITY;
        if (current instanceof Collection<?> existing && sameElements(util, existing, incoming, entities)) {
            return false;
        }
        List<Object> replacement = new ArrayList<>(incoming.size());
        for (Object element : incoming) {
            replacement.add(entities && element != null ? managed(em, util, element) : element);
        }
        if (current instanceof Collection existing) {
            // Change the managed collection in place: providers track it (and orphan removal relies on it).
            existing.clear();
            existing.addAll(replacement);
        } else {
            access.set(target, replacement);
        }
        return true;
    }

    private static boolean sameElements(PersistenceUnitUtil util, Collection<?> a, Collection<?> b, boolean entities) {
        if (a.size() != b.size()) {
            return false;
        }
        if (!entities) {
            return new ArrayList<>(a).equals(new ArrayList<>(b)) || (a.containsAll(b) && b.containsAll(a));
        }
        List<Object> idsA = new ArrayList<>();
        for (Object o : a) {
            idsA.add(o == null ? null : util.getIdentifier(o));
        }
        for (Object o : b) {
            Object id = o == null ? null : util.getIdentifier(o);
            if (id == null || !idsA.remove(id)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRow(PersistenceUnitUtil util, Object a, Object b) {
        if (a == b) {
            return true;
        }
        Object idA = util.getIdentifier(a);
        return idA != null && idA.equals(util.getIdentifier(b));
    }

    // A related entity from outside the persistence context becomes the managed row with its id (only the link is
    // changed, the related row's own columns are not overwritten); a new one is merged, i.e. inserted.
    private static Object managed(EntityManager em, PersistenceUnitUtil util, Object related) {
        if (em.contains(related)) {
            return related;
        }
        Object id = util.getIdentifier(related);
        if (id != null) {
            Object found = em.find(related.getClass(), id);
            if (found != null) {
                return found;
            }
        }
        return em.merge(related);
    }
}
