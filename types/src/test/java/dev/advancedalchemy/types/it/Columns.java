package dev.advancedalchemy.types.it;

import dev.advancedalchemy.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Reads what the provider really created, through JDBC metadata. */
record Columns(String typeName, int decimalDigits) {

    static Columns of(TestDatabase db, String table, String column) throws SQLException {
        try (Connection c = db.connection()) {
            DatabaseMetaData md = c.getMetaData();
            for (String t : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                for (String col : new String[] {column, column.toUpperCase(Locale.ROOT)}) {
                    try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), t, col)) {
                        if (rs.next()) {
                            return new Columns(
                                    rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT), rs.getInt("DECIMAL_DIGITS"));
                        }
                    }
                }
            }
        }
        throw new AssertionError("no column " + table + "." + column + " in " + db);
    }

    /** Fractional-second digits of a timestamp column (MariaDB reports them only in information_schema). */
    static int fractionalDigits(TestDatabase db, String table, String column) throws SQLException {
        if (db.db() != dev.advancedalchemy.testing.Db.MARIADB) {
            return of(db, table, column).decimalDigits();
        }
        try (Connection c = db.connection();
                var ps = c.prepareStatement("select DATETIME_PRECISION from information_schema.COLUMNS"
                        + " where TABLE_SCHEMA = database() and TABLE_NAME = ? and COLUMN_NAME = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no column " + table + "." + column);
                }
                return rs.getInt(1);
            }
        }
    }

    /** MariaDB's JSON is LONGTEXT plus a CHECK (json_valid(column)) constraint; true when that check exists. */
    static boolean hasJsonValidCheck(TestDatabase db, String table, String column) throws SQLException {
        try (Connection c = db.connection();
                var ps = c.prepareStatement("select CHECK_CLAUSE from information_schema.CHECK_CONSTRAINTS"
                        + " where CONSTRAINT_SCHEMA = database() and TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String clause = rs.getString(1).toLowerCase(Locale.ROOT).replace("`", "");
                    if (clause.contains("json_valid(" + column + ")")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The column's declared type from {@code information_schema.columns}, lower case: {@code COLUMN_TYPE} on MariaDB
     * ({@code binary(16)}), {@code data_type} on PostgreSQL ({@code uuid}), {@code DATA_TYPE} plus the character
     * length on H2 ({@code uuid}, {@code character(32)}).
     */
    static String declaredType(TestDatabase db, String table, String column) throws SQLException {
        String sql = switch (db.db()) {
            case MARIADB ->
                "select COLUMN_TYPE from information_schema.COLUMNS"
                        + " where TABLE_SCHEMA = database() and TABLE_NAME = ? and COLUMN_NAME = ?";
            case POSTGRES ->
                "select data_type from information_schema.columns"
                        + " where table_schema = current_schema() and table_name = ? and column_name = ?";
            case H2 ->
                "select DATA_TYPE || coalesce('(' || CHARACTER_MAXIMUM_LENGTH || ')', '')"
                        + " from INFORMATION_SCHEMA.COLUMNS"
                        + " where TABLE_SCHEMA = current_schema and TABLE_NAME = upper(?) and COLUMN_NAME = upper(?)";
        };
        try (Connection c = db.connection();
                var ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no column " + table + "." + column + " in " + db);
                }
                return rs.getString(1).toLowerCase(Locale.ROOT);
            }
        }
    }
}
