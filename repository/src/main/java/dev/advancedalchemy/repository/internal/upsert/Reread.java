package dev.advancedalchemy.repository.internal.upsert;

import dev.advancedalchemy.repository.internal.dialect.mapping.MappingReader;
import dev.advancedalchemy.repository.internal.dialect.mapping.TableMapping;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the rows an upsert statement just wrote back as managed entities, in one query by their match keys. */
final class Reread {
    private Reread() {}

    static <T> Map<UpsertKey, T> rows(
            EntityManager em,
            MappingReader reader,
            TableMapping mapping,
            Class<T> type,
            List<String> match,
            List<UpsertKey> keys,
            boolean caseInsensitive,
            boolean locking) {
        StringBuilder jpql =
                new StringBuilder("SELECT e FROM ").append(mapping.entityName()).append(" e WHERE ");
        if (match.size() == 1) {
            jpql.append("e.").append(match.get(0)).append(" IN :k");
        } else {
            for (int row = 0; row < keys.size(); row++) {
                jpql.append(row == 0 ? "(" : " OR (");
                for (int i = 0; i < match.size(); i++) {
                    jpql.append(i == 0 ? "" : " AND ")
                            .append("e.")
                            .append(match.get(i))
                            .append(" = :k")
                            .append(row)
                            .append('_')
                            .append(i);
                }
                jpql.append(')');
            }
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (locking) {
            // A locking read sees the latest committed row: a plain one on MariaDB/MySQL (REPEATABLE READ) reads the
            // transaction's snapshot, which misses a row a concurrent caller committed after this transaction's
            // first read. The insert-if-absent statement already holds the row's lock, so this waits for nothing.
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        if (match.size() == 1) {
            List<Object> values = new ArrayList<>(keys.size());
            keys.forEach(k -> values.add(k.raw().get(0)));
            query.setParameter("k", values);
        } else {
            for (int row = 0; row < keys.size(); row++) {
                for (int i = 0; i < match.size(); i++) {
                    query.setParameter("k" + row + "_" + i, keys.get(row).raw().get(i));
                }
            }
        }
        Map<UpsertKey, T> byKey = new HashMap<>();
        for (T entity : reader.readFresh(em, query)) {
            byKey.put(UpsertEngine.keyOf(mapping, match, entity, caseInsensitive), entity);
        }
        return byKey;
    }
}
