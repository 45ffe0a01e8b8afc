package dev.advancedalchemy.storage.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;

/** Test helper: transactions that commit or roll back, and reads in a fresh entity manager. */
final class Jpa {
    private Jpa() {}

    static void commit(EntityManagerFactory emf, Consumer<EntityManager> work) {
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

    /** Runs {@code work}, flushes (so files are written), then rolls back. */
    static void rollback(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.flush();
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
    }

    static <T> T find(EntityManagerFactory emf, Class<T> type, long id) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.find(type, id);
        } finally {
            em.close();
        }
    }
}
