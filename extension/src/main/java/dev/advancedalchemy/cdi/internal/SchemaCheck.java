package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.cdi.internal.eclipselink.EntityTables;
import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * After a unit the extension built generated its schema, checks that every entity's table exists, and fails
 * deployment ({@value #ID}) naming the entities and tables that do not. Providers only log a refused
 * {@code CREATE TABLE} as a warning (a table named with a reserved word such as {@code user} or {@code order}), and
 * the application would otherwise fail at its first write with the driver's error.
 *
 * <p>The tables come from the provider's mapping (EclipseLink: its descriptors, after every customizer), their
 * existence from JDBC {@link DatabaseMetaData}, compared case-insensitively. Other providers are not checked.
 */
final class SchemaCheck {
    /** Message id: schema generation did not create an entity's table. */
    static final String ID = "ALCH-1303";

    private static final System.Logger LOG = System.getLogger(SchemaCheck.class.getName());
    private static final Map<String, Set<String>> CREATING_ACTIONS = Map.of(
            "jakarta.persistence.schema-generation.database.action", Set.of("create", "drop-and-create"),
            "javax.persistence.schema-generation.database.action", Set.of("create", "drop-and-create"),
            "eclipselink.ddl-generation", Set.of("create-tables", "drop-and-create-tables", "create-or-extend-tables"));

    private SchemaCheck() {}

    /**
     * Checks the tables of {@code emf}, a unit whose schema generation has run (it is deployed).
     *
     * @throws AdvancedAlchemyException {@value #ID} listing every entity whose table is missing
     */
    static void verify(String unit, EntityManagerFactory emf) {
        String action = creatingAction(emf.getProperties());
        if (action == null || !EntityTables.supports(emf)) {
            return;
        }
        Map<String, String> tables = EntityTables.of(emf);
        List<String> missing = new ArrayList<>();
        String database;
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = null;
        try {
            tx = em.getTransaction(); // a JTA entity manager refuses: the check is best-effort, so it is skipped
            tx.begin();
            Connection connection = em.unwrap(Connection.class);
            if (connection == null) {
                return;
            }
            DatabaseMetaData meta = connection.getMetaData();
            database = meta.getDatabaseProductName();
            Map<String, Set<String>> existing = new HashMap<>();
            tables.forEach((table, entity) -> {
                if (!exists(connection, meta, table, existing)) {
                    missing.add("entity " + entity + " (table " + table + ")");
                }
            });
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot check the tables of unit " + unit, e);
            return;
        } finally {
            if (tx != null && tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
        if (!missing.isEmpty()) {
            throw new AdvancedAlchemyException(ID, message(unit, action, database, missing), null);
        }
    }

    private static String message(String unit, String action, String database, List<String> missing) {
        return "schema generation (" + action + ") of persistence unit '" + unit + "' did not create the table of "
                + String.join(", ", missing) + " on " + database + ": the database refused the CREATE TABLE, which"
                + " the provider only logged as a warning, usually because the table name is a reserved word (user,"
                + " order, group, …) — fix: name the table with @Table(name = \"…\") (for example a plural), or have"
                + " the provider quote identifiers (EclipseLink: <delimited-identifiers/> in the"
                + " <persistence-unit-defaults> of an orm.xml; Hibernate: hibernate.auto_quote_keyword=true)";
    }

    /** The creating schema action configured, as {@code property=value}, or null if none creates tables. */
    static @Nullable String creatingAction(Map<String, Object> properties) {
        for (Map.Entry<String, Set<String>> action : CREATING_ACTIONS.entrySet()) {
            Object value = properties.get(action.getKey());
            if (value instanceof String s
                    && action.getValue().contains(s.trim().toLowerCase(Locale.ROOT))
                    && !"sql-script".equals(properties.get("eclipselink.ddl-generation.output-mode"))) {
                return action.getKey() + "=" + s.trim();
            }
        }
        return null;
    }

    private static boolean exists(
            Connection connection, DatabaseMetaData meta, String table, Map<String, Set<String>> cache) {
        int dot = table.lastIndexOf('.');
        String name = (dot < 0 ? table : table.substring(dot + 1)).toUpperCase(Locale.ROOT);
        String qualifier = dot < 0 ? "" : table.substring(0, dot);
        Set<String> names = cache.computeIfAbsent(qualifier, q -> tablesIn(connection, meta, q));
        return names.contains(name);
    }

    /** The upper-cased table names of the connection's schema, or of schema (or catalog) {@code qualifier}. */
    private static Set<String> tablesIn(Connection connection, DatabaseMetaData meta, String qualifier) {
        Set<String> names = new HashSet<>();
        try {
            if (qualifier.isEmpty()) {
                collect(meta.getTables(connection.getCatalog(), connection.getSchema(), "%", null), names);
            } else {
                collect(meta.getTables(null, qualifier, "%", null), names);
                collect(meta.getTables(qualifier, null, "%", null), names); // MariaDB/MySQL: a database is a catalog
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static void collect(ResultSet tables, Set<String> into) throws SQLException {
        try (tables) {
            while (tables.next()) {
                into.add(tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
    }
}
