package dev.advancedalchemy.types.internal.eclipselink;

import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.types.internal.columns.ColumnStorage;
import dev.advancedalchemy.types.internal.columns.JdbcValue;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.AttributeConverter;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;
import org.jspecify.annotations.Nullable;

/**
 * EclipseLink converter that runs the user's JPA {@code AttributeConverter} and then declares and binds the column
 * as the {@link ColumnStorage} says for the database the session is logged into.
 */
final class ColumnTypeConverter implements Converter {
    private static final long serialVersionUID = 1L;

    private final transient AttributeConverter<Object, Object> delegate;
    private final transient ColumnStorage storage;
    private Database dialect = Database.OTHER;

    @SuppressWarnings("unchecked")
    ColumnTypeConverter(AttributeConverter<?, ?> delegate, ColumnStorage storage) {
        this.delegate = (AttributeConverter<Object, Object>) delegate;
        this.storage = storage;
    }

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
        // the platform is known here (after login), unlike in a customizer that runs before auto-detection
        dialect = Database.fromClass(session.getDatasourcePlatform().getClass());
        storage.unsupportedReason(dialect).ifPresent(reason -> {
            throw new RepositoryDefinitionException(
                    mapping.getDescriptor().getJavaClassName() + "." + mapping.getAttributeName() + ": " + reason);
        });
        DatabaseField field = mapping.getField();
        if (field.getColumnDefinition() == null || field.getColumnDefinition().isEmpty()) {
            field.setColumnDefinition(storage.columnDefinition(dialect));
        }
        field.setSqlType(storage.nullSqlType(dialect));
        // EclipseLink converts a data value whose class differs from the field type (our JdbcBinding would become
        // its toString()); typing the field as JdbcBinding keeps it intact and makes reads use getObject(), while
        // String makes EclipseLink bind with setString and read with getString
        Class<?> fieldType = storage.exchangesText(dialect) ? String.class : JdbcBinding.class;
        field.setType(fieldType);
        if (mapping instanceof DirectToFieldMapping direct) {
            direct.setFieldClassification(fieldType);
        }
    }

    @Override
    public @Nullable Object convertObjectValueToDataValue(@Nullable Object objectValue, Session session) {
        Object converted = delegate.convertToDatabaseColumn(objectValue);
        if (converted == null) {
            return null;
        }
        JdbcValue jdbc = storage.toJdbc(converted, dialect);
        return storage.exchangesText(dialect) ? jdbc.value() : new JdbcBinding(converted, jdbc);
    }

    @Override
    public @Nullable Object convertDataValueToObjectValue(@Nullable Object dataValue, Session session) {
        Object raw =
                dataValue instanceof JdbcBinding binding ? binding.converted() : storage.fromJdbc(dataValue, dialect);
        return delegate.convertToEntityAttribute(raw);
    }

    @Override
    public boolean isMutable() {
        return storage.mutable();
    }
}
