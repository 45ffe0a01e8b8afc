package dev.advancedalchemy.repository;

import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.repository.testmodel.Book;
import dev.advancedalchemy.repository.testmodel.Enrollment;
import dev.advancedalchemy.repository.testmodel.Membership;
import dev.advancedalchemy.repository.testmodel.Tag;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/** Builds the "core" EclipseLink unit of the repository tests on a matrix database, and small helpers. */
public final class CoreJpa {
    private CoreJpa() {}

    /** The class-wide factory of this database (tables created once per class and database). */
    public static EntityManagerFactory emf(TestDatabase db) {
        return db.shared("core-emf", () -> create(db, null));
    }

    /** The class-wide Hibernate 7 factory of the same entities on this database, for tests run on both providers. */
    public static EntityManagerFactory hibernate(TestDatabase db) {
        return db.shared(
                "core-hibernate-emf",
                () -> HibernateUnits.create(
                        db, Author.class, Book.class, Tag.class, Enrollment.class, Membership.class));
    }

    /** A new factory; with {@code dataSource} the unit connects through it (e.g. a counting wrapper). */
    public static EntityManagerFactory create(TestDatabase db, DataSource dataSource) {
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.persistencexml", "META-INF/core-persistence.xml");
        if (dataSource == null) {
            props.putAll(db.jpaProperties());
        } else {
            props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        }
        return Persistence.createEntityManagerFactory("core", props);
    }

    /** Deletes every row of the test tables, children first. */
    public static void clean(EntityManagerFactory emf) {
        run(emf, em -> {
            for (String table : List.of(
                    "core_book_tag", "core_book", "core_tag", "core_author", "core_enrollment", "core_membership")) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
        });
        emf.getCache().evictAll();
    }

    public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTx(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    public static <R> R inTx(EntityManagerFactory emf, Function<EntityManager, R> work) {
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

    /** The row as the database holds it, or null. */
    public static <T> T stored(EntityManagerFactory emf, Class<T> type, Object id) {
        return fresh(emf, em -> em.find(type, id));
    }

    /** A JPQL query's result as the database holds it. */
    public static <T> List<T> query(EntityManagerFactory emf, String jpql, Class<T> type) {
        return fresh(emf, em -> em.createQuery(jpql, type).getResultList());
    }

    /** Reads with a fresh entity manager and no shared cache, i.e. what the database holds. */
    public static <R> R fresh(EntityManagerFactory emf, Function<EntityManager, R> work) {
        emf.getCache().evictAll();
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
