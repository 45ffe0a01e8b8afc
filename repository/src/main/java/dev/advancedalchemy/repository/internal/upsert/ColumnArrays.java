package dev.advancedalchemy.repository.internal.upsert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's columnar form of an upsert: one {@code text[]} parameter per column, cast to the column's type and
 * spread into rows by {@code unnest}, instead of one parameter per value. The statement then has a handful of
 * parameters whatever the row count, which PostgreSQL parses and plans in a fraction of the time of a
 * 30,000-parameter {@code VALUES} list. Only built-in types whose text form Java renders exactly as PostgreSQL reads
 * it qualify; a column of any other type (or a value of another class) keeps the {@code VALUES} form.
 */
final class ColumnArrays {
    private static final Map<String, Set<Class<?>>> TEXT_FORMS = Map.ofEntries(
            Map.entry("text", Set.of(String.class)),
            Map.entry("varchar", Set.of(String.class)),
            Map.entry("bpchar", Set.of(String.class)),
            Map.entry("uuid", Set.of(UUID.class, String.class)),
            Map.entry("int2", Set.of(Short.class, Byte.class, Integer.class)),
            Map.entry("int4", Set.of(Integer.class, Short.class, Byte.class)),
            Map.entry("int8", Set.of(Long.class, Integer.class, Short.class, Byte.class)),
            Map.entry(
                    "numeric",
                    Set.of(BigDecimal.class, BigInteger.class, Long.class, Integer.class, Short.class, Byte.class)),
            Map.entry("float4", Set.of(Float.class)),
            Map.entry("float8", Set.of(Double.class)), // a Float goes through float4 when bound, so not as text
            Map.entry("bool", Set.of(Boolean.class)),
            Map.entry("date", Set.of(LocalDate.class)),
            Map.entry("timestamp", Set.of(LocalDateTime.class)),
            Map.entry("timestamptz", Set.of(OffsetDateTime.class, Instant.class)));

    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-02T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T00:00:00Z");

    private ColumnArrays() {}

    /**
     * The PostgreSQL type names (lower case, e.g. {@code int8}) of the given columns of a table, in order, when every
     * one has a text form here; empty otherwise (or when the table is not found in the JDBC metadata).
     */
    static Optional<List<String>> types(Connection connection, String table, List<String> columns) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name :
                new LinkedHashSet<>(List.of(table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)))) {
            Map<String, String> byColumn = new HashMap<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
                while (rs.next()) {
                    byColumn.put(
                            rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!byColumn.isEmpty()) {
                List<@Nullable String> types = columns.stream()
                        .map(c -> byColumn.get(c.toLowerCase(Locale.ROOT)))
                        .toList();
                return types.stream().allMatch(t -> t != null && TEXT_FORMS.containsKey(t))
                        ? Optional.of(List.copyOf(types))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a value (database form) can be sent as text for a column of that type. */
    static boolean fits(String type, @Nullable Object value) {
        return value == null
                || (TEXT_FORMS.getOrDefault(type, Set.of()).contains(value.getClass()) && inYearRange(value));
    }

    // Java writes years outside 1..9999 with a sign or more digits, which PostgreSQL reads differently
    private static boolean inYearRange(Object value) {
        int year;
        if (value instanceof LocalDate d) {
            year = d.getYear();
        } else if (value instanceof LocalDateTime t) {
            year = t.getYear();
        } else if (value instanceof OffsetDateTime t) {
            year = t.getYear();
        } else if (value instanceof Instant i) {
            return !i.isBefore(FIRST_INSTANT) && i.isBefore(LAST_INSTANT);
        } else {
            return true;
        }
        return year >= 1 && year <= 9999;
    }

    /** The text PostgreSQL reads back as the value; {@code null} stays {@code null}. */
    static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t); // always with seconds
        }
        if (value instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        return value.toString(); // Instant: ISO-8601 in UTC with seconds, "Z"
    }
}
