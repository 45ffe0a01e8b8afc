package dev.advancedalchemy.types.internal.eclipselink;

import dev.advancedalchemy.types.Opaque;
import dev.advancedalchemy.types.spi.eclipselink.Descriptors;
import java.lang.reflect.Field;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.ConverterClass;

/** Swaps EclipseLink's value-revealing converter wrapper for {@link SecretSafeConverterClass} on opaque columns. */
public final class SecretSafeInstaller {
    private SecretSafeInstaller() {}

    /** Installs the secret-safe wrapper on every attribute of {@code descriptor} whose converter is {@link Opaque}. */
    public static void install(ClassDescriptor descriptor) {
        ClassLoader loader = loaderFor(descriptor);
        for (DatabaseMapping mapping : Descriptors.mappings(descriptor)) {
            if (mapping instanceof DirectToFieldMapping direct
                    && direct.getConverter() instanceof ConverterClass<?, ?, ?> wrapper
                    && !(wrapper instanceof SecretSafeConverterClass)) {
                String name = (String) read(wrapper, "attributeConverterClassName");
                if (isOpaque(name, loader)) {
                    SecretSafeConverterClass<?, ?, ?> safe = new SecretSafeConverterClass<>(
                            name,
                            (Boolean) read(wrapper, "isForMapKey"),
                            (String) read(wrapper, "fieldClassificationName"),
                            (Boolean) read(wrapper, "disableConversion"),
                            descriptor.getJavaClassName() + "." + mapping.getAttributeName());
                    // EclipseLink resolved the original's class names before customizers run; do the same here
                    safe.convertClassNamesToClasses(loader);
                    // the session creates the converter instance (with CDI injection when available)
                    safe.setSession((AbstractSession) read(wrapper, "session"));
                    direct.setConverter(safe);
                }
            }
        }
    }

    private static boolean isOpaque(String converterClassName, ClassLoader loader) {
        try {
            return Opaque.class.isAssignableFrom(Class.forName(converterClassName, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // EclipseLink itself reports converters it cannot load
        }
    }

    private static Object read(ConverterClass<?, ?, ?> wrapper, String field) {
        try {
            // EclipseLink keeps these in protected fields without getters
            Field f = ConverterClass.class.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(wrapper);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this EclipseLink version has no ConverterClass." + field, e);
        }
    }

    private static ClassLoader loaderFor(ClassDescriptor descriptor) {
        Class<?> entity = descriptor.getJavaClass();
        ClassLoader loader = entity != null ? entity.getClassLoader() : null;
        if (loader == null) {
            loader = Thread.currentThread().getContextClassLoader();
        }
        return loader != null ? loader : SecretSafeInstaller.class.getClassLoader();
    }
}
