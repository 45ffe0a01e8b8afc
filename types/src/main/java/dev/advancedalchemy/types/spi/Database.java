package dev.advancedalchemy.repository.internal.dialect;

import java.util.Locale;

/** The database products the repository engine knows how to speak to natively. */
public enum Database {
    H2,
    POSTGRESQL,
    MARIADB,
    MYSQL,
    ORACLE,
    SQLSERVER,
    /** Anything else: only portable JPA is used. */
    OTHER;

    /**
     * Maps a JDBC {@code DatabaseMetaData.getDatabaseProductName()} value to a database.
     *
     * @param productName the product name as the driver reports it
     * @return the database, or {@link #OTHER} when unknown
     */
    public static Database fromProductName(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return H2;
        } else if (p.contains("postgres")) {
            return POSTGRESQL;
        } else if (p.contains("mariadb")) {
            return MARIADB;
        } else if (p.contains("mysql")) {
            return MYSQL;
        } else if (p.contains("oracle")) {
            return ORACLE;
        } else if (p.contains("microsoft sql server") || p.contains("sqlserver")) {
            return SQLSERVER;
        }
        return OTHER;
    }

    /**
     * Maps a JDBC URL ({@code jdbc:<subprotocol>:…}) to a database.
     *
     * @param jdbcUrl the URL
     * @return the database, or {@link #OTHER} when unknown
     */
    public static Database fromJdbcUrl(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:")) {
            return OTHER;
        }
        String sub = u.substring(5, Math.max(5, u.indexOf(':', 5)));
        return switch (sub) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            case "mariadb" -> MARIADB;
            case "mysql" -> MYSQL;
            case "oracle" -> ORACLE;
            case "sqlserver" -> SQLSERVER;
            default -> OTHER;
        };
    }

    /** Whether this database's default string comparison (and so {@code LIKE}) ignores case. */
    public boolean caseInsensitiveByDefault() {
        return this == MARIADB || this == MYSQL || this == SQLSERVER;
    }
}
