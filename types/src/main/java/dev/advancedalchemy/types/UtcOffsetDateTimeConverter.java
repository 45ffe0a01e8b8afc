package dev.advancedalchemy.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Stores an {@link OffsetDateTime} normalised to UTC with microsecond precision and reads it back at offset UTC:
 * {@code 2025-01-01T09:00+02:00} is stored and returned as {@code 2025-01-01T07:00Z} (the same instant, shifted
 * exactly once). Column types as for {@link UtcInstantConverter}.
 *
 * <pre>{@code
 * @Convert(converter = UtcOffsetDateTimeConverter.class)
 * @Column(name = "starts_at")
 * private OffsetDateTime startsAt;
 * }</pre>
 *
 * <p>The original offset is not kept (store it in a separate column if you need it); the returned value is equal to
 * {@code value.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)}. EclipseLink needs
 * {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource} set; Hibernate 7 needs nothing more.
 */
@Converter
public class UtcOffsetDateTimeConverter implements AttributeConverter<OffsetDateTime, OffsetDateTime> {

    /** Returns the same instant at offset UTC, truncated to microseconds. */
    @Override
    public @Nullable OffsetDateTime convertToDatabaseColumn(@Nullable OffsetDateTime attribute) {
        return attribute == null
                ? null
                : attribute.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Returns the stored instant at offset UTC. */
    @Override
    public @Nullable OffsetDateTime convertToEntityAttribute(@Nullable OffsetDateTime dbData) {
        return dbData == null ? null : dbData.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
