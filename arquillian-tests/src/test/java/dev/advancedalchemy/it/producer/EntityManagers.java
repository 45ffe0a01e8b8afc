package dev.advancedalchemy.it.producer;

import dev.advancedalchemy.cdi.Unit;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The application's own entity managers for unit "second", counted so the test can see they are used. */
@ApplicationScoped
public class EntityManagers {
    private final EntityManagerFactory emf = Persistence.createEntityManagerFactory(
            "second", Map.of("jakarta.persistence.jdbc.url", "jdbc:h2:mem:producer;DB_CLOSE_DELAY=-1"));
    final AtomicInteger produced = new AtomicInteger();
    final AtomicInteger disposed = new AtomicInteger();

    @Produces
    @Unit("second")
    EntityManager entityManager() {
        produced.incrementAndGet();
        return emf.createEntityManager();
    }

    void dispose(@Disposes @Unit("second") EntityManager em) {
        disposed.incrementAndGet();
        em.close();
    }

    public int produced() {
        return produced.get();
    }

    public int disposed() {
        return disposed.get();
    }

    @PreDestroy
    void close() {
        emf.close();
    }
}
