package dev.advancedalchemy.filter;

import dev.advancedalchemy.filter.model.Director;
import dev.advancedalchemy.filter.model.Item;
import dev.advancedalchemy.filter.model.Movie;
import dev.advancedalchemy.filter.model.Phrase;
import dev.advancedalchemy.filter.model.Studio;
import dev.advancedalchemy.repository.internal.query.ReadEngine;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.testing.Vectors;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One EntityManagerFactory per test class and database, seeded once with the Python suite's three movies, the LIKE
 * vector rows and 57 items with tied sort keys.
 */
final class FilterFixture {
    static final Instant MATRIX = Instant.parse("1999-03-31T00:00:00Z");
    static final Instant HANGOVER = Instant.parse("2009-06-01T00:00:00Z");
    static final Instant SHAWSHANK = Instant.parse("1994-10-14T00:00:00Z");
    static final int ITEMS = 57;

    private FilterFixture() {}

    static EntityManagerFactory emf(TestDatabase db) {
        return db.shared("filters-emf", () -> {
            Map<String, String> props = db.jpaProperties();
            props.put("eclipselink.persistencexml", "META-INF/filters-persistence.xml");
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("filters", props);
            seed(emf);
            return emf;
        });
    }

    static Database database(TestDatabase db) {
        return switch (db.db()) {
            case H2 -> Database.H2;
            case POSTGRES -> Database.POSTGRESQL;
            case MARIADB -> Database.MARIADB;
        };
    }

    static <T> ReadEngine<T> engine(TestDatabase db, Class<T> type) {
        return new ReadEngine<>(type, emf(db).getMetamodel(), database(db));
    }

    static <R> R inEm(TestDatabase db, Function<EntityManager, R> work) {
        try (EntityManager em = emf(db).createEntityManager()) {
            return work.apply(em);
        }
    }

    /** The rows of vectors/security/like-escaping-cases.json. */
    static List<String> likeRows() {
        try {
            var tree = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Files.readString(Vectors.path("security/like-escaping-cases.json")));
            List<String> rows = new ArrayList<>();
            tree.get("rows").forEach(n -> rows.add(n.asText()));
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Item item(long id) {
        // categories a/b/c, scores 0..4 and four distinct timestamps give many ties in every sort key
        return new Item(
                id,
                "abc".charAt((int) (id % 3)) + "",
                (int) (id * 7 % 5),
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600 * (id % 4)));
    }

    private static void seed(EntityManagerFactory emf) {
        try (EntityManager em = emf.createEntityManager()) {
            em.getTransaction().begin();
            Studio warner = new Studio(1L, "Warner Bros.");
            Studio castle = new Studio(2L, "Castle Rock");
            Director wachowski = new Director(1L, "Lana Wachowski", warner);
            Director phillips = new Director(2L, "Todd Phillips", warner);
            Director darabont = new Director(3L, "Frank Darabont", castle);
            List.of(warner, castle, wachowski, phillips, darabont).forEach(em::persist);
            em.persist(new Movie(1L, "The Matrix", MATRIX, "Action", 9, wachowski));
            Movie hangover = new Movie(2L, "The Hangover", HANGOVER, "Comedy", null, phillips);
            hangover.setReleased(false);
            em.persist(hangover);
            em.persist(new Movie(3L, "Shawshank Redemption", SHAWSHANK, "Drama", 10, darabont));
            List<String> rows = likeRows();
            for (int i = 0; i < rows.size(); i++) {
                em.persist(new Phrase((long) i + 1, rows.get(i)));
            }
            for (long id = 1; id <= ITEMS; id++) {
                em.persist(item(id));
            }
            em.getTransaction().commit();
        }
    }
}
