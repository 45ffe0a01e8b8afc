package dev.advancedalchemy.types.spi.eclipselink;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * Reads a descriptor's tables, fields and mappings in a way that links against EclipseLink 4 and 5 alike.
 *
 * <p>EclipseLink 5 declares {@code getTables()}, {@code getFields()} and {@code getMappings()} as returning
 * {@code List}, EclipseLink 4 (the provider of Payara 6 and other Jakarta EE 10 servers) as returning {@code Vector}.
 * A direct call compiled against one version is a {@code NoSuchMethodError} on the other, so these go through
 * reflection (each method looked up once); both return types are {@code List}s.
 */
public final class Descriptors {
    private static final Method GET_TABLES = getter("getTables");
    private static final Method GET_FIELDS = getter("getFields");
    private static final Method GET_MAPPINGS = getter("getMappings");

    private Descriptors() {}

    /** {@code descriptor.getTables()}. */
    public static List<DatabaseTable> tables(ClassDescriptor descriptor) {
        return call(descriptor, GET_TABLES);
    }

    /** {@code descriptor.getFields()}. */
    public static List<DatabaseField> fields(ClassDescriptor descriptor) {
        return call(descriptor, GET_FIELDS);
    }

    /** {@code descriptor.getMappings()}. */
    public static List<DatabaseMapping> mappings(ClassDescriptor descriptor) {
        return call(descriptor, GET_MAPPINGS);
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> call(ClassDescriptor descriptor, Method getter) {
        try {
            return (List<E>) getter.invoke(descriptor);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("ClassDescriptor." + getter.getName() + "() failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("ClassDescriptor." + getter.getName() + "() is not accessible", e);
        }
    }

    private static Method getter(String name) {
        try {
            return ClassDescriptor.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(
                    "this EclipseLink version has no ClassDescriptor." + name + "(); use EclipseLink 4 or 5", e);
        }
    }
}
