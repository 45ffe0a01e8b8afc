package dev.advancedalchemy.storage.it;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/** The two JPA providers the file lifecycle is tested with, each a unit of the test persistence.xml. */
enum Provider {
    ECLIPSELINK("files"),
    HIBERNATE("files-hibernate");

    private final String unit;

    Provider(String unit) {
        this.unit = unit;
    }

    /** The factory of this provider on {@code db}, created once per test class and database. */
    EntityManagerFactory emf(TestDatabase db) {
        return db.shared(unit, () -> Persistence.createEntityManagerFactory(unit, db.jpaProperties()));
    }
}
