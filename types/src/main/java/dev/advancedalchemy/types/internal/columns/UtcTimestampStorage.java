package dev.advancedalchemy.types.internal.columns;

import dev.advancedalchemy.exceptions.ConversionException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * UTC date-times with microsecond precision: {@code TIMESTAMP(6) WITH TIME ZONE} where the database has it, and
 * {@code DATETIME(6)} holding the UTC wall-clock time on MariaDB (as the Python library's {@code DateTimeUTC}
 * does). Values are bound and read as {@code java.time} objects, never through {@code java.sql.Timestamp}, whose
 * conversion through the JVM default time zone is what shifts values twice.
 */
public final class UtcTimestampStorage implements ColumnStorage {

    @Override
    public String columnDefinition(ColumnDialect dialect) {
        return dialect == ColumnDialect.MARIADB ? "DATETIME(6)" : "TIMESTAMP(6) WITH TIME ZONE";
    }

    @Override
    public JdbcValue toJdbc(Object converted, ColumnDialect dialect) {
        OffsetDateTime utc = ((OffsetDateTime) converted).withOffsetSameInstant(ZoneOffset.UTC);
        if (dialect == ColumnDialect.MARIADB) {
            return new JdbcValue(utc.toLocalDateTime(), Types.TIMESTAMP);
        }
        return new JdbcValue(utc, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public int nullSqlType(ColumnDialect dialect) {
        return dialect == ColumnDialect.MARIADB ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE;
    }

    @Override
    public boolean mutable() {
        return false;
    }

    @Override
    public @Nullable Object fromJdbc(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (raw instanceof LocalDateTime ldt) {
            // a column without an offset holds the UTC wall-clock time we wrote
            return ldt.atOffset(ZoneOffset.UTC);
        }
        if (raw instanceof ZonedDateTime zdt) {
            return zdt.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (raw instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (raw instanceof Timestamp ts) {
            // drivers build a Timestamp for an offset-less column from its wall-clock fields
            return ts.toLocalDateTime().atOffset(ZoneOffset.UTC);
        }
        throw new ConversionException(
                "ALCH-1453",
                "a UTC date-time column returned a " + raw.getClass().getName()
                        + "; declare the column as TIMESTAMP(6) WITH TIME ZONE (DATETIME(6) on MariaDB)",
                null);
    }

    @Override
    public Class<?> databaseJavaType() {
        return OffsetDateTime.class;
    }
}
