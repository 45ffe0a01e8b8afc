package dev.advancedalchemy.service.internal;

import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sets the owning side of bidirectional relationships that input conversion filled from the inverse side (an author's
 * {@code books} created from nested JSON need {@code book.author}), as SQLAlchemy's back-references do in Python.
 * Reads field-access mappings ({@code @OneToMany(mappedBy)}, {@code @OneToOne(mappedBy)} on fields).
 */
final class InverseLinks {
    private InverseLinks() {}

    static void link(Object entity) {
        link(entity, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void link(Object parent, Set<Object> seen) {
        if (!seen.add(parent)) {
            return;
        }
        for (Class<?> c = parent.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                String mappedBy = mappedBy(field);
                if (mappedBy.isEmpty() || !field.trySetAccessible()) {
                    continue;
                }
                Object value = read(field, parent);
                Collection<?> children = value instanceof Collection<?> collection
                        ? collection
                        : value == null ? List.of() : List.of(value);
                for (Object child : children) {
                    if (child != null) {
                        setIfNull(child, mappedBy, parent);
                        link(child, seen);
                    }
                }
            }
        }
    }

    private static String mappedBy(Field field) {
        OneToMany many = field.getAnnotation(OneToMany.class);
        if (many != null) {
            return many.mappedBy();
        }
        OneToOne one = field.getAnnotation(OneToOne.class);
        return one != null ? one.mappedBy() : "";
    }

    private static void setIfNull(Object child, String name, Object parent) {
        Field back = find(child.getClass(), name);
        if (back != null && back.getType().isInstance(parent) && back.trySetAccessible() && read(back, child) == null) {
            try {
                back.set(child, parent);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set " + child.getClass().getSimpleName() + "." + name, e);
            }
        }
    }

    private static @Nullable Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // keep looking in the superclass
            }
        }
        return null;
    }

    private static @Nullable Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(
                    "cannot read " + owner.getClass().getSimpleName() + "." + field.getName(), e);
        }
    }
}
