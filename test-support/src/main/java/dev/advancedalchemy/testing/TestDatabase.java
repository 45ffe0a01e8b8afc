package dev.advancedalchemy.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database one {@link DatabaseTest} invocation runs against: a schema (PostgreSQL), database (MariaDB) or
 * in-memory database (H2) of its own for the test class, created on first use and dropped when the class ends.
 */
public final class TestDatabase {
    private final Db db;
    private final String schema;
    private final JdbcUrl url;
    private final ExtensionContext.Store classStore;

    TestDatabase(Db db, String schema, JdbcUrl url, ExtensionContext.Store classStore) {
        this.db = db;
        this.schema = schema;
        this.url = url;
        this.classStore = classStore;
    }

    /** Which database this is. */
    public Db db() {
        return db;
    }

    /** The schema (PostgreSQL), database (MariaDB) or in-memory database name (H2) of this test class. */
    public String schema() {
        return schema;
    }

    /** The JDBC URL of this class's schema, without credentials (see {@link #user()}, {@link #password()}). */
    public String jdbcUrl() {
        return url.url();
    }

    /** The user to connect as. */
    public String user() {
        return url.user();
    }

    /** The password to connect with (often empty). */
    public String password() {
        return url.password();
    }

    /** The JDBC driver class name for this database. */
    public String driverClassName() {
        return switch (db) {
            case H2 -> "org.h2.Driver";
            case POSTGRES -> "org.postgresql.Driver";
            case MARIADB -> "org.mariadb.jdbc.Driver";
        };
    }

    /** Opens a new connection to this class's schema; the caller closes it. */
    public Connection connection() throws SQLException {
        return DatabaseServer.connect(url);
    }

    /** A (non-pooling) data source for this class's schema. */
    public DataSource dataSource() {
        return new SimpleDataSource(this);
    }

    /**
     * The {@code jakarta.persistence.jdbc.*} properties (url, user, password, driver) for this class's schema, to
     * pass to {@code Persistence.createEntityManagerFactory(unit, properties)}. The map is mutable so callers can
     * add provider properties.
     */
    public Map<String, String> jpaProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jakarta.persistence.jdbc.url", jdbcUrl());
        p.put("jakarta.persistence.jdbc.user", user());
        p.put("jakarta.persistence.jdbc.password", password());
        p.put("jakarta.persistence.jdbc.driver", driverClassName());
        return p;
    }

    /**
     * A resource shared by every test method of the class on this database (for example an
     * {@code EntityManagerFactory}), created on first request and closed after the class when it is
     * {@link AutoCloseable}.
     *
     * @param key a name unique within the test class
     * @param factory creates the resource on first request
     */
    public <T> T shared(String key, Supplier<T> factory) {
        Object holder = classStore.getOrComputeIfAbsent(
                "shared:" + db + ":" + key, k -> new SchemaLifecycle.Closing(factory.get()));
        @SuppressWarnings("unchecked")
        T value = (T) ((SchemaLifecycle.Closing) holder).value();
        return value;
    }

    @Override
    public String toString() {
        return db.label() + " " + url.withoutPassword();
    }
}
