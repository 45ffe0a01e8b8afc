package dev.advancedalchemy.repository.internal.derived;

import dev.advancedalchemy.repository.ListAndCount;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The shape of a query method's return type, decoded once at deployment. */
enum ResultKind {
    SINGLE,
    OPTIONAL,
    LIST,
    STREAM,
    LIST_AND_COUNT,
    LONG,
    INT,
    BOOLEAN,
    VOID;

    /**
     * Decodes a method's return type.
     *
     * @param method the repository method
     * @param elementType the type a row must be assignable to for the container kinds, or null to accept any
     * @return the kind, or null if the return type is none of the supported shapes
     */
    static @Nullable ResultKind of(Method method, @Nullable Class<?> elementType) {
        Class<?> raw = method.getReturnType();
        if (raw == void.class || raw == Void.class) {
            return VOID;
        }
        if (raw == long.class || raw == Long.class) {
            return LONG;
        }
        if (raw == int.class || raw == Integer.class) {
            return INT;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return BOOLEAN;
        }
        ResultKind container = raw == Optional.class
                ? OPTIONAL
                : raw == List.class
                        ? LIST
                        : raw == Stream.class ? STREAM : raw == ListAndCount.class ? LIST_AND_COUNT : null;
        if (container == null) {
            return elementType == null || elementType.isAssignableFrom(raw) ? SINGLE : null;
        }
        if (elementType == null) {
            return container;
        }
        Type generic = method.getGenericReturnType();
        if (generic instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> arg
                && arg.isAssignableFrom(elementType)
                && elementType.isAssignableFrom(arg)) {
            return container;
        }
        return null;
    }

    /** True for the kinds that return rows. */
    boolean returnsRows() {
        return this == SINGLE || this == OPTIONAL || this == LIST || this == STREAM || this == LIST_AND_COUNT;
    }
}
