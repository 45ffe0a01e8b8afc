package dev.advancedalchemy.repository.internal.upsert;

import dev.advancedalchemy.repository.internal.dialect.mapping.MappedColumn;
import java.util.List;
import java.util.Objects;

/**
 * Which columns one upsert statement inserts, matches on and overwrites.
 *
 * @param table the table as written in SQL
 * @param insert names of the inserted columns, in bind order
 * @param match names of the conflict-target columns (a subset of {@code insert})
 * @param update names of the columns an existing row takes from the new values
 * @param version name of the numeric version column incremented on update, or empty
 */
record UpsertPlan(String table, List<String> insert, List<String> match, List<String> update, String version) {

    /** Attributes (and their usual column names) that keep their first value: audit "created" columns. */
    private static final List<String> INSERT_ONLY = List.of("createdAt", "createdBy", "created_at", "created_by");

    UpsertPlan {
        Objects.requireNonNull(table, "table");
        insert = List.copyOf(insert);
        match = List.copyOf(match);
        update = List.copyOf(update);
        Objects.requireNonNull(version, "version");
        if (insert.isEmpty() || match.isEmpty()) {
            throw new IllegalArgumentException("an upsert needs inserted and matched columns");
        }
    }

    /** Whether a column keeps its inserted value when the row already exists. */
    static boolean keepsInsertedValue(MappedColumn column) {
        return column.kind() == MappedColumn.Kind.ID
                || !column.updatable()
                || INSERT_ONLY.contains(column.plainName().toLowerCase(java.util.Locale.ROOT))
                || (column.attribute() != null && INSERT_ONLY.contains(column.attribute()));
    }

    boolean hasVersion() {
        return !version.isEmpty();
    }
}
