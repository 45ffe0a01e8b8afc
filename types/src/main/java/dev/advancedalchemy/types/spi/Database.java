package dev.advancedalchemy.types.spi;

import java.util.Locale;

/**
 * The database products whose SQL, column declarations and bindings differ, detected by one set of rules from
 * whatever a caller has at hand: a JPA provider's platform or dialect class, a JDBC product name or a JDBC URL.
 *
 * <pre>{@code
 * Database.fromClassName("org.eclipse.persistence.platform.database.PostgreSQLPlatform"); // POSTGRESQL
 * Database.fromClassName("org.hibernate.dialect.MariaDBDialect");                         // MARIADB
 * Database.fromProductName("Microsoft SQL Server");                                        // SQLSERVER
 * Database.fromJdbcUrl("jdbc:mysql://db/app");                                             // MYSQL
 * }</pre>
 *
 * <p>Rules (the same for class names, product names and URL sub-protocols; case is ignored): a name containing
 * {@code postgres} is {@link #POSTGRESQL}, {@code mariadb} {@link #MARIADB}, {@code mysql} {@link #MYSQL},
 * {@code oracle} {@link #ORACLE}, {@code sqlserver} or {@code sql server} {@link #SQLSERVER}; a name starting with
 * {@code h2} is {@link #H2}; anything else is {@link #OTHER}. Of a class name only the simple name counts, so package
 * names such as {@code org.eclipse.persistence.platform} or {@code com.example.h2tools} do not confuse detection.
 * MySQL and MariaDB stay distinct (their SQL differs in places) but store our column types alike:
 * {@link #isMariaDbFamily()}.
 */
public enum Database {
    H2,
    POSTGRESQL,
    MARIADB,
    MYSQL,
    /** Oracle: declarations only (no Oracle server in our test matrix; DDL is unit-tested). */
    ORACLE,
    /** Microsoft SQL Server: declarations only (no SQL Server in our test matrix; DDL is unit-tested). */
    SQLSERVER,
    /** Anything else: only portable JPA and standard SQL declarations, plain JDBC binding. */
    OTHER;

    /**
     * Detects the database from a provider's platform or dialect class name: EclipseLink
     * {@code org.eclipse.persistence.platform.database.PostgreSQLPlatform}, Hibernate
     * {@code org.hibernate.dialect.PostgreSQLDialect}, or a simple name such as {@code H2Platform}.
     *
     * @param className a fully qualified, nested ({@code Outer$Inner}) or simple class name
     * @return the database, or {@link #OTHER} when unknown
     */
    public static Database fromClassName(String className) {
        int start = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1;
        return fromToken(className.substring(start));
    }

    /**
     * Detects the database from a provider's platform or dialect class, walking up its superclasses until a known
     * name appears, so that an application's {@code class AuditedPlatform extends PostgreSQLPlatform} or a community
     * dialect that extends a core one is detected as its parent.
     *
     * @param platformOrDialect the class of the provider's platform or dialect object
     * @return the database of the first class in the hierarchy with a known {@linkplain #fromClassName(String) name},
     *     or {@link #OTHER}
     */
    public static Database fromClass(Class<?> platformOrDialect) {
        for (Class<?> c = platformOrDialect; c != null && c != Object.class; c = c.getSuperclass()) {
            Database db = fromClassName(c.getName());
            if (db != OTHER) {
                return db;
            }
        }
        return OTHER;
    }

    /**
     * Detects the database from a JDBC {@code DatabaseMetaData.getDatabaseProductName()} value ({@code "PostgreSQL"},
     * {@code "MariaDB"}, {@code "MySQL"}, {@code "H2"}, {@code "Microsoft SQL Server"}, {@code "Oracle"}).
     *
     * @param productName the product name as the driver reports it
     * @return the database, or {@link #OTHER} when unknown
     */
    public static Database fromProductName(String productName) {
        return fromToken(productName);
    }

    /**
     * Detects the database from the sub-protocol of a JDBC URL ({@code jdbc:<subprotocol>:…}).
     *
     * @param jdbcUrl the URL, for example {@code jdbc:postgresql://localhost/app} or {@code jdbc:h2:mem:test}
     * @return the database, or {@link #OTHER} when unknown or not a JDBC URL
     */
    public static Database fromJdbcUrl(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:")) {
            return OTHER;
        }
        int end = u.indexOf(':', 5);
        return fromToken(u.substring(5, end < 0 ? u.length() : end));
    }

    // The one detection rule; callers pass a name without package (see the class comment).
    private static Database fromToken(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("postgres")) {
            return POSTGRESQL;
        } else if (n.contains("mariadb")) {
            return MARIADB;
        } else if (n.contains("mysql")) {
            return MYSQL;
        } else if (n.contains("oracle")) {
            return ORACLE;
        } else if (n.contains("sqlserver") || n.contains("sql server")) {
            return SQLSERVER;
        } else if (n.startsWith("h2")) {
            return H2;
        }
        return OTHER;
    }

    /**
     * Whether this is MariaDB or MySQL, which store our column types alike (UUIDs as {@code BINARY(16)}, JSON and
     * UTC timestamps exchanged as text, {@code DATETIME(6)}) and share {@code ON DUPLICATE KEY UPDATE}.
     */
    public boolean isMariaDbFamily() {
        return this == MARIADB || this == MYSQL;
    }

    /** Whether this database's default string comparison (and so {@code LIKE}) ignores case. */
    public boolean caseInsensitiveByDefault() {
        return isMariaDbFamily() || this == SQLSERVER;
    }
}
