package dev.advancedalchemy.repository.internal.dialect;

import dev.advancedalchemy.types.spi.Database;
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
                // community dialects subclass the core ones: fromClass walks up until a known name appears
                .map(dialect -> Database.fromClass(dialect.getClass()))
                .filter(db -> db != Database.OTHER);
    }
}
