package dev.advancedalchemy.types.internal.columns;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.types.spi.Database;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * UTC date-times with microsecond precision: {@code TIMESTAMP(6) WITH TIME ZONE} where the database has it, and
 * {@code DATETIME(6)} holding the UTC wall-clock time on MariaDB (as the Python library's {@code DateTimeUTC}
 * does). Values are bound and read as {@code java.time} objects, never through {@code java.sql.Timestamp}, whose
 * conversion through the JVM default time zone is what shifts values twice.
 */
public final class UtcTimestampStorage implements ColumnStorage {

    /** MariaDB's own DATETIME(6) text form; bound as a string it is stored exactly, with no zone conversion. */
    private static final DateTimeFormatter MARIADB_WRITE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

    /** Reads MariaDB's text with zero to six fractional digits. */
    private static final DateTimeFormatter MARIADB_TEXT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    @Override
    public String columnDefinition(Database dialect) {
        return dialect.isMariaDbFamily() ? "DATETIME(6)" : "TIMESTAMP(6) WITH TIME ZONE";
    }

    @Override
    public JdbcValue toJdbc(Object converted, Database dialect) {
        OffsetDateTime utc = ((OffsetDateTime) converted).withOffsetSameInstant(ZoneOffset.UTC);
        if (dialect.isMariaDbFamily()) {
            return new JdbcValue(MARIADB_WRITE.format(utc), Types.VARCHAR);
        }
        return new JdbcValue(utc, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public int nullSqlType(Database dialect) {
        return dialect.isMariaDbFamily() ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE;
    }

    @Override
    public boolean exchangesText(Database dialect) {
        return dialect.isMariaDbFamily();
    }

    @Override
    public boolean mutable() {
        return false;
    }

    @Override
    public @Nullable Object fromJdbc(@Nullable Object raw, Database dialect) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof String text) {
            // MariaDB's DATETIME(6) text, "2024-03-10 02:30:00.123456", holds the UTC wall-clock time
            try {
                return LocalDateTime.parse(text, MARIADB_TEXT).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new ConversionException(
                        "ALCH-1454",
                        "a UTC date-time column returned text that is not 'yyyy-MM-dd HH:mm:ss[.ffffff]'",
                        e);
            }
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
            // from a column with a time zone the driver's Timestamp is the right instant; from MariaDB's DATETIME
            // it was built from the stored (UTC) wall-clock fields in the JVM zone
            return dialect.isMariaDbFamily()
                    ? ts.toLocalDateTime().atOffset(ZoneOffset.UTC)
                    : ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new ConversionException(
                "ALCH-1453",
                "a UTC date-time column returned a " + raw.getClass().getName()
                        + "; declare the column as TIMESTAMP(6) WITH TIME ZONE (DATETIME(6) on MariaDB)",
                null);
    }
}
