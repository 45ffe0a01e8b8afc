package dev.advancedalchemy.types.it;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** {@link EncryptedColumnsContract} on EclipseLink 5. */
class EclipseLinkEncryptedColumnsIT extends EncryptedColumnsContract {
    @Override
    EntityManagerFactory createFactory(TestDatabase db) {
        Map<String, String> props = db.jpaProperties();
        // a persistence.xml of its own, so it does not collide with other tests' units
        props.put("eclipselink.persistencexml", "META-INF/crypto-persistence.xml");
        props.put("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.metadata-source", "dev.advancedalchemy.eclipselink.AlchemyMetadataSource");
        // no shared cache: reads must go to the database, where the tests change rows over JDBC
        props.put("eclipselink.cache.shared.default", "false");
        return new PersistenceProvider().createEntityManagerFactory("crypto-it", props);
    }
}
