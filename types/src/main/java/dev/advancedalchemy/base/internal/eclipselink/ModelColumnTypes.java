package dev.advancedalchemy.base.internal.eclipselink;

import dev.advancedalchemy.types.internal.eclipselink.ColumnTypeInstaller;
import dev.advancedalchemy.types.spi.eclipselink.Descriptors;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.Platform;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.SerializedObjectConverter;
import org.eclipse.persistence.mappings.converters.TypeConversionConverter;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.jspecify.annotations.Nullable;

/**
 * Makes EclipseLink store {@code UUID} and {@code Instant} attributes with the column types the model layer
 * promises; EclipseLink 5's own choices are {@code NUMERIC(16)} for UUIDs on H2 and second-precision
 * {@code TIMESTAMP} on MariaDB, EclipseLink 4's are {@code VARCHAR} for UUIDs on H2 and a serialized blob
 * ({@code bytea}, {@code BLOB}) for every {@code Instant}.
 */
public final class ModelColumnTypes {
    /** EclipseLink 4's converter of {@code UUID} attributes (to and from text); EclipseLink 5 has none. */
    private static final String ECLIPSELINK4_UUID_CONVERTER =
            "org.eclipse.persistence.mappings.converters.UUIDConverter";

    private ModelColumnTypes() {}

    /**
     * Arranges for the column types to be applied to every descriptor of {@code session} once the database
     * platform is known: EclipseLink detects it while logging in, after session customizers ran and before the
     * descriptors are initialized, which is when its {@code postConnect} event fires.
     */
    public static void apply(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            private boolean applied;

            @Override
            public void postConnect(SessionEvent event) {
                if (!applied) {
                    applied = true;
                    applyNow(event.getSession());
                }
            }
        });
    }

    private static void applyNow(Session session) {
        Platform platform = session.getDatasourcePlatform();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : Descriptors.mappings(descriptor)) {
                // EclipseLink itself puts a TypeConversionConverter (5) or a UUIDConverter (4) on UUID attributes
                // and a SerializedObjectConverter (4) on Instants; other converters are the application's and
                // decide the column themselves.
                if (mapping instanceof DirectToFieldMapping direct
                        && direct.getConverter() instanceof SerializedObjectConverter
                        && direct.getField() != null
                        && direct.getField().getColumnDefinition().isEmpty()
                        && attributeType(descriptor.getJavaClass(), direct) == Instant.class) {
                    // EclipseLink 4: an Instant is not a basic type there, so it would be serialized into a blob
                    direct.setConverter(ColumnTypeInstaller.utcInstant());
                } else if (mapping instanceof DirectToFieldMapping direct
                        && (direct.getConverter() == null
                                || direct.getConverter() instanceof TypeConversionConverter
                                || direct.getConverter().getClass().getName().equals(ECLIPSELINK4_UUID_CONVERTER))
                        && direct.getField() != null) {
                    Class<?> type = attributeType(descriptor.getJavaClass(), direct);
                    if (type == UUID.class) {
                        uuid(platform, direct.getField());
                        // The primary key list holds its own DatabaseField objects, which DDL generation reads.
                        for (DatabaseField key : descriptor.getPrimaryKeyFields()) {
                            if (key.getName().equals(direct.getField().getName())) {
                                uuid(platform, key);
                            }
                        }
                    } else if (type == Instant.class && direct.getConverter() == null) {
                        instant(platform, direct);
                    }
                }
            }
        }
    }

    private static void uuid(Platform platform, DatabaseField field) {
        // PostgreSQL (native uuid) and MySQL/MariaDB (BINARY(16), bound big-endian) are right by default.
        if (platform instanceof H2Platform && field.getColumnDefinition().isEmpty()) {
            field.setColumnDefinition("UUID");
        }
    }

    private static void instant(Platform platform, DirectToFieldMapping mapping) {
        DatabaseField field = mapping.getField();
        if (!field.getColumnDefinition().isEmpty()) {
            return; // the application chose a column type explicitly
        }
        if (platform instanceof MySQLPlatform) {
            // DATETIME keeps no zone: store the UTC wall time so the value does not depend on the JVM's zone.
            field.setColumnDefinition("DATETIME(6)");
            mapping.setConverter(new UtcDateTimeConverter(true));
        } else if (platform instanceof PostgreSQLPlatform || platform instanceof H2Platform) {
            field.setColumnDefinition("TIMESTAMP(6) WITH TIME ZONE");
            mapping.setConverter(new UtcDateTimeConverter(false));
        }
    }

    private static @Nullable Class<?> attributeType(@Nullable Class<?> type, DirectToFieldMapping mapping) {
        if (mapping.getAttributeClassification() != null) {
            return mapping.getAttributeClassification();
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(mapping.getAttributeName())) {
                    return f.getType();
                }
            }
        }
        return null;
    }
}
