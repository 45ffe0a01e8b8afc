package dev.advancedalchemy.repository;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;

/** Every case of {@link FilteredRepositoryIT} with Hibernate 7 as the JPA provider. */
class HibernateFilteredRepositoryIT extends FilteredRepositoryIT {
    @Override
    EntityManagerFactory emf(TestDatabase db) {
        return CoreJpa.hibernate(db);
    }
}
