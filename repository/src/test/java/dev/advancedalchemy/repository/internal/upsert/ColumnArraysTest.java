package dev.advancedalchemy.repository.internal.upsert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ColumnArraysTest {

    @Test
    void valuesFitTheirColumnTypeByClass() {
        assertThat(fitsAll("varchar", "a", null)).isTrue();
        assertThat(fitsAll("uuid", UUID.randomUUID(), null)).isTrue();
        assertThat(fitsAll("int8", 1L, 2)).isTrue();
        assertThat(fitsAll("timestamptz", OffsetDateTime.now(), Instant.now())).isTrue();
        // no text form here: the VALUES statement binds them through the provider
        assertThat(fitsAll("int4", 1, 2L)).isFalse();
        assertThat(fitsAll("timestamp", OffsetDateTime.now())).isFalse();
        assertThat(fitsAll("bytea", (Object) new byte[] {1})).isFalse();
        assertThat(fitsAll("date", LocalDate.of(-5, 1, 1))).isFalse();
        assertThat(fitsAll("date", LocalDate.of(10_000, 1, 1))).isFalse();
    }

    /** As the engine checks a column: every value must fit. */
    private static boolean fitsAll(String type, @Nullable Object... values) {
        return Arrays.stream(values).allMatch(value -> ColumnArrays.fits(type, value));
    }

    @Test
    void textFormsAreWhatPostgresReadsBack() {
        assertThat(ColumnArrays.text(null)).isNull();
        assertThat(ColumnArrays.text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ColumnArrays.text(LocalDateTime.of(2026, 1, 2, 3, 4))).isEqualTo("2026-01-02T03:04:00");
        assertThat(ColumnArrays.text(OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 5000, ZoneOffset.ofHours(2))))
                .isEqualTo("2026-01-02T03:04:00.000005+02:00");
        assertThat(ColumnArrays.text(Instant.parse("2026-01-02T03:04:00Z"))).isEqualTo("2026-01-02T03:04:00Z");
        assertThat(ColumnArrays.text("a \"b\", {c}\\")).isEqualTo("a \"b\", {c}\\");
    }
}
