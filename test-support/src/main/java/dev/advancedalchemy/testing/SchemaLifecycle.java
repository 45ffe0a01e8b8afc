package dev.advancedalchemy.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Creates a test class's schema on a server and drops it when the class's extension context closes. */
final class SchemaLifecycle {
    private SchemaLifecycle() {}

    /** A value kept in a JUnit store that is closed with the store when it is {@link AutoCloseable}. */
    record Closing(Object value) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            if (value instanceof AutoCloseable c) {
                c.close();
            }
        }
    }

    /** A created schema; closing drops it. */
    record Schema(DatabaseServer server, String name, JdbcUrl url) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws SQLException {
            switch (server.db()) {
                case H2 -> {
                    try (Connection c = DatabaseServer.connect(url);
                            Statement s = c.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                }
                case POSTGRES -> admin(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
                case MARIADB -> admin(server, "DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    static Schema create(DatabaseServer server, Class<?> testClass) {
        String name = name(testClass);
        try {
            return switch (server.db()) {
                case H2 -> {
                    JdbcUrl url = JdbcUrl.parse("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=LEGACY")
                            .withParameter("user", "sa");
                    yield new Schema(server, name, url);
                }
                case POSTGRES -> {
                    admin(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
                    admin(server, "CREATE SCHEMA " + name);
                    yield new Schema(server, name, server.adminUrl().withParameter("currentSchema", name));
                }
                case MARIADB -> {
                    admin(server, "DROP DATABASE IF EXISTS " + name);
                    admin(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
                    yield new Schema(server, name, server.adminUrl().withDatabase(name));
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + name + " on " + server.db() + ": " + e, e);
        }
    }

    /** {@code t_<class>_<random>}, lower case, at most 48 characters: unique per run so parallel runs never meet. */
    static String name(Class<?> testClass) {
        String simple = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (simple.length() > 36) {
            simple = simple.substring(0, 36);
        }
        return "t_" + simple + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    private static void admin(DatabaseServer server, String sql) throws SQLException {
        try (Connection c = DatabaseServer.connect(server.adminUrl());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
