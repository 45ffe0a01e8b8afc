package dev.advancedalchemy.types;

import java.util.Locale;

/**
 * The database-generated {@code BIGINT} id, Python's {@code BigIntIdentity}: a 64-bit integer key assigned by the
 * database's identity/auto-increment column, degraded to {@code INTEGER} only where the dialect needs it.
 *
 * <p>Map it with plain JPA; both providers then create the column below:
 *
 * <pre>{@code
 * @Id
 * @GeneratedValue(strategy = GenerationType.IDENTITY)
 * @Column(name = "id")
 * private Long id;
 * }</pre>
 *
 * <table>
 *   <caption>what the mapping creates</caption>
 *   <tr><th>database</th><th>column</th><th>notes</th></tr>
 *   <tr><td>PostgreSQL</td><td>{@code bigint} identity column ({@code int8})</td><td>both providers (EclipseLink 4's
 *   broken {@code BIGINT SERIAL} is gone in 5)</td></tr>
 *   <tr><td>MariaDB / MySQL</td><td>{@code BIGINT AUTO_INCREMENT}</td><td></td></tr>
 *   <tr><td>H2</td><td>{@code BIGINT} identity</td><td>EclipseLink reads the new id with {@code CALL IDENTITY()},
 *   so its H2 URLs need {@code MODE=LEGACY}</td></tr>
 *   <tr><td>SQLite</td><td>{@code INTEGER}</td><td>only an {@code INTEGER PRIMARY KEY} auto-increments there; it is
 *   64-bit anyway</td></tr>
 * </table>
 *
 * <p>None of our three test databases needs the degraded form: on H2, PostgreSQL and MariaDB the column is always
 * {@code BIGINT}. {@link #sqlType(String)} states the rule for code that writes DDL itself (migrations).
 */
public final class BigIntIdentity {

    private BigIntIdentity() {}

    /**
     * The column type of a {@code BigIntIdentity} id on a database.
     *
     * <pre>{@code
     * BigIntIdentity.sqlType("PostgreSQL"); // "BIGINT"
     * BigIntIdentity.sqlType("SQLite");     // "INTEGER"
     * }</pre>
     *
     * @param databaseProductName {@code DatabaseMetaData.getDatabaseProductName()}, e.g. {@code "MariaDB"}
     * @return {@code "INTEGER"} where only an integer primary key auto-increments (SQLite), {@code "NUMBER(19)"} on
     *     Oracle, otherwise {@code "BIGINT"}
     */
    public static String sqlType(String databaseProductName) {
        String name = databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("sqlite")) {
            return "INTEGER";
        }
        if (name.contains("oracle")) {
            return "NUMBER(19)";
        }
        return "BIGINT";
    }
}
