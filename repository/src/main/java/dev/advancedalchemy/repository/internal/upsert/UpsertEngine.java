package dev.advancedalchemy.repository.internal.upsert;

import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.repository.internal.dialect.BindLimits;
import dev.advancedalchemy.repository.internal.dialect.mapping.MappedColumn;
import dev.advancedalchemy.repository.internal.dialect.mapping.MappingReader;
import dev.advancedalchemy.repository.internal.dialect.mapping.TableMapping;
import dev.advancedalchemy.types.spi.Database;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Atomic native upserts of many entities: one {@code INSERT … ON CONFLICT … DO UPDATE} (PostgreSQL),
 * {@code INSERT … ON DUPLICATE KEY UPDATE} (MariaDB/MySQL) or {@code MERGE} (H2) per chunk of rows, then one
 * query that reads the stored rows back as managed entities, returned in input order.
 *
 * <p>An instance caches which match fields were checked against the table's unique keys and which key lies
 * among an attribute set; create one per repository (or persistence unit) and share it. {@link #upsertMany} is the uncached one-off form.
 */
public final class UpsertEngine {
    private final Set<List<Object>> validatedKeys = ConcurrentHashMap.newKeySet();
    private final Map<List<Object>, Optional<List<String>>> uniqueKeys = new ConcurrentHashMap<>();
    private final Map<List<Object>, Optional<List<String>>> columnTypes = new ConcurrentHashMap<>();

    /**
     * One-off form of {@link #execute}.
     *
     * @throws RepositoryException see {@link #execute}
     */
    public static <T> List<T> upsertMany(EntityManager em, Class<T> type, List<T> items, List<String> matchFields) {
        return new UpsertEngine().execute(em, type, items, matchFields);
    }

    /** Whether a failure is a lost deadlock or serialization conflict, after which the transaction may be retried. */
    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RepositoryException e && UpsertErrors.RETRYABLE.equals(e.messageId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inserts each item whose match-field values are not stored yet and updates the stored row of the others,
     * atomically per statement, and returns the stored rows as managed entities in input order (items with
     * equal match values share one row; the last of them wins).
     *
     * <p>New rows get {@code @PrePersist} callbacks (audit timestamps) and client-side ids first; an existing
     * row keeps its primary key, its {@code created_at}/{@code created_by} and non-updatable columns, gets every
     * other column from the item and a numeric {@code @Version} incremented by one.
     *
     * @param matchFields attribute names of the conflict target; empty means the primary key
     * @throws RepositoryException if no transaction is active, a match field is unknown or not backed by a
     *     unique key, the database has no native upsert here, or the statement fails ({@link #isRetryable}
     *     tells deadlocks and serialization failures apart)
     */
    public <T> List<T> execute(EntityManager em, Class<T> type, List<T> items, List<String> matchFields) {
        return execute(em, type, items, matchFields, false);
    }

    /**
     * Inserts the item unless a row with its values of {@code matchFields} is stored; that row is left as it is
     * (only locked until the transaction ends). Atomic: of concurrent callers with the same key exactly one inserts.
     *
     * @param matchFields attribute names of a primary or unique key
     * @return the stored row as a managed entity, and whether this call inserted it (judged by the primary key the
     *     item got on the client; with database-generated keys it is always {@code true})
     * @throws RepositoryException as {@link #execute}
     */
    public <T> Stored<T> insertIfAbsent(EntityManager em, Class<T> type, T item, List<String> matchFields) {
        T stored = execute(em, type, List.of(item), matchFields, true).get(0);
        TableMapping mapping = MappingReader.of(em).mapping(em, type);
        boolean inserted = true;
        for (String id : mapping.idAttributes()) {
            Object own = mapping.attributeValue(item, id);
            if (own != null && !own.equals(mapping.attributeValue(stored, id))) {
                inserted = false;
            }
        }
        return new Stored<>(stored, inserted);
    }

    /**
     * The attributes of the first primary or unique key of the entity's table whose columns are all among
     * {@code attributes}, or empty when there is none (or the provider or the JDBC metadata cannot tell).
     */
    public Optional<List<String>> uniqueKeyAmong(EntityManager em, Class<?> type, Collection<String> attributes) {
        MappingReader reader = MappingReader.forProvider(em);
        if (reader == null || !em.isJoinedToTransaction()) {
            return Optional.empty();
        }
        List<Object> cacheKey = List.of(em.getEntityManagerFactory(), type, Set.copyOf(attributes));
        Optional<List<String>> known = uniqueKeys.get(cacheKey);
        if (known == null) {
            known = readUniqueKeyAmong(em, reader, type, attributes);
            uniqueKeys.put(cacheKey, known);
        }
        return known;
    }

    private static Optional<List<String>> readUniqueKeyAmong(
            EntityManager em, MappingReader reader, Class<?> type, Collection<String> attributes) {
        TableMapping mapping = reader.mapping(em, type);
        Map<String, String> byColumn = new HashMap<>();
        for (MappedColumn column : mapping.columns()) {
            if (column.attribute() != null && attributes.contains(column.attribute())) {
                byColumn.put(column.plainName().toLowerCase(Locale.ROOT), column.attribute());
            }
        }
        try {
            Optional<Set<Set<String>>> keys = UniqueKeys.of(reader.connection(em), mapping.plainTable());
            return keys.orElse(Set.of()).stream()
                    .filter(byColumn.keySet()::containsAll)
                    .min(Comparator.comparingInt((Set<String> k) -> k.size())
                            .thenComparing(k -> new TreeSet<>(k).toString()))
                    .map(k -> k.stream().map(byColumn::get).sorted().toList());
        } catch (SQLException e) {
            throw new RepositoryException("cannot read the unique keys of table " + mapping.plainTable(), e);
        }
    }

    /**
     * A row {@link #insertIfAbsent} found or stored.
     *
     * @param entity the stored row, managed
     * @param inserted whether the call inserted it
     */
    public record Stored<T>(T entity, boolean inserted) {}

    private <T> List<T> execute(
            EntityManager em, Class<T> type, List<T> items, List<String> matchFields, boolean keepExisting) {
        if (items.isEmpty()) {
            return List.of();
        }
        MappingReader reader = MappingReader.of(em);
        if (!em.isJoinedToTransaction()) {
            throw new RepositoryException(
                    "ALCH-1322",
                    "upserts run inside a transaction; begin one (or use @Transactional) before calling upsertMany",
                    null);
        }
        TableMapping mapping = reader.mapping(em, type);
        List<String> match = matchFields.isEmpty() ? mapping.idAttributes() : List.copyOf(matchFields);
        List<MappedColumn> columns = mapping.columns();
        List<MappedColumn> matchColumns =
                match.stream().map(a -> column(mapping, a)).toList();
        em.flush();
        Connection connection = reader.connection(em);
        Database database = database(connection);
        boolean caseInsensitive = database.caseInsensitiveByDefault();
        validateUniqueKey(em, connection, type, mapping, matchColumns);

        Map<UpsertKey, @Nullable Object[]> rows = new LinkedHashMap<>();
        List<UpsertKey> itemKeys = new ArrayList<>(items.size());
        for (T item : items) {
            if (!em.contains(item)) {
                mapping.prepareNew(item);
            }
            UpsertKey key = keyOf(mapping, match, item, caseInsensitive);
            if (key.raw().contains(null)) {
                throw new RepositoryException(
                        "ALCH-1328",
                        "upsert of " + mapping.entityName() + " needs a value for every match field " + match
                                + "; an item has none (database-generated ids cannot be matched: pass"
                                + " matchFields naming a unique attribute)",
                        null);
            }
            itemKeys.add(key);
            rows.remove(key); // re-insert so the last duplicate wins
            rows.put(key, mapping.row(item));
        }
        List<UpsertKey> sorted = new ArrayList<>(rows.keySet());
        sorted.sort(null);
        List<Integer> included = includedColumns(mapping, columns, rows);
        UpsertPlan plan = plan(mapping, columns, included, matchColumns, keepExisting);
        int version = versionIndex(columns);
        Optional<List<String>> arrayTypes = database == Database.POSTGRESQL
                ? arrayTypes(em, connection, type, mapping, columns, included, rows.values(), version)
                : Optional.empty();
        // the columnar statement has one parameter per column; then the read-back's key list is the limit
        int perChunk = Math.max(
                1, BindLimits.maxParameters(database) / (arrayTypes.isPresent() ? match.size() : included.size()));

        Map<UpsertKey, T> stored = new HashMap<>();
        for (int from = 0; from < sorted.size(); from += perChunk) {
            List<UpsertKey> chunk = sorted.subList(from, Math.min(sorted.size(), from + perChunk));
            String sql = arrayTypes.isPresent()
                    ? UpsertSql.postgresColumns(plan, arrayTypes.get())
                    : UpsertSql.render(database, plan, chunk.size());
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (arrayTypes.isPresent()) {
                    bindColumns(connection, statement, included, chunk, rows, version);
                } else {
                    int parameter = 1;
                    for (UpsertKey key : chunk) {
                        @Nullable Object[] row = rows.get(key);
                        for (int column : included) {
                            Object value = column == version ? MappedColumn.INITIAL_VERSION : row[column];
                            mapping.bind(statement, parameter++, column, value);
                        }
                    }
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw UpsertErrors.translate(e, mapping.entityName(), chunk.size());
            }
            stored.putAll(Reread.rows(em, reader, mapping, type, match, chunk, caseInsensitive, keepExisting));
        }
        List<T> result = new ArrayList<>(items.size());
        for (UpsertKey key : itemKeys) {
            T entity = stored.get(key);
            if (entity == null) {
                throw new RepositoryException(
                        "ALCH-1329",
                        "an upserted " + mapping.entityName() + " row was not found again by " + match
                                + "; on MariaDB/MySQL another unique key than the match fields fired, so a"
                                + " different row was updated",
                        null);
            }
            result.add(entity);
        }
        return result;
    }

    // PostgreSQL: the columnar statement when every inserted column's type and every value have a text form
    private Optional<List<String>> arrayTypes(
            EntityManager em,
            Connection connection,
            Class<?> type,
            TableMapping mapping,
            List<MappedColumn> columns,
            List<Integer> included,
            Collection<@Nullable Object[]> rows,
            int version) {
        List<String> names =
                included.stream().map(i -> columns.get(i).plainName()).toList();
        List<Object> cacheKey = List.of(em.getEntityManagerFactory(), type, names);
        Optional<List<String>> types = columnTypes.get(cacheKey);
        if (types == null) {
            try {
                types = ColumnArrays.types(connection, mapping.plainTable(), names);
            } catch (SQLException e) {
                throw new RepositoryException("cannot read the column types of table " + mapping.plainTable(), e);
            }
            columnTypes.put(cacheKey, types);
        }
        if (types.isEmpty()) {
            return types;
        }
        for (int i = 0; i < included.size(); i++) {
            int column = included.get(i);
            if (column == version) {
                continue; // always MappedColumn.INITIAL_VERSION
            }
            String columnType = types.get().get(i);
            for (@Nullable Object[] row : rows) {
                if (!ColumnArrays.fits(columnType, row[column])) {
                    return Optional.empty();
                }
            }
        }
        return types;
    }

    private static void bindColumns(
            Connection connection,
            PreparedStatement statement,
            List<Integer> included,
            List<UpsertKey> chunk,
            Map<UpsertKey, @Nullable Object[]> rows,
            int version)
            throws SQLException {
        for (int i = 0; i < included.size(); i++) {
            int column = included.get(i);
            @Nullable String[] texts = new String[chunk.size()];
            for (int r = 0; r < texts.length; r++) {
                texts[r] = ColumnArrays.text(
                        column == version ? MappedColumn.INITIAL_VERSION : rows.get(chunk.get(r))[column]);
            }
            statement.setArray(i + 1, connection.createArrayOf("text", texts));
        }
    }

    static UpsertKey keyOf(TableMapping mapping, List<String> match, Object entity, boolean caseInsensitive) {
        @Nullable Object[] raw = new Object[match.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = mapping.attributeValue(entity, match.get(i));
        }
        return UpsertKey.of(raw, caseInsensitive);
    }

    private static MappedColumn column(TableMapping mapping, String attribute) {
        try {
            return mapping.columnOf(attribute);
        } catch (IllegalArgumentException e) {
            throw new RepositoryException(
                    "ALCH-1325",
                    "matchFields entry '" + attribute + "' is not a basic attribute of " + mapping.entityName()
                            + " stored in its table; use one of "
                            + mapping.columns().stream()
                                    .map(MappedColumn::attribute)
                                    .filter(a -> a != null)
                                    .toList(),
                    e);
        }
    }

    private static Database database(Connection connection) {
        try {
            return Database.fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new RepositoryException("cannot read the database product name", e);
        }
    }

    private void validateUniqueKey(
            EntityManager em, Connection connection, Class<?> type, TableMapping mapping, List<MappedColumn> match) {
        List<Object> cacheKey = List.of(em.getEntityManagerFactory(), type, match);
        if (validatedKeys.contains(cacheKey)) {
            return;
        }
        Set<String> wanted = new java.util.HashSet<>();
        match.forEach(c -> wanted.add(c.plainName().toLowerCase(java.util.Locale.ROOT)));
        try {
            var keys = UniqueKeys.of(connection, mapping.plainTable());
            if (keys.isPresent() && !keys.get().contains(wanted)) {
                throw new RepositoryException(
                        "ALCH-1326",
                        "matchFields "
                                + match.stream().map(MappedColumn::attribute).toList() + " of "
                                + mapping.entityName() + " are not exactly a primary or unique key of table "
                                + mapping.plainTable() + "; add a unique constraint on them (e.g."
                                + " @Column(unique = true)) or match on another key",
                        null);
            }
        } catch (SQLException e) {
            throw new RepositoryException("cannot read the unique keys of table " + mapping.plainTable(), e);
        }
        validatedKeys.add(cacheKey);
    }

    /** Column positions to insert: all, except database-generated ids when no row carries one. */
    private static List<Integer> includedColumns(
            TableMapping mapping, List<MappedColumn> columns, Map<UpsertKey, @Nullable Object[]> rows) {
        List<Integer> included = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == MappedColumn.Kind.ID && mapping.idGeneratedOnInsert()) {
                int position = i;
                long missing =
                        rows.values().stream().filter(r -> r[position] == null).count();
                if (missing == rows.size()) {
                    continue;
                }
                if (missing > 0) {
                    throw new RepositoryException(
                            "ALCH-1328",
                            "upsert of " + mapping.entityName() + " got items with and without database-generated"
                                    + " ids in one call; split them into two calls",
                            null);
                }
            }
            included.add(i);
        }
        return included;
    }

    private static UpsertPlan plan(
            TableMapping mapping,
            List<MappedColumn> columns,
            List<Integer> included,
            List<MappedColumn> match,
            boolean keepExisting) {
        List<String> insert = new ArrayList<>();
        List<String> update = new ArrayList<>();
        String version = "";
        for (int i : included) {
            MappedColumn column = columns.get(i);
            insert.add(column.sqlName());
            if (keepExisting) {
                continue; // nothing to overwrite: the statement assigns a key column to itself, which locks the row
            }
            if (column.kind() == MappedColumn.Kind.VERSION) {
                version = column.sqlName();
            } else if (!match.contains(column) && !UpsertPlan.keepsInsertedValue(column)) {
                update.add(column.sqlName());
            }
        }
        List<String> matchNames = match.stream().map(MappedColumn::sqlName).toList();
        return new UpsertPlan(mapping.sqlTable(), insert, matchNames, update, version);
    }

    private static int versionIndex(List<MappedColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == MappedColumn.Kind.VERSION) {
                return i;
            }
        }
        return -1;
    }
}
