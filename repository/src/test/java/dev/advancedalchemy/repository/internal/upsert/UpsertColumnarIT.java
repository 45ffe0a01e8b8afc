package dev.advancedalchemy.repository.internal.upsert;

import static dev.advancedalchemy.repository.internal.upsert.UpsertUnit.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's columnar upsert ({@code unnest} of one text array per column): values that need quoting in an array
 * literal, empty strings and nulls come back exactly as written, and updates bump the version.
 */
class UpsertColumnarIT {
    private static final List<String> VALUES = Arrays.asList(
            "quote \" and 'single'",
            "back\\slash \\\\",
            "{braces},comma",
            "NULL",
            "",
            null,
            "ünïcødé ✓",
            "  spaces  ",
            "new\nline");

    @DatabaseTest(only = Db.POSTGRES)
    void trickyValuesRoundTripAndUpdatesBumpTheVersion(TestDatabase db) throws Exception {
        EntityManagerFactory emf = UpsertUnit.emf(db);
        inTransaction(emf, em -> em.createQuery("DELETE FROM Counter").executeUpdate());
        try (Connection c = db.connection()) {
            // the columns of Counter all have a text form: this test runs the columnar statement
            assertThat(ColumnArrays.types(c, "upsert_counter", List.of("code", "val", "version")))
                    .contains(List.of("varchar", "varchar", "int8"));
        }
        List<Counter> first = new ArrayList<>();
        for (int i = 0; i < VALUES.size(); i++) {
            first.add(new Counter("c" + i, VALUES.get(i)));
        }
        List<Counter> stored = inTransaction(emf, em -> UpsertEngine.upsertMany(em, Counter.class, first, List.of()));
        assertThat(stored).extracting(Counter::getValue).containsExactlyElementsOf(VALUES);

        List<Counter> second = new ArrayList<>();
        for (int i = 0; i < VALUES.size(); i += 2) {
            second.add(new Counter("c" + i, VALUES.get(VALUES.size() - 1 - i)));
        }
        second.add(new Counter("fresh", "{\"json\": [1, 2]}"));
        inTransaction(emf, em -> UpsertEngine.upsertMany(em, Counter.class, second, List.of()));

        Map<String, String> values = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, val, version FROM upsert_counter")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
                versions.put(rs.getString(1), rs.getLong(3));
            }
        }
        assertThat(values).hasSize(VALUES.size() + 1);
        for (int i = 0; i < VALUES.size(); i++) {
            boolean updated = i % 2 == 0;
            assertThat(values.get("c" + i)).isEqualTo(updated ? VALUES.get(VALUES.size() - 1 - i) : VALUES.get(i));
            assertThat(versions.get("c" + i)).isEqualTo(updated ? 2L : 1L);
        }
        assertThat(values.get("fresh")).isEqualTo("{\"json\": [1, 2]}");
        try (EntityManager em = emf.createEntityManager()) {
            assertThat(em.find(Counter.class, "c3").getValue()).isEqualTo("NULL");
        }
    }
}
