package dev.advancedalchemy.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Opens the benchmark databases: PostgreSQL (schema {@code alchemy_bench}) and an in-memory H2. */
final class BenchDatabase {
    static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String SCHEMA = "alchemy_bench";

    private final String url;

    private BenchDatabase(String url) {
        this.url = url;
    }

    /** PostgreSQL from {@code ALCHEMY_TEST_POSTGRES_URL}, batched inserts rewritten as the driver allows. */
    static BenchDatabase postgres() {
        String base = System.getenv().getOrDefault("ALCHEMY_TEST_POSTGRES_URL", DEFAULT_POSTGRES);
        try (Connection c = DriverManager.getConnection(base);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + base.replaceAll("password=[^&]*", ""), e);
        }
        String sep = base.contains("?") ? "&" : "?";
        return new BenchDatabase(base + sep + "currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true");
    }

    /** A private in-memory H2 database. */
    static BenchDatabase h2(String name) {
        return new BenchDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** The plain-JPA {@code bench} persistence unit on this database (tables dropped and created). */
    EntityManagerFactory emf() {
        return emf("bench");
    }

    /** A persistence unit of {@code META-INF/persistence.xml} on this database (tables dropped and created). */
    EntityManagerFactory emf(String unit) {
        return emf(unit, Map.of());
    }

    /** A persistence unit with extra properties (e.g. {@code Repositories.batchingProperties(n)}). */
    EntityManagerFactory emf(String unit, Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(extra);
        properties.put("jakarta.persistence.jdbc.url", url);
        return Persistence.createEntityManagerFactory(unit, properties);
    }

    /** Runs work in one committed transaction of a new entity manager. */
    static <R> R inTransaction(EntityManagerFactory emf, Function<EntityManager, R> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            R result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Empties the table and inserts {@code sku}s {@code s<i>} for every i in [0, n) with step {@code step}. */
    void reset(int n, int step) {
        try (Connection c = connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM bench_item");
            }
            JdbcRows.insert(c, n, step);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
