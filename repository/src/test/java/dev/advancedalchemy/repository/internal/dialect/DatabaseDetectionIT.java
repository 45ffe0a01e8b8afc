package dev.advancedalchemy.repository.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;

/** The database of an EclipseLink entity manager is detected from its platform on every database. */
class DatabaseDetectionIT {

    @DatabaseTest
    void eclipseLinkEntityManagersAreDetected(TestDatabase db) {
        Map<String, Object> props = new HashMap<>(db.jpaProperties());
        props.put("eclipselink.persistencexml", "META-INF/core-persistence.xml");
        props.put("jakarta.persistence.schema-generation.database.action", "none");
        EntityManagerFactory emf = db.shared("detect", () -> Persistence.createEntityManagerFactory("core", props));
        EntityManager em = emf.createEntityManager();

        assertThat(JpaProviders.detect(em).name()).isEqualTo("EclipseLink");
        assertThat(JpaProviders.database(em))
                .isEqualTo(
                        switch (db.db()) {
                            case H2 -> Database.H2;
                            case POSTGRES -> Database.POSTGRESQL;
                            case MARIADB -> Database.MARIADB;
                        });
        em.close();
    }
}
