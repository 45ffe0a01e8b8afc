package dev.advancedalchemy.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * One reachable database server of the matrix (or the reason it is unreachable), resolved once per test run.
 *
 * <p>Instances live in the root {@code ExtensionContext} store, which closes embedded servers and containers at
 * the end of the run.
 */
final class DatabaseServer implements AutoCloseable {
    static final String POSTGRES_ENV = "ALCHEMY_TEST_POSTGRES_URL";
    static final String MARIADB_ENV = "ALCHEMY_TEST_MARIADB_URL";

    private final Db db;
    private final @Nullable JdbcUrl adminUrl;
    private final @Nullable String unavailableReason;
    private final @Nullable AutoCloseable owned;

    private DatabaseServer(Db db, @Nullable JdbcUrl adminUrl, @Nullable String reason, @Nullable AutoCloseable owned) {
        this.db = db;
        this.adminUrl = adminUrl;
        this.unavailableReason = reason;
        this.owned = owned;
    }

    static DatabaseServer resolve(Db db) {
        return switch (db) {
            case H2 -> new DatabaseServer(db, JdbcUrl.parse("jdbc:h2:mem:admin"), null, null);
            case POSTGRES -> fromEnvOr(db, POSTGRES_ENV, DatabaseServer::embeddedPostgres);
            case MARIADB -> fromEnvOr(db, MARIADB_ENV, DatabaseServer::mariaDbContainer);
        };
    }

    private static DatabaseServer fromEnvOr(
            Db db, String env, java.util.function.Function<Db, DatabaseServer> fallback) {
        String url = System.getenv(env);
        if (url == null || url.isBlank()) {
            return fallback.apply(db);
        }
        JdbcUrl parsed = JdbcUrl.parse(url.trim());
        try (Connection ignored = connect(parsed)) {
            return new DatabaseServer(db, parsed, null, null);
        } catch (SQLException e) {
            return unavailable(db, env + "=" + parsed.withoutPassword() + " cannot be reached: " + e.getMessage());
        }
    }

    private static DatabaseServer embeddedPostgres(Db db) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            JdbcUrl url = JdbcUrl.parse(pg.getJdbcUrl("postgres", "postgres"));
            return new DatabaseServer(db, url, null, pg);
        } catch (Exception | LinkageError e) {
            return unavailable(db, POSTGRES_ENV + " is not set and embedded PostgreSQL failed to start: " + e);
        }
    }

    private static DatabaseServer mariaDbContainer(Db db) {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            docker = false;
        }
        if (!docker) {
            return unavailable(db, MARIADB_ENV + " is not set and no Docker engine is available for Testcontainers");
        }
        MariaDBContainer container = new MariaDBContainer("mariadb:10.11").withUsername("root");
        container.start();
        JdbcUrl url = JdbcUrl.parse(container.getJdbcUrl())
                .withParameter("user", container.getUsername())
                .withParameter("password", container.getPassword());
        return new DatabaseServer(db, url, null, container::stop);
    }

    private static DatabaseServer unavailable(Db db, String reason) {
        return new DatabaseServer(db, null, reason, null);
    }

    static Connection connect(JdbcUrl url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", url.user());
        props.setProperty("password", url.password());
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection(url.url(), props);
    }

    Db db() {
        return db;
    }

    /** The reason this server cannot be used, or {@code null} when it can. */
    @Nullable
    String unavailableReason() {
        return unavailableReason;
    }

    JdbcUrl adminUrl() {
        if (adminUrl == null) {
            throw new IllegalStateException(db + " is unavailable: " + unavailableReason);
        }
        return adminUrl;
    }

    @Override
    public void close() throws Exception {
        if (owned != null) {
            owned.close();
        }
    }
}
