package dev.advancedalchemy.repository.internal.dialect.mapping;

import dev.advancedalchemy.exceptions.RepositoryException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/** Reads mappings from Hibernate's entity persisters and the session's JDBC connection. */
final class HibernateMappingReader implements MappingReader {

    @Override
    public TableMapping mapping(EntityManager em, Class<?> type) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().findEntityDescriptor(type);
        if (persister == null) {
            throw new RepositoryException(
                    "ALCH-1321", type.getName() + " is not an entity of this persistence unit", null);
        }
        return new HibernateTableMapping(persister, session);
    }

    /** Always empty: {@code addMany} on Hibernate keeps the {@code persist} path (batched by Hibernate itself). */
    @Override
    public Optional<TableMapping> directInsertMapping(EntityManager em, Class<?> type) {
        return Optional.empty();
    }

    @Override
    public Connection connection(EntityManager em) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        if (!session.isTransactionInProgress()) {
            throw new RepositoryException(
                    "ALCH-1322",
                    "upserts run inside a transaction; begin one (or use @Transactional) before calling upsertMany",
                    null);
        }
        return session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
    }

    /**
     * Hibernate hands back the instance it already manages without reading its new state, so those instances are
     * refreshed one by one; rows not managed before the query are loaded fresh by it.
     */
    @Override
    public <T> List<T> readFresh(EntityManager em, TypedQuery<T> query) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        Set<Object> managedBefore = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Object, ?> entry : session.getPersistenceContext().reentrantSafeEntityEntries()) {
            managedBefore.add(entry.getKey());
        }
        List<T> rows = query.getResultList();
        for (T row : rows) {
            if (managedBefore.contains(row)) {
                em.refresh(row);
            }
        }
        return rows;
    }

    @Override
    public boolean managesDirectInserts() {
        return false;
    }

    @Override
    public void markRollbackOnly(EntityManager em) {
        em.unwrap(SessionImplementor.class).markForRollbackOnly();
    }
}
