package dev.advancedalchemy.repository.internal.dialect;

import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Reads the database from EclipseLink's {@code DatabasePlatform} ({@code H2Platform}, {@code PostgreSQLPlatform}, …). */
final class EclipseLinkProvider implements JpaProvider {
    private static final String ENTITY_MANAGER = "org.eclipse.persistence.jpa.JpaEntityManager";
    private static final String UNIT_OF_WORK = "org.eclipse.persistence.sessions.UnitOfWork";

    @Override
    public String name() {
        return "EclipseLink";
    }

    @Override
    public boolean supports(EntityManager em) {
        return Reflect.implementsType(em.getDelegate(), ENTITY_MANAGER) || Reflect.implementsType(em, ENTITY_MANAGER);
    }

    @Override
    public Optional<Database> database(EntityManager em) {
        // em.unwrap(JpaEntityManager).getServerSession().getPlatform(): the platform class name names the product.
        return Reflect.loadClass(em, ENTITY_MANAGER)
                .flatMap(type -> Reflect.call(em.unwrap(type), "getServerSession"))
                .flatMap(session -> Reflect.call(session, "getPlatform"))
                .map(platform -> Database.fromClass(platform.getClass()))
                .filter(db -> db != Database.OTHER);
    }

    /**
     * EclipseLink reads on a pooled connection, outside the transaction, until the first write; beginning the unit
     * of work's "early transaction" moves every read onto the transaction's connection.
     */
    @Override
    public void beginDatabaseTransaction(EntityManager em) {
        Reflect.loadClass(em, UNIT_OF_WORK).ifPresent(type -> Reflect.call(em.unwrap(type), "beginEarlyTransaction"));
    }
}
