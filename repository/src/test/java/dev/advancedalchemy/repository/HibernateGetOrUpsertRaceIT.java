package dev.advancedalchemy.repository;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;

/** Every case of {@link GetOrUpsertRaceIT} with Hibernate 7 as the JPA provider. */
class HibernateGetOrUpsertRaceIT extends GetOrUpsertRaceIT {
    @Override
    EntityManagerFactory emf(TestDatabase db) {
        return CoreJpa.hibernate(db);
    }
}
