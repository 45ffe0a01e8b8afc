package dev.advancedalchemy.repository.internal.insert;

import dev.advancedalchemy.repository.internal.dialect.mapping.MappedColumn;
import dev.advancedalchemy.repository.internal.dialect.mapping.MappingReader;
import dev.advancedalchemy.repository.internal.dialect.mapping.TableMapping;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Inserts new entities with one JDBC batch per {@value #BATCH} rows on the entity manager's transaction
 * connection, bypassing the provider's insert: the provider's mapping supplies columns and converted values, and
 * its {@code @PrePersist}/{@code @PostPersist} callbacks, id generation and initial version run as in
 * {@code persist}. Afterwards the entities are either not managed, or (where the provider allows it) managed by the
 * persistence context as stored rows, as after {@code persist} and a flush.
 */
public final class DirectInsert {
    /** Rows per JDBC batch. */
    static final int BATCH = 1000;

    private DirectInsert() {}

    /**
     * Inserts the items, or does nothing and returns {@code false} when they need the provider's own
     * {@code persist}: an unsupported provider or mapping (see {@link MappingReader#directInsertMapping}), managed
     * results asked of a provider that cannot give them ({@link MappingReader#managesDirectInserts()}), an item
     * that is already managed or listed twice, or a to-one reference to an entity that is not managed (it may be
     * new, and only {@code persist} reports or cascades that).
     *
     * @param manage leave the inserted entities managed by the entity manager's persistence context
     * @throws PersistenceException wrapping the {@link SQLException} if the database rejects a row
     */
    public static boolean tryInsert(EntityManager em, Class<?> type, List<?> items, boolean manage) {
        MappingReader reader = MappingReader.forProvider(em);
        if (reader == null || !em.isJoinedToTransaction() || (manage && !reader.managesDirectInserts())) {
            return false;
        }
        Optional<TableMapping> found = reader.directInsertMapping(em, type);
        if (found.isEmpty() || !insertable(em, found.get(), items)) {
            return false;
        }
        TableMapping mapping = found.get();
        em.flush(); // pending writes first: rows referenced by foreign keys must exist
        List<@Nullable Object[]> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            mapping.prepareNew(item);
            rows.add(mapping.row(item));
        }
        try {
            execute(reader.connection(em), mapping, rows);
        } catch (PersistenceException e) {
            reader.markRollbackOnly(em); // earlier batches of the call must not be committed, as after persist
            throw e;
        }
        for (Object item : items) {
            mapping.afterInsert(item, manage);
        }
        return true;
    }

    private static boolean insertable(EntityManager em, TableMapping mapping, List<?> items) {
        Set<Object> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object item : items) {
            if (!distinct.add(item) || em.contains(item)) {
                return false;
            }
            for (Object target : mapping.references(item)) {
                if (!em.contains(target)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void execute(Connection connection, TableMapping mapping, List<@Nullable Object[]> rows) {
        List<MappedColumn> columns = mapping.columns();
        String sql = "INSERT INTO " + mapping.sqlTable() + " ("
                + String.join(", ", columns.stream().map(MappedColumn::sqlName).toList()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (@Nullable Object[] row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    Object value =
                            columns.get(i).kind() == MappedColumn.Kind.VERSION ? MappedColumn.INITIAL_VERSION : row[i];
                    mapping.bind(statement, i + 1, i, value);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            // no row values in the message: the SQLException (classified by the repository) carries the details
            throw new PersistenceException(
                    "inserting " + rows.size() + " " + mapping.entityName() + " rows with a JDBC batch failed", e);
        }
    }
}
