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
import org.junit.jupiter.api.Test;

class ColumnArraysTest {

    @Test
    void valuesFitTheirColumnTypeByClass() {
        assertThat(ColumnArrays.fits("varchar", Arrays.asList("a", null))).isTrue();
        assertThat(ColumnArrays.fits("uuid", Arrays.asList(UUID.randomUUID(), null)))
                .isTrue();
        assertThat(ColumnArrays.fits("int8", Arrays.asList(1L, 2))).isTrue();
        assertThat(ColumnArrays.fits("timestamptz", Arrays.asList(OffsetDateTime.now(), Instant.now())))
                .isTrue();
        // no text form here: the VALUES statement binds them through the provider
        assertThat(ColumnArrays.fits("int4", Arrays.asList(1, 2L))).isFalse();
        assertThat(ColumnArrays.fits("timestamp", Arrays.asList(OffsetDateTime.now())))
                .isFalse();
        assertThat(ColumnArrays.fits("bytea", Arrays.asList(new byte[] {1}))).isFalse();
        assertThat(ColumnArrays.fits("date", Arrays.asList(LocalDate.of(-5, 1, 1))))
                .isFalse();
        assertThat(ColumnArrays.fits("date", Arrays.asList(LocalDate.of(10_000, 1, 1))))
                .isFalse();
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
