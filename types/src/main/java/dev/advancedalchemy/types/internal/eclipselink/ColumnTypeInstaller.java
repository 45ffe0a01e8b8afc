package dev.advancedalchemy.types.internal.eclipselink;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.types.GuidConverter;
import dev.advancedalchemy.types.GuidHexConverter;
import dev.advancedalchemy.types.JsonConverter;
import dev.advancedalchemy.types.UtcInstantConverter;
import dev.advancedalchemy.types.UtcOffsetDateTimeConverter;
import dev.advancedalchemy.types.internal.columns.ColumnStorage;
import dev.advancedalchemy.types.internal.columns.GuidStorage;
import dev.advancedalchemy.types.internal.columns.JsonStorage;
import dev.advancedalchemy.types.internal.columns.UtcTimestampStorage;
import dev.advancedalchemy.types.spi.eclipselink.Descriptors;
import jakarta.persistence.AttributeConverter;
import java.lang.reflect.Field;
import java.util.Optional;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.mappings.converters.ConverterClass;

/**
 * Finds attributes whose JPA {@code @Convert} names one of our converters and swaps EclipseLink's generic wrapper for
 * a {@link ColumnTypeConverter} that declares and binds the column per database.
 */
public final class ColumnTypeInstaller {

    private ColumnTypeInstaller() {}

    /** Installs the column types on every direct mapping of {@code descriptor}. */
    public static void install(ClassDescriptor descriptor) {
        ClassLoader loader = loaderFor(descriptor);
        for (DatabaseMapping mapping : Descriptors.mappings(descriptor)) {
            if (mapping instanceof DirectToFieldMapping direct
                    && direct.getConverter() instanceof ConverterClass<?, ?, ?> wrapper) {
                Class<?> converterClass = converterClass(wrapper, loader, descriptor, mapping);
                storageFor(converterClass)
                        .ifPresent(storage -> direct.setConverter(
                                new ColumnTypeConverter(instantiate(converterClass, descriptor, mapping), storage)));
            }
        }
    }

    /**
     * The converter an {@code Instant} attribute gets where EclipseLink 4 would serialize it into a blob (EclipseLink 4
     * predates Jakarta Persistence 3.2, which made {@code Instant} a basic type): the same column and binding as
     * {@code @Convert(converter = UtcInstantConverter.class)}.
     */
    public static Converter utcInstant() {
        return new ColumnTypeConverter(new UtcInstantConverter(), new UtcTimestampStorage());
    }

    static Optional<ColumnStorage> storageFor(Class<?> converterClass) {
        if (JsonConverter.class.isAssignableFrom(converterClass)) {
            return Optional.of(new JsonStorage());
        }
        if (UtcInstantConverter.class.isAssignableFrom(converterClass)
                || UtcOffsetDateTimeConverter.class.isAssignableFrom(converterClass)) {
            return Optional.of(new UtcTimestampStorage());
        }
        if (GuidConverter.class.isAssignableFrom(converterClass)) {
            return Optional.of(GuidStorage.binary());
        }
        if (GuidHexConverter.class.isAssignableFrom(converterClass)) {
            return Optional.of(GuidStorage.hex());
        }
        return Optional.empty();
    }

    private static ClassLoader loaderFor(ClassDescriptor descriptor) {
        Class<?> entity = descriptor.getJavaClass();
        ClassLoader loader = entity != null ? entity.getClassLoader() : null;
        if (loader == null) {
            loader = Thread.currentThread().getContextClassLoader();
        }
        return loader != null ? loader : ColumnTypeInstaller.class.getClassLoader();
    }

    private static Class<?> converterClass(
            ConverterClass<?, ?, ?> wrapper, ClassLoader loader, ClassDescriptor descriptor, DatabaseMapping mapping) {
        try {
            // EclipseLink keeps the converter's class name in a protected field and offers no public getter
            Field name = ConverterClass.class.getDeclaredField("attributeConverterClassName");
            name.setAccessible(true);
            return Class.forName((String) name.get(wrapper), false, loader);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw failure(
                    "cannot read the @Convert converter of " + where(descriptor, mapping)
                            + " from EclipseLink; check the converter class is on the class path of the unit",
                    e);
        }
    }

    private static AttributeConverter<?, ?> instantiate(
            Class<?> converterClass, ClassDescriptor descriptor, DatabaseMapping mapping) {
        try {
            var constructor = converterClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (AttributeConverter<?, ?>) constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw failure(
                    "cannot create " + converterClass.getName() + " for " + where(descriptor, mapping)
                            + "; a converter needs a public no-argument constructor and must bind its type, "
                            + "e.g. 'class MyJson extends JsonConverter<MyRecord> {}'",
                    e);
        }
    }

    private static RepositoryDefinitionException failure(String problem, Exception cause) {
        RepositoryDefinitionException failure = new RepositoryDefinitionException(problem);
        failure.addSuppressed(cause); // the exception type takes no cause; keep the evidence anyway
        return failure;
    }

    private static String where(ClassDescriptor descriptor, DatabaseMapping mapping) {
        return descriptor.getJavaClassName() + "." + mapping.getAttributeName();
    }
}
