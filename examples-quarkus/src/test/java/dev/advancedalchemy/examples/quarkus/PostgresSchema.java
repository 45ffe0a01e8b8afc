package dev.advancedalchemy.examples.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A schema of its own on PostgreSQL for one run of the example's tests: the server of {@code
 * ALCHEMY_TEST_POSTGRES_URL} when it is set (a server that cannot be reached then fails the run), else an embedded
 * one; the schema is created before the application starts and dropped when it stops, so parallel runs and other
 * test classes never meet.
 */
public final class PostgresSchema implements QuarkusTestResourceLifecycleManager {
    static final String URL_ENV = "ALCHEMY_TEST_POSTGRES_URL";

    private EmbeddedPostgres embedded;
    private String adminUrl;
    private String schema;

    @Override
    public Map<String, String> start() {
        adminUrl = serverUrl();
        schema = "t_examples_quarkus_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        execute("CREATE SCHEMA " + schema);
        Map<String, String> config = new HashMap<>();
        config.put(
                "quarkus.datasource.jdbc.url",
                adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.put("quarkus.datasource.username", parameter("user", "postgres"));
        config.put("quarkus.datasource.password", parameter("password", ""));
        return config;
    }

    @Override
    public void stop() {
        try {
            if (schema != null) {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } finally {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private String serverUrl() {
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            return url.trim();
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(URL_ENV + " is not set and embedded PostgreSQL failed to start", e);
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    /** A query parameter of the server URL, e.g. {@code user}. */
    private String parameter(String name, String fallback) {
        int query = adminUrl.indexOf('?');
        if (query >= 0) {
            for (String pair : adminUrl.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).toLowerCase(Locale.ROOT).equals(name)) {
                    return pair.substring(eq + 1);
                }
            }
        }
        return fallback;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
