package dev.advancedalchemy.repository.internal;

import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one persistent attribute of an entity through the member the metamodel names, preferring a
 * setter over a direct field write so that provider weaving/enhancement sees the change.
 */
final class AttributeAccess {
    private final String name;
    private final Class<?> javaType;
    private final @Nullable Field field;
    private final @Nullable Method getter;
    private final @Nullable Method setter;

    private AttributeAccess(
            String name, Class<?> javaType, @Nullable Field field, @Nullable Method getter, @Nullable Method setter) {
        this.name = name;
        this.javaType = javaType;
        this.field = field;
        this.getter = getter;
        this.setter = setter;
    }

    static AttributeAccess of(Attribute<?, ?> attribute) {
        Member member = attribute.getJavaMember();
        String name = attribute.getName();
        Class<?> javaType = attribute.getJavaType();
        Class<?> owner = member == null ? attribute.getDeclaringType().getJavaType() : member.getDeclaringClass();
        Field field = member instanceof Field f ? f : findField(owner, name);
        Method getter = member instanceof Method m ? m : null;
        if (field != null) {
            field.setAccessible(true);
            javaType = field.getType();
        }
        if (getter != null) {
            getter.setAccessible(true);
            javaType = getter.getReturnType();
        }
        Method setter = findSetter(owner, name, javaType);
        if (setter != null) {
            setter.setAccessible(true);
        }
        if (field == null && (getter == null || setter == null)) {
            throw new IllegalStateException("cannot access attribute '" + name + "' of " + owner.getName()
                    + ": no field and no getter/setter pair");
        }
        return new AttributeAccess(name, javaType, field, getter, setter);
    }

    String name() {
        return name;
    }

    Class<?> javaType() {
        return javaType;
    }

    @Nullable
    Object get(Object entity) {
        try {
            if (getter != null) {
                return getter.invoke(entity);
            }
            return field().get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read attribute '" + name + "'", e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    void set(Object entity, @Nullable Object value) {
        try {
            if (setter != null) {
                setter.invoke(entity, value);
            } else {
                field().set(entity, value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write attribute '" + name + "'", e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    private Field field() {
        if (field == null) {
            throw new IllegalStateException("attribute '" + name + "' has no field");
        }
        return field;
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }

    private static @Nullable Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        return null;
    }

    private static @Nullable Method findSetter(Class<?> type, String name, Class<?> valueType) {
        String setter = "set" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(setter, valueType);
            } catch (NoSuchMethodException e) {
                // try the superclass
            }
        }
        return null;
    }
}
