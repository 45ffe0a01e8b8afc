package dev.advancedalchemy.repository.internal.dialect.mapping;

import dev.advancedalchemy.exceptions.RepositoryException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;

/** Reads mappings from EclipseLink's {@code ClassDescriptor}s and the unit of work's JDBC connection. */
final class EclipseLinkMappingReader implements MappingReader {

    @Override
    public TableMapping mapping(EntityManager em, Class<?> type) {
        JpaEntityManager jem = em.unwrap(JpaEntityManager.class);
        AbstractSession session = (AbstractSession) jem.getActiveSession();
        ClassDescriptor descriptor = session.getDescriptor(type);
        if (descriptor == null || descriptor.isAggregateDescriptor()) {
            throw new RepositoryException(
                    "ALCH-1321", type.getName() + " is not an entity of this persistence unit", null);
        }
        return new EclipseLinkTableMapping(descriptor, session);
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
    public void refreshOnRead(Query query) {
        query.setHint("eclipselink.refresh", "true");
    }
}
