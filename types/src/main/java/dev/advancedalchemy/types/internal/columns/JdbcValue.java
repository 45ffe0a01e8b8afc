package dev.advancedalchemy.types.internal.columns;

import java.util.Objects;

/**
 * A value ready for {@code PreparedStatement.setObject(index, value, sqlType)}: the binding a provider adapter
 * must use so that the driver sends the right type (for example {@code Types.OTHER} for a PostgreSQL {@code jsonb}).
 */
public record JdbcValue(Object value, int sqlType) {
    public JdbcValue {
        Objects.requireNonNull(value, "value");
    }
}
