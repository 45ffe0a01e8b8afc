package dev.advancedalchemy.types.internal.eclipselink;

import dev.advancedalchemy.exceptions.ConversionException;
import jakarta.persistence.AttributeConverter;
import org.eclipse.persistence.mappings.converters.ConverterClass;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's JPA converter wrapper without the value in its errors: {@link ConverterClass} wraps a failing
 * converter's exception in a {@code PersistenceException} whose message contains the value (the plaintext when
 * encrypting, the token when decrypting) and logs it; this subclass lets our secret-free {@link ConversionException}
 * through and replaces any other failure by one that names only the converter and attribute.
 */
final class SecretSafeConverterClass<T extends AttributeConverter<X, Y>, X, Y> extends ConverterClass<T, X, Y> {
    private static final long serialVersionUID = 1L;

    private final String where;

    SecretSafeConverterClass(
            String converterClassName,
            boolean isForMapKey,
            String fieldClassificationName,
            boolean disableConversion,
            String where) {
        super(converterClassName, isForMapKey, fieldClassificationName, disableConversion);
        this.where = where;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object convertObjectValueToDataValue(Object objectValue, Session session) {
        try {
            return getAttributeConverter().convertToDatabaseColumn((X) objectValue);
        } catch (ConversionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure("convertToDatabaseColumn", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object convertDataValueToObjectValue(Object dataValue, Session session) {
        try {
            return getAttributeConverter().convertToEntityAttribute((Y) dataValue);
        } catch (ConversionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure("convertToEntityAttribute", e);
        }
    }

    private ConversionException failure(String method, RuntimeException e) {
        // the cause's message may hold the value, so only its type is kept
        return new ConversionException(
                attributeConverterClassName + "." + method + " failed for " + where + " with "
                        + e.getClass().getName() + " (the value is not shown)",
                null);
    }
}
