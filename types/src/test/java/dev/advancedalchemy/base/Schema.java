package dev.advancedalchemy.base;

import dev.advancedalchemy.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads tables and columns of the test class's schema from JDBC metadata. */
final class Schema {
    /** One column as the database describes it. */
    record Column(String name, String typeName, int size, int decimalDigits) {}

    private Schema() {}

    /** Lower-cased names of the tables in the schema. */
    static List<String> tables(TestDatabase db) throws SQLException {
        try (Connection c = db.connection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    /** Lower-cased names of the sequences in the schema (PostgreSQL and H2 metadata; MariaDB lists them as tables). */
    static List<String> sequences(TestDatabase db) throws SQLException {
        try (Connection c = db.connection();
                ResultSet rs =
                        c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"SEQUENCE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    /** The columns of {@code table} (any case), keyed by lower-cased column name. */
    static Map<String, Column> columns(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connection()) {
            DatabaseMetaData md = c.getMetaData();
            String actual = actualTableName(c, table);
            Map<String, Column> columns = new LinkedHashMap<>();
            try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), actual, "%")) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    columns.put(
                            name,
                            new Column(
                                    name,
                                    rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT),
                                    rs.getInt("COLUMN_SIZE"),
                                    rs.getInt("DECIMAL_DIGITS")));
                }
            }
            return columns;
        }
    }

    private static String actualTableName(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.equalsIgnoreCase(table)) {
                    return name;
                }
            }
        }
        throw new AssertionError("no table " + table + " in " + db(c));
    }

    private static String db(Connection c) throws SQLException {
        return c.getMetaData().getURL();
    }
}
