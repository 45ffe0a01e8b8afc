package dev.advancedalchemy.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.base.entities.Tag;
import dev.advancedalchemy.exceptions.MultipleResultsException;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Unique.getOrCreate per provider on H2, PostgreSQL and MariaDB. */
abstract class UniqueContract {
    private static final Supplier<Tag> MUST_NOT_CREATE = () -> {
        throw new AssertionError("factory called although a row exists");
    };

    abstract Provider provider();

    @DatabaseTest
    void findsTheExistingRowOnceAndThenAnswersFromTheCache(TestDatabase db) throws SQLException {
        EntityManagerFactory emf = provider().emf(db);
        Tag existing = new Tag("python", "blue");
        Tx.run(emf, em -> em.persist(existing));

        EntityManager em = emf.createEntityManager();
        try {
            Tag first = Unique.getOrCreate(em, Tag.class, "name", "python", MUST_NOT_CREATE);
            assertThat(first.getId()).isEqualTo(existing.getId());

            // A second matching row: a new lookup would now fail with MultipleResultsException.
            insertTag(db, "python");
            Tag second = Unique.getOrCreate(em, Tag.class, "name", "python", MUST_NOT_CREATE);
            assertThat(second).isSameAs(first);
        } finally {
            em.close();
        }
    }

    @DatabaseTest
    void createsPersistsAndCachesANewInstanceWhenNoRowMatches(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        Tag[] created = Tx.get(emf, em -> new Tag[] {
            Unique.getOrCreate(em, Tag.class, "name", "java", () -> new Tag("java", null)),
            Unique.getOrCreate(em, Tag.class, "name", "java", MUST_NOT_CREATE)
        });
        assertThat(created[1]).isSameAs(created[0]);
        assertThat(created[0].getId()).isNotNull();
        Long rows = Tx.get(
                emf,
                em -> em.createQuery("select count(t) from Tag t where t.name = 'java'", Long.class)
                        .getSingleResult());
        assertThat(rows).isEqualTo(1L);
    }

    @DatabaseTest
    void twoMatchingRowsAreAnError(TestDatabase db) throws SQLException {
        EntityManagerFactory emf = provider().emf(db);
        insertTag(db, "twice");
        insertTag(db, "twice");
        Tx.run(
                emf,
                em -> assertThatThrownBy(
                                () -> Unique.getOrCreate(em, Tag.class, "name", "twice", () -> new Tag("twice", null)))
                        .isInstanceOf(MultipleResultsException.class)
                        .hasMessageContaining("Tag")
                        .hasMessageContaining("[name]"));
    }

    @DatabaseTest
    void theCacheBelongsToOneEntityManagerAndIsDroppedByClear(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        Tag created =
                Tx.get(emf, em -> Unique.getOrCreate(em, Tag.class, "name", "kotlin", () -> new Tag("kotlin", null)));
        Tag elsewhere = Tx.get(emf, em -> Unique.getOrCreate(em, Tag.class, "name", "kotlin", MUST_NOT_CREATE));
        assertThat(elsewhere).isNotSameAs(created);
        assertThat(elsewhere.getId()).isEqualTo(created.getId());

        Tx.run(emf, em -> {
            Tag before = Unique.getOrCreate(em, Tag.class, "name", "kotlin", MUST_NOT_CREATE);
            em.clear();
            Tag after = Unique.getOrCreate(em, Tag.class, "name", "kotlin", MUST_NOT_CREATE);
            assertThat(after).isNotSameAs(before);
            assertThat(em.contains(after)).isTrue();
        });
    }

    @DatabaseTest(only = {Db.H2})
    void keysWithSeveralAttributesAndNullValuesMatchExactly(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        Tx.run(emf, em -> {
            em.persist(new Tag("go", null));
            em.persist(new Tag("go", "green"));
        });
        Map<String, Object> colourless = new HashMap<>();
        colourless.put("name", "go");
        colourless.put("colour", null);
        UUID found = Tx.get(
                emf,
                em -> Unique.getOrCreate(em, Tag.class, colourless, MUST_NOT_CREATE)
                        .getId());
        Tag green = Tx.get(
                emf, em -> Unique.getOrCreate(em, Tag.class, Map.of("name", "go", "colour", "green"), MUST_NOT_CREATE));
        assertThat(green.getColour()).isEqualTo("green");
        assertThat(found).isNotEqualTo(green.getId());
    }

    @DatabaseTest(only = {Db.H2})
    void anUnknownAttributeIsRejectedWithItsName(TestDatabase db) {
        EntityManagerFactory emf = provider().emf(db);
        Tx.run(
                emf,
                em -> assertThatThrownBy(
                                () -> Unique.getOrCreate(em, Tag.class, "title", "x", () -> new Tag("x", null)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("Tag")
                        .hasMessageContaining("'title'"));
    }

    private static void insertTag(TestDatabase db, String name) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("insert into tag (id, name) values (?, ?)")) {
            UUID id = UUID.randomUUID();
            if (db.db() == Db.MARIADB) {
                ps.setBytes(
                        1,
                        java.nio.ByteBuffer.allocate(16)
                                .putLong(id.getMostSignificantBits())
                                .putLong(id.getLeastSignificantBits())
                                .array());
            } else {
                ps.setObject(1, id);
            }
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }
}
