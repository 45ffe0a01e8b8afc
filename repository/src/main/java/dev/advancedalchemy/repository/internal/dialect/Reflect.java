package dev.advancedalchemy.repository.internal.dialect;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Small reflective helpers so that provider adapters compile without the providers on the class path. */
final class Reflect {
    private Reflect() {}

    static boolean implementsType(@Nullable Object target, String typeName) {
        if (target == null) {
            return false;
        }
        return assignable(target.getClass(), typeName);
    }

    private static boolean assignable(@Nullable Class<?> type, String typeName) {
        if (type == null) {
            return false;
        }
        if (type.getName().equals(typeName)) {
            return true;
        }
        for (Class<?> i : type.getInterfaces()) {
            if (assignable(i, typeName)) {
                return true;
            }
        }
        return assignable(type.getSuperclass(), typeName);
    }

    static Optional<Class<?>> loadClass(EntityManager em, String name) {
        try {
            return Optional.of(Class.forName(name, false, em.getClass().getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    static Optional<Object> call(@Nullable Object target, String method) {
        if (target == null) {
            return Optional.empty();
        }
        try {
            Method m = publicMethod(target.getClass(), method);
            return m == null ? Optional.empty() : Optional.ofNullable(m.invoke(target));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    // Implementation classes may be non-public; call through the public interface or superclass that declares it.
    private static @Nullable Method publicMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                Method m = interfaceMethod(i, name);
                if (m != null) {
                    return m;
                }
            }
            if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                try {
                    return c.getMethod(name);
                } catch (NoSuchMethodException e) {
                    // keep looking
                }
            }
        }
        return null;
    }

    private static @Nullable Method interfaceMethod(Class<?> iface, String name) {
        if (java.lang.reflect.Modifier.isPublic(iface.getModifiers())) {
            try {
                return iface.getMethod(name);
            } catch (NoSuchMethodException e) {
                // fall through to super-interfaces
            }
        }
        for (Class<?> parent : iface.getInterfaces()) {
            Method m = interfaceMethod(parent, name);
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
