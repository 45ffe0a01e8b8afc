package dev.advancedalchemy.repository.internal.dialect;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Reads the database from Hibernate's {@code Dialect} ({@code H2Dialect}, {@code PostgreSQLDialect}, …). */
final class HibernateProvider implements JpaProvider {
    private static final String SESSION_FACTORY = "org.hibernate.engine.spi.SessionFactoryImplementor";
    private static final String SESSION = "org.hibernate.Session";

    @Override
    public String name() {
        return "Hibernate";
    }

    @Override
    public boolean supports(EntityManager em) {
        return Reflect.implementsType(em, SESSION) || Reflect.implementsType(em.getDelegate(), SESSION);
    }

    @Override
    public Optional<Database> database(EntityManager em) {
        // emf.unwrap(SessionFactoryImplementor).getJdbcServices().getDialect(): its class name names the product.
        return Reflect.loadClass(em, SESSION_FACTORY)
                .flatMap(type -> Optional.of(em.getEntityManagerFactory().unwrap(type)))
                .flatMap(factory -> Reflect.call(factory, "getJdbcServices"))
                .flatMap(services -> Reflect.call(services, "getDialect"))
                .map(dialect -> fromDialect(dialect.getClass()))
                .filter(db -> db != Database.OTHER);
    }

    private static Database fromDialect(Class<?> dialect) {
        // Community dialects subclass the core ones; walk up until a known name appears.
        for (Class<?> c = dialect; c != null && c != Object.class; c = c.getSuperclass()) {
            Database db = Database.fromProductName(c.getSimpleName());
            if (db != Database.OTHER) {
                return db;
            }
        }
        return Database.OTHER;
    }
}
