package dev.advancedalchemy.repository;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.Configuration;

/**
 * Builds a plain Hibernate 7 factory of the given entities on a matrix database, for the tests that run on both
 * providers; it needs no persistence.xml, so it cannot clash with the EclipseLink units of this module.
 */
public final class HibernateUnits {
    private HibernateUnits() {}

    /** A new factory whose tables are dropped and created; the caller closes it. */
    public static EntityManagerFactory create(TestDatabase db, Class<?>... entities) {
        Configuration configuration = new Configuration();
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        db.jpaProperties().forEach(configuration::setProperty);
        configuration.setProperty("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        configuration.setProperty("hibernate.jdbc.batch_size", "100");
        return configuration.buildSessionFactory();
    }
}
