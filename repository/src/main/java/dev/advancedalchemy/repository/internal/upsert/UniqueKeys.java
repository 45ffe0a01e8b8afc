package dev.advancedalchemy.repository.internal.upsert;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a table's unique indexes (primary key included) from JDBC metadata. */
final class UniqueKeys {
    private UniqueKeys() {}

    /**
     * The column sets (lower-cased) of the table's unique indexes, or empty when the table cannot be found in
     * the metadata (then nothing can be validated).
     */
    static Optional<Set<Set<String>>> of(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        for (String name :
                new LinkedHashSet<>(List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)))) {
            Map<String, Set<String>> indexes = new HashMap<>();
            try (ResultSet rs = meta.getIndexInfo(catalog, schema, name, true, true)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (index != null && column != null && !rs.getBoolean("NON_UNIQUE")) {
                        indexes.computeIfAbsent(index, k -> new HashSet<>()).add(column.toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!indexes.isEmpty()) {
                return Optional.of(Set.copyOf(indexes.values()));
            }
        }
        return Optional.empty();
    }
}
