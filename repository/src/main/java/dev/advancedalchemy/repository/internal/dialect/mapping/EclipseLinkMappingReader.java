package dev.advancedalchemy.repository.internal.dialect.mapping;

import dev.advancedalchemy.exceptions.RepositoryException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;

/** Reads mappings from EclipseLink's {@code ClassDescriptor}s and the unit of work's JDBC connection. */
final class EclipseLinkMappingReader implements MappingReader {

    @Override
    public TableMapping mapping(EntityManager em, Class<?> type) {
        AbstractSession session = session(em);
        return new EclipseLinkTableMapping(descriptor(session, type), session);
    }

    @Override
    public Optional<TableMapping> directInsertMapping(EntityManager em, Class<?> type) {
        AbstractSession session = session(em);
        ClassDescriptor descriptor = descriptor(session, type);
        return EclipseLinkTableMapping.directlyInsertable(descriptor, session)
                ? Optional.of(new EclipseLinkTableMapping(descriptor, session))
                : Optional.empty();
    }

    private static AbstractSession session(EntityManager em) {
        return (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
    }

    private static ClassDescriptor descriptor(AbstractSession session, Class<?> type) {
        ClassDescriptor descriptor = session.getDescriptor(type);
        if (descriptor == null || descriptor.isAggregateDescriptor()) {
            throw new RepositoryException(
                    "ALCH-1321", type.getName() + " is not an entity of this persistence unit", null);
        }
        return descriptor;
    }

    @Override
    public Connection connection(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new RepositoryException(
                    "ALCH-1322",
                    "upserts run inside a transaction; begin one (or use @Transactional) before calling upsertMany",
                    null);
        }
        return connection;
    }

    @Override
    public boolean managesDirectInserts() {
        return true;
    }

    @Override
    public void markRollbackOnly(EntityManager em) {
        AbstractSession server =
                (AbstractSession) em.unwrap(JpaEntityManager.class).getServerSession();
        if (server.hasExternalTransactionController()) {
            server.getExternalTransactionController().markTransactionForRollback();
        } else {
            em.getTransaction().setRollbackOnly();
        }
    }

    @Override
    public <T> List<T> readFresh(EntityManager em, TypedQuery<T> query) {
        return query.setHint("eclipselink.refresh", "true").getResultList();
    }
}
