package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.repository.Repositories;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One repository created once per trial over a supplier of the current entity manager, the way a container wires
 * it; each call runs with a fresh entity manager, like the baselines.
 */
final class RepositoryHandle<R> {
    private final EntityManagerFactory emf;
    private final R repository;
    private @Nullable EntityManager current;

    RepositoryHandle(EntityManagerFactory emf, Class<R> type) {
        this.emf = emf;
        // creating the repository reads the metamodel through the supplier, so it needs an open entity manager
        EntityManager setup = emf.createEntityManager();
        current = setup;
        try {
            this.repository = Repositories.of(type, this::current);
        } finally {
            current = null;
            setup.close();
        }
    }

    private EntityManager current() {
        EntityManager em = current;
        if (em == null) {
            throw new IllegalStateException("no entity manager open");
        }
        return em;
    }

    /** Runs work against the repository with a new entity manager, closed afterwards. */
    /** The repository; call it only inside {@link #call}, where an entity manager is open. */
    R repository() {
        return repository;
    }

    <X> X call(Function<R, X> work) {
        EntityManager em = emf.createEntityManager();
        current = em;
        try {
            return work.apply(repository);
        } finally {
            current = null;
            em.close(); // a failing repository call has already rolled back the transaction it began
        }
    }
}
