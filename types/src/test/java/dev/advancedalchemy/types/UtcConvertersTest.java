package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UtcConvertersTest {

    @Test
    void instantsAreTruncatedToMicrosecondsAtUtc() {
        OffsetDateTime db =
                new UtcInstantConverter().convertToDatabaseColumn(Instant.parse("2024-01-01T00:00:00.999999999Z"));
        assertThat(db).isEqualTo(OffsetDateTime.parse("2024-01-01T00:00:00.999999Z"));
        assertThat(db.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void instantsReadFromAnyOffsetKeepTheirInstant() {
        assertThat(new UtcInstantConverter()
                        .convertToEntityAttribute(OffsetDateTime.parse("2024-01-01T05:30:00+05:30")))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void offsetDateTimesAreNormalisedToUtcExactlyOnce() {
        UtcOffsetDateTimeConverter converter = new UtcOffsetDateTimeConverter();
        OffsetDateTime stored =
                converter.convertToDatabaseColumn(OffsetDateTime.parse("2025-01-01T09:00:00.1234567+02:00"));
        assertThat(stored).isEqualTo(OffsetDateTime.parse("2025-01-01T07:00:00.123456Z"));
        // reading and writing again is a fixed point: no second shift
        OffsetDateTime again = converter.convertToDatabaseColumn(converter.convertToEntityAttribute(stored));
        assertThat(again).isEqualTo(stored);
        assertThat(converter.convertToEntityAttribute(OffsetDateTime.parse("2025-01-01T02:00:00-05:00")))
                .isEqualTo(OffsetDateTime.parse("2025-01-01T07:00:00Z"));
    }

    @Test
    void nullStaysNull() {
        assertThat(new UtcInstantConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new UtcInstantConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new UtcOffsetDateTimeConverter().convertToDatabaseColumn(null))
                .isNull();
        assertThat(new UtcOffsetDateTimeConverter().convertToEntityAttribute(null))
                .isNull();
    }

    @Test
    void bigIntIdentityDegradesOnlyWhereNeeded() {
        assertThat(BigIntIdentity.sqlType("PostgreSQL")).isEqualTo("BIGINT");
        assertThat(BigIntIdentity.sqlType("MariaDB")).isEqualTo("BIGINT");
        assertThat(BigIntIdentity.sqlType("H2")).isEqualTo("BIGINT");
        assertThat(BigIntIdentity.sqlType("SQLite")).isEqualTo("INTEGER");
        assertThat(BigIntIdentity.sqlType("Oracle")).isEqualTo("NUMBER(19)");
    }
}
