package dev.advancedalchemy.types.internal.columns;

import java.util.Locale;

/** The database families whose column declarations and bindings differ for our column types. */
public enum ColumnDialect {
    H2,
    POSTGRESQL,
    /** MariaDB and MySQL share one platform class in EclipseLink and one storage rule here. */
    MARIADB,
    /** Oracle: declarations only (no Oracle server in our test matrix; DDL is unit-tested). */
    ORACLE,
    /** Microsoft SQL Server: declarations only (no SQL Server in our test matrix; DDL is unit-tested). */
    SQLSERVER,
    /** A database we do not test on: standard SQL declarations, plain JDBC binding. */
    OTHER;

    /**
     * Detects the dialect from a provider platform class name (EclipseLink {@code PostgreSQLPlatform}, Hibernate
     * {@code PostgreSQLDialect}) or a JDBC product name.
     */
    public static ColumnDialect fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // the simple class name avoids matching package names such as "org.eclipse.persistence.platform"
        String simple = n.substring(n.lastIndexOf('.') + 1);
        if (simple.contains("postgres")) {
            return POSTGRESQL;
        }
        if (simple.contains("mariadb") || simple.contains("mysql")) {
            return MARIADB;
        }
        if (simple.contains("oracle")) {
            return ORACLE;
        }
        if (simple.contains("sqlserver") || simple.contains("sql server")) {
            return SQLSERVER;
        }
        if (simple.startsWith("h2")) {
            return H2;
        }
        return OTHER;
    }
}
