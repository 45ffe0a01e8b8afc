package dev.advancedalchemy.repository.internal.upsert;

import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.types.spi.Database;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders the one native upsert statement per database for a plan and a number of rows. */
final class UpsertSql {
    private UpsertSql() {}

    /**
     * The statement for {@code rows} rows of the plan's insert columns, parameters row by row.
     *
     * @throws RepositoryException if the database has no native upsert support here
     */
    static String render(Database database, UpsertPlan plan, int rows) {
        return switch (database) {
            case POSTGRESQL -> postgres(plan, rows);
            case MARIADB, MYSQL -> mariadb(plan, rows);
            case H2 -> h2(plan, rows);
            default ->
                throw new RepositoryException(
                        "ALCH-1327",
                        "native upserts are not implemented for " + database
                                + " yet (supported: PostgreSQL, MariaDB/MySQL, H2)",
                        null);
        };
    }

    private static String postgres(UpsertPlan plan, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(plan.table())
                .append(" AS t (")
                .append(String.join(", ", plan.insert()))
                .append(") VALUES ");
        values(sql, plan.insert().size(), rows);
        sql.append(" ON CONFLICT (").append(String.join(", ", plan.match())).append(") DO UPDATE SET ");
        sql.append(assignments(plan, c -> "EXCLUDED." + c, "t."));
        return sql.toString();
    }

    /**
     * PostgreSQL's columnar form (see {@link ColumnArrays}): one array parameter per inserted column, cast to the
     * column's type, spread into rows by {@code unnest}; the same conflict handling as the {@code VALUES} form.
     *
     * @param types the PostgreSQL type of each inserted column, in plan order
     */
    static String postgresColumns(UpsertPlan plan, List<String> types) {
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(plan.table())
                .append(" AS t (")
                .append(String.join(", ", plan.insert()))
                .append(") SELECT * FROM unnest(")
                .append(types.stream().map(t -> "?::" + t + "[]").collect(Collectors.joining(", ")))
                .append(") ON CONFLICT (")
                .append(String.join(", ", plan.match()))
                .append(") DO UPDATE SET ");
        sql.append(assignments(plan, c -> "EXCLUDED." + c, "t."));
        return sql.toString();
    }

    private static String mariadb(UpsertPlan plan, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(plan.table())
                .append(" (")
                .append(String.join(", ", plan.insert()))
                .append(") VALUES ");
        values(sql, plan.insert().size(), rows);
        sql.append(" ON DUPLICATE KEY UPDATE ");
        sql.append(assignments(plan, c -> "VALUES(" + c + ")", ""));
        return sql.toString();
    }

    private static String h2(UpsertPlan plan, int rows) {
        String columns = String.join(", ", plan.insert());
        StringBuilder sql =
                new StringBuilder("MERGE INTO ").append(plan.table()).append(" t USING (VALUES ");
        values(sql, plan.insert().size(), rows);
        sql.append(") AS s (").append(columns).append(") ON ");
        sql.append(plan.match().stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" AND ")));
        sql.append(" WHEN MATCHED THEN UPDATE SET ").append(assignments(plan, c -> "s." + c, "t."));
        sql.append(" WHEN NOT MATCHED THEN INSERT (").append(columns).append(") VALUES (");
        sql.append(plan.insert().stream().map(c -> "s." + c).collect(Collectors.joining(", ")));
        return sql.append(')').toString();
    }

    private static void values(StringBuilder sql, int columns, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
    }

    private static String assignments(UpsertPlan plan, Function<String, String> newValue, String target) {
        List<String> set = new java.util.ArrayList<>();
        for (String column : plan.update()) {
            set.add(column + " = " + newValue.apply(column));
        }
        if (plan.hasVersion()) {
            set.add(plan.version() + " = " + target + plan.version() + " + 1");
        }
        if (set.isEmpty()) {
            // Nothing to overwrite: a self-assignment still locks the row, so the statement stays a no-op upsert.
            String first = plan.match().get(0);
            set.add(first + " = " + target + first);
        }
        return String.join(", ", set);
    }
}
