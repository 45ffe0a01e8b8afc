package dev.advancedalchemy.repository;

import dev.advancedalchemy.repository.internal.RepositoryFactory;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Creates repository implementations from their interfaces, with no container involved (the CDI extension uses
 * the same entry point).
 *
 * <pre>{@code
 * interface AuthorRepository extends SyncRepository<Author, UUID> {
 *     default List<Author> newest() { return list(OrderBy.desc("createdAt"), new LimitOffset(10, 0)); }
 * }
 * EntityManagerFactory emf = Persistence.createEntityManagerFactory("library", Repositories.batchingProperties(100));
 * AuthorRepository authors = Repositories.of(AuthorRepository.class, emf.createEntityManager());
 * }</pre>
 *
 * <p>Rules: every abstract method of the interface is resolved when the repository is created — base methods of
 * {@link SyncRepository} / {@link QueryRepository}, {@code default} methods (run as written), and query methods;
 * a method that cannot be implemented fails creation with a {@link
 * dev.advancedalchemy.exceptions.RepositoryDefinitionException} naming the repository, the method and the fix.
 * Repositories are thread-safe exactly when the entity managers they are given are: with {@link #of(Class,
 * EntityManager)} use one repository per entity manager (per thread); the supplier form may return a different
 * entity manager per call.
 */
public final class Repositories {
    private Repositories() {}

    /**
     * A repository over one entity manager.
     *
     * @throws dev.advancedalchemy.exceptions.RepositoryDefinitionException if the interface is not a valid
     *     repository interface
     * @throws IllegalArgumentException if its entity type is not an entity of the entity manager's unit
     */
    public static <R> R of(Class<R> repositoryInterface, EntityManager entityManager) {
        return of(repositoryInterface, entityManager, Options.defaults());
    }

    /** {@link #of(Class, EntityManager)} with repository-wide default options (e.g. {@code autoCommit}, messages). */
    public static <R> R of(Class<R> repositoryInterface, EntityManager entityManager, Options defaults) {
        Objects.requireNonNull(entityManager, "entityManager");
        return RepositoryFactory.create(repositoryInterface, () -> entityManager, defaults);
    }

    /**
     * A repository that asks {@code entityManagers} for the entity manager of each call (for example the one bound
     * to the current transaction). The supplier is called once at creation to read the metamodel.
     */
    public static <R> R of(Class<R> repositoryInterface, Supplier<EntityManager> entityManagers) {
        return of(repositoryInterface, entityManagers, Options.defaults());
    }

    /** {@link #of(Class, Supplier)} with repository-wide default options. */
    public static <R> R of(Class<R> repositoryInterface, Supplier<EntityManager> entityManagers, Options defaults) {
        return RepositoryFactory.create(repositoryInterface, entityManagers, defaults);
    }

    /**
     * Persistence-unit properties that turn on JDBC batch writing for EclipseLink and Hibernate, so that {@code
     * addMany}, {@code updateMany} and {@code deleteMany} send their statements in batches. Pass them to {@code
     * Persistence.createEntityManagerFactory(unit, properties)} or put the same keys in {@code persistence.xml}.
     *
     * @param batchSize statements per batch (e.g. 100)
     * @throws IllegalArgumentException if {@code batchSize} is below 1
     */
    public static Map<String, String> batchingProperties(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        String size = Integer.toString(batchSize);
        return Map.of(
                "eclipselink.jdbc.batch-writing", "JDBC",
                "eclipselink.jdbc.batch-writing.size", size,
                "hibernate.jdbc.batch_size", size,
                "hibernate.order_inserts", "true",
                "hibernate.order_updates", "true");
    }
}
