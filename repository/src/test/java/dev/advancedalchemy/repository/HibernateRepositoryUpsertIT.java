package dev.advancedalchemy.repository;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;

/** Every case of {@link RepositoryUpsertIT} with Hibernate 7 as the JPA provider. */
class HibernateRepositoryUpsertIT extends RepositoryUpsertIT {
    @Override
    EntityManagerFactory emf(TestDatabase db) {
        return CoreJpa.hibernate(db);
    }
}
