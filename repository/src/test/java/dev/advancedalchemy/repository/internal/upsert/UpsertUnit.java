package dev.advancedalchemy.repository.internal.upsert;

import dev.advancedalchemy.repository.HibernateUnits;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;

/** The persistence unit of the upsert tests on either provider, one per test class and database. */
final class UpsertUnit {
    private UpsertUnit() {}

    /** The JPA provider a test class runs on. */
    enum Provider {
        ECLIPSELINK,
        HIBERNATE
    }

    static EntityManagerFactory emf(TestDatabase db) {
        return emf(db, Provider.ECLIPSELINK);
    }

    static EntityManagerFactory emf(TestDatabase db, Provider provider) {
        if (provider == Provider.HIBERNATE) {
            return db.shared("hibernate-emf", () -> HibernateUnits.create(db, Gadget.class, Counter.class));
        }
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
