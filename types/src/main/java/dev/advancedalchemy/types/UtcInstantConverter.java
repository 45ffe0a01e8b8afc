package dev.advancedalchemy.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Stores an {@link Instant} as a UTC timestamp with microsecond precision: {@code TIMESTAMP(6) WITH TIME ZONE} on
 * PostgreSQL and H2, {@code DATETIME(6)} holding UTC on MariaDB (the Python library's {@code DateTimeUTC} layout).
 *
 * <pre>{@code
 * @Convert(converter = UtcInstantConverter.class)
 * @Column(name = "happened_at")
 * private Instant happenedAt;
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Values are truncated (not rounded) to microseconds before they are written, so what is read back equals
 *       {@code value.truncatedTo(ChronoUnit.MICROS)} on every database; the JVM default time zone plays no part.
 *   <li>Hibernate 7 needs nothing more. EclipseLink needs
 *       {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource} set so the column is declared and bound per database instead of through EclipseLink's defaults, which convert through
 *       {@code java.sql.Timestamp} and the JVM default time zone.
 *   <li>{@code null} is stored as SQL {@code NULL}.
 * </ul>
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    /** Returns the instant at offset UTC, truncated to microseconds. */
    @Override
    public @Nullable OffsetDateTime convertToDatabaseColumn(@Nullable Instant attribute) {
        return attribute == null
                ? null
                : attribute.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** Returns the stored instant, whatever offset the driver reported it in. */
    @Override
    public @Nullable Instant convertToEntityAttribute(@Nullable OffsetDateTime dbData) {
        return dbData == null ? null : dbData.toInstant();
    }
}
