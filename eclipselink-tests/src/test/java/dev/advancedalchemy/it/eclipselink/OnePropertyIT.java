package dev.advancedalchemy.it.eclipselink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.StorageBackends;
import dev.advancedalchemy.storage.StorageRegistry;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A unit from {@code persistence.xml} with the one documented property: naming, model column types, shipped converters
 * (unlisted) and the file lifecycle all work; a unit's own session customizer still runs; the file hook named the old
 * way as well is installed once.
 */
class OnePropertyIT {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void configure() {
        System.setProperty("alchemy.encryption.key", Shipped.KEY);
        StorageRegistry.setDefault(StorageRegistry.create().register(StorageBackends.memory(Shipped.BACKEND)));
    }

    /** On EclipseLink 4, without the model layer's column types, the audit columns would be blobs ({@code bytea}). */
    @DatabaseTest(only = {Db.H2, Db.POSTGRES})
    void theMinimalUnitGetsEverything(TestDatabase db) throws Exception {
        Map<String, Object> props = connection(db.jdbcUrl());
        props.putAll(db.jpaProperties());
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("minimal", props);
        try {
            UUID id = write(emf);

            try (Connection c = db.connection();
                    ResultSet rs = c.createStatement()
                            .executeQuery("select id, created_at, attributes, message, picture from post_card")) {
                assertThat(rs.next()).as("snake_case table post_card").isTrue();
                var md = rs.getMetaData();
                boolean pg = db.db() == Db.POSTGRES;
                assertThat(md.getColumnTypeName(1)).isEqualToIgnoringCase("uuid");
                assertThat(md.getColumnTypeName(2))
                        .isEqualToIgnoringCase(pg ? "timestamptz" : "timestamp with time zone");
                assertThat(md.getColumnTypeName(3)).isEqualToIgnoringCase(pg ? "jsonb" : "json");
                assertThat(rs.getObject(1, UUID.class)).isEqualTo(id);
                assertThat(rs.getString(4)).startsWith("gAAAAA");
                assertThat(rs.getString(5)).contains("\"size\":5");
            }

            EntityManager em = emf.createEntityManager();
            try {
                PostCard read = em.find(PostCard.class, id);
                assertThat(read.attributes).isEqualTo(Map.of("k", "v"));
                assertThat(read.message).isEqualTo("hello");
                assertThat(new String(read.picture.getContent(), StandardCharsets.UTF_8))
                        .isEqualTo("hello");
                assertThat(read.getCreatedAt()).isNotNull();
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }
    }

    @Test
    void theUnitsOwnCustomizerRunsAndTheFileHookIsInstalledOnce() throws Exception {
        int before = OwnCustomizer.CALLS.get();
        String url = "jdbc:h2:mem:oneproperty" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("with-own-customizer", connection(url));
        try {
            write(emf);
            assertThat(OwnCustomizer.CALLS.get()).isEqualTo(before + 1);
            Session session = emf.createEntityManager().unwrap(Session.class);
            long hooks = session.getEventManager().getListeners().stream()
                    .filter(l -> l.getClass().getSimpleName().equals("EclipseLinkFileHook"))
                    .count();
            assertThat(hooks).isEqualTo(1);
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from post_card")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        } finally {
            emf.close();
        }
    }

    private static UUID write(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            PostCard card = new PostCard();
            card.attributes = Map.of("k", "v");
            card.message = "hello";
            card.picture = FileObject.of(Shipped.BACKEND, "cards/" + UUID.randomUUID() + ".txt")
                    .content("hello".getBytes(StandardCharsets.UTF_8));
            em.persist(card);
            em.getTransaction().commit();
            return card.getId();
        } finally {
            em.close();
        }
    }

    private static Map<String, Object> connection(String url) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", "sa");
        props.put("jakarta.persistence.jdbc.password", "");
        props.put("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.cache.shared.default", "false");
        return props;
    }
}
