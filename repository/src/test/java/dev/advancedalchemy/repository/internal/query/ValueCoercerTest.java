package dev.advancedalchemy.repository.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueCoercerTest {
    enum Color {
        RED
    }

    private static Object coerce(Object value, Class<?> type) {
        return ValueCoercer.coerce(value, new FieldRef("f", List.of("f"), List.of(), type, true, false), "E");
    }

    @Test
    void convertsJsonFormsToTheAttributeType() {
        assertThat(coerce("2000-01-01T00:00:00Z", Instant.class)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(coerce("2000-01-01T02:00:00+02:00", Instant.class)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(coerce("2000-01-01", Instant.class)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(coerce(Instant.parse("2000-01-01T00:00:00Z"), OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.parse("2000-01-01T00:00:00Z"));
        assertThat(coerce("2000-01-01T05:06:07", LocalDateTime.class))
                .isEqualTo(LocalDateTime.parse("2000-01-01T05:06:07"));
        assertThat(coerce("2000-01-01T05:06:07Z", LocalDate.class)).isEqualTo(LocalDate.parse("2000-01-01"));
        assertThat(coerce(7, Long.class)).isEqualTo(7L);
        assertThat(coerce("7", Integer.class)).isEqualTo(7);
        assertThat(coerce(1.5, BigDecimal.class)).isEqualTo(new BigDecimal("1.5"));
        assertThat(coerce("red", Color.class)).isEqualTo(Color.RED);
        assertThat(coerce("0192a0b0c0d07e8f9a0b0c0d0e0f1011", UUID.class))
                .isEqualTo(UUID.fromString("0192a0b0-c0d0-7e8f-9a0b-0c0d0e0f1011"));
        assertThat(coerce("TRUE", Boolean.class)).isEqualTo(true);
    }

    @Test
    void rejectsLossyOrWrongValuesWithoutEchoingThem() {
        assertThatThrownBy(() -> coerce(1.5, Long.class))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("E.f is not a valid Long");
        assertThatThrownBy(() -> coerce("s3cr3t", Instant.class))
                .hasMessageContaining("ISO-8601")
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> coerce(List.of(), String.class)).hasMessageContaining("must be a String");
    }
}
