package dev.advancedalchemy.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs test code in a resource-local transaction of a fresh entity manager. */
final class Tx {
    private Tx() {}

    static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        get(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    static <T> T get(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
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
