package dev.advancedalchemy.repository.internal.upsert;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;

/** The EclipseLink persistence unit of the upsert tests, one per test class and database. */
final class UpsertUnit {
    private UpsertUnit() {}

    static EntityManagerFactory emf(TestDatabase db) {
        return db.shared("emf", () -> {
            Map<String, String> properties = db.jpaProperties();
            properties.put("eclipselink.persistencexml", "META-INF/upsert-persistence.xml");
            return Persistence.createEntityManagerFactory("upsert", properties);
        });
    }

    /** Runs work in one transaction of a new entity manager and commits it. */
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
}
