package dev.advancedalchemy.types.it;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.Configuration;

/** {@link EncryptedColumnsContract} on Hibernate ORM 7 (plain Hibernate, bootstrapped without persistence.xml). */
class HibernateEncryptedColumnsIT extends EncryptedColumnsContract {
    @Override
    EntityManagerFactory createFactory(TestDatabase db) {
        Configuration cfg = new Configuration().addAnnotatedClass(CryptoAccount.class);
        db.jpaProperties().forEach(cfg::setProperty);
        cfg.setProperty("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        return cfg.buildSessionFactory();
    }
}
