package dev.advancedalchemy.base.internal.eclipselink;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes an {@link Instant} attribute whatever the driver hands back: for a zone-less DATETIME column
 * (MariaDB/MySQL) the UTC wall time is stored, so the value does not depend on the JVM's zone; for a
 * {@code TIMESTAMP WITH TIME ZONE} column the instant is bound as is, and the {@code OffsetDateTime} H2 returns
 * (which EclipseLink 5 cannot convert) is read back.
 */
final class UtcDateTimeConverter implements Converter {
    private static final long serialVersionUID = 1L;

    private final boolean zonelessColumn;

    UtcDateTimeConverter(boolean zonelessColumn) {
        this.zonelessColumn = zonelessColumn;
    }

    @Override
    public @Nullable Object convertObjectValueToDataValue(@Nullable Object objectValue, Session session) {
        if (objectValue == null || !zonelessColumn) {
            return objectValue;
        }
        return LocalDateTime.ofInstant((Instant) objectValue, ZoneOffset.UTC);
    }

    @Override
    public @Nullable Object convertDataValueToObjectValue(@Nullable Object dataValue, Session session) {
        if (dataValue == null) {
            return null;
        }
        if (dataValue instanceof Instant instant) {
            return instant;
        }
        if (dataValue instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (dataValue instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (dataValue instanceof Timestamp timestamp) {
            // From a zone-less column the driver built the Timestamp from the stored UTC wall time in the JVM's
            // zone; undo that. From a zoned column the Timestamp is the instant itself.
            return zonelessColumn ? timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC) : timestamp.toInstant();
        }
        throw new IllegalStateException(
                "cannot read an Instant from a " + dataValue.getClass().getName());
    }

    @Override
    public boolean isMutable() {
        return false;
    }

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
        if (zonelessColumn && mapping instanceof DirectToFieldMapping direct) {
            direct.setFieldClassification(LocalDateTime.class);
        }
    }
}
