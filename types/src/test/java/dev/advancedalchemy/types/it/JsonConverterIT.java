package dev.advancedalchemy.types.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** JSON columns on H2, PostgreSQL and MariaDB with EclipseLink 5 and plain Hibernate 7. */
class JsonConverterIT {

    @DatabaseTest
    void everyShapeRoundTripsOnEclipseLink(TestDatabase db) throws Exception {
        everyShapeRoundTrips(db, Units.ECLIPSELINK);
    }

    @DatabaseTest
    void everyShapeRoundTripsOnHibernate(TestDatabase db) throws Exception {
        everyShapeRoundTrips(db, Units.HIBERNATE);
    }

    @DatabaseTest
    void oneMebibyteDocumentRoundTripsOnEclipseLink(TestDatabase db) {
        oneMebibyteDocumentRoundTrips(db, Units.ECLIPSELINK);
    }

    @DatabaseTest
    void oneMebibyteDocumentRoundTripsOnHibernate(TestDatabase db) {
        oneMebibyteDocumentRoundTrips(db, Units.HIBERNATE);
    }

    @DatabaseTest
    void columnsAreNativeJsonOnEclipseLink(TestDatabase db) throws Exception {
        columnsAreNativeJson(db, Units.ECLIPSELINK);
    }

    @DatabaseTest
    void columnsAreNativeJsonOnHibernate(TestDatabase db) throws Exception {
        columnsAreNativeJson(db, Units.HIBERNATE);
    }

    private static void everyShapeRoundTrips(TestDatabase db, Units unit) throws Exception {
        EntityManagerFactory emf = unit.create(db, JsonDoc.class);
        try {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("name", "Zoë \"quoted\" ✓");
            attributes.put("count", 3);
            attributes.put("big", 12345678901234L);
            attributes.put("ratio", 0.5);
            attributes.put("on", true);
            attributes.put("nothing", null);
            attributes.put("nested", Map.of("list", List.of(1, "two", Map.of("three", 3))));
            List<Object> tags = List.of("a", 1, false, List.of());
            Profile profile = new Profile("Ada", 36, LocalDate.of(1815, 12, 10), List.of("admin", "author"));
            List<Address> addresses = List.of(new Address("1 Main St", "Springfield"), new Address("2 Side", "Shelby"));

            inTx(emf, em -> {
                JsonDoc doc = new JsonDoc();
                doc.id = 1L;
                doc.attributes = new LinkedHashMap<>(attributes);
                doc.tags = new ArrayList<>(tags);
                doc.profile = profile;
                doc.addresses = addresses;
                em.persist(doc);
                JsonDoc empty = new JsonDoc();
                empty.id = 2L;
                em.persist(empty);
            });

            JsonDoc read = find(emf, 1L);
            assertThat(read.attributes).isEqualTo(attributes);
            assertThat(read.tags).isEqualTo(tags);
            assertThat(read.profile).isEqualTo(profile);
            assertThat(read.addresses).isEqualTo(addresses);
            assertThat(read.addresses.get(0)).isInstanceOf(Address.class);

            JsonDoc empty = find(emf, 2L);
            assertThat(empty.attributes).isNull();
            assertThat(empty.profile).isNull();
            assertThat(scalar(db, "select attributes from json_doc where id = 2"))
                    .isNull();

            // the database holds real JSON, queryable with its own JSON functions
            String nameQuery = switch (db.db()) {
                case POSTGRES -> "select attributes->>'name' from json_doc where id = 1";
                case MARIADB -> "select json_value(attributes, '$.name') from json_doc where id = 1";
                case H2 -> null;
            };
            if (nameQuery != null) {
                assertThat(scalar(db, nameQuery)).isEqualTo("Zoë \"quoted\" ✓");
            } else {
                assertThat(scalar(db, "select attributes from json_doc where id = 1"))
                        .startsWith("{");
            }

            // changing the map in place is detected as a change and written at commit
            inTx(emf, em -> {
                JsonDoc doc = em.find(JsonDoc.class, 1L);
                doc.attributes.put("count", 4);
                doc.tags.add("added");
            });
            JsonDoc changed = find(emf, 1L);
            assertThat(changed.attributes).containsEntry("count", 4);
            assertThat(changed.tags).endsWith("added");

            // setting an attribute to null stores SQL NULL (typed correctly for jsonb on PostgreSQL)
            inTx(emf, em -> em.find(JsonDoc.class, 1L).profile = null);
            assertThat(find(emf, 1L).profile).isNull();
        } finally {
            emf.close();
        }
    }

    private static void oneMebibyteDocumentRoundTrips(TestDatabase db, Units unit) {
        EntityManagerFactory emf = unit.create(db, JsonDoc.class);
        try {
            char[] chars = new char[1 << 20];
            Arrays.fill(chars, 'x');
            List<Object> rows = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                rows.add(Map.of("i", i, "label", "row " + i));
            }
            Map<String, Object> big = new LinkedHashMap<>();
            big.put("text", new String(chars));
            big.put("rows", rows);
            inTx(emf, em -> {
                JsonDoc doc = new JsonDoc();
                doc.id = 10L;
                doc.attributes = big;
                em.persist(doc);
            });
            assertThat(find(emf, 10L).attributes).isEqualTo(big);
        } finally {
            emf.close();
        }
    }

    private static void columnsAreNativeJson(TestDatabase db, Units unit) throws Exception {
        unit.create(db, JsonDoc.class).close(); // creates the table
        for (String column : List.of("attributes", "tags", "profile", "addresses")) {
            Columns c = Columns.of(db, "json_doc", column);
            switch (db.db()) {
                case POSTGRES -> assertThat(c.typeName()).isEqualTo("jsonb");
                case H2 -> assertThat(c.typeName()).isEqualTo("json");
                case MARIADB -> {
                    assertThat(c.typeName()).isIn("longtext", "json");
                    assertThat(Columns.hasJsonValidCheck(db, "json_doc", column))
                            .as("JSON_VALID check on " + column)
                            .isTrue();
                }
            }
        }
        if (db.db() == Db.MARIADB) {
            try (Connection c = db.connection();
                    var st = c.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> st.executeUpdate("insert into json_doc (id, attributes) values (99, 'not json')"))
                        .isInstanceOf(java.sql.SQLException.class);
            }
        }
    }

    static JsonDoc find(EntityManagerFactory emf, long id) {
        emf.getCache().evictAll(); // read from the database, not EclipseLink's shared cache
        EntityManager em = emf.createEntityManager();
        try {
            return em.find(JsonDoc.class, id);
        } finally {
            em.close();
        }
    }

    static void inTx(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    static String scalar(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connection();
                var st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
