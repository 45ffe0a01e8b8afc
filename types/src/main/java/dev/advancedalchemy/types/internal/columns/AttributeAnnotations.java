package dev.advancedalchemy.types.internal.columns;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds an annotation on a persistent attribute's field or getter, searching superclasses (mapped superclasses). */
public final class AttributeAnnotations {
    private AttributeAnnotations() {}

    /** The annotation on the field {@code attribute} or its getter in {@code type} or a superclass, if any. */
    public static <A extends Annotation> Optional<A> find(
            @Nullable Class<?> type, String attribute, Class<A> annotation) {
        String getter =
                attribute.isEmpty() ? "" : attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(attribute) && f.isAnnotationPresent(annotation)) {
                    return Optional.of(f.getAnnotation(annotation));
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.getParameterCount() == 0
                        && (m.getName().equals("get" + getter) || m.getName().equals("is" + getter))
                        && m.isAnnotationPresent(annotation)) {
                    return Optional.of(m.getAnnotation(annotation));
                }
            }
        }
        return Optional.empty();
    }
}
