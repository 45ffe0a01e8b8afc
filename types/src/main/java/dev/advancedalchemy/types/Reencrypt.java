package dev.advancedalchemy.types;

import dev.advancedalchemy.exceptions.ConversionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Re-encrypts every value of one encrypted column with the first key of a {@link FernetKeyRing}, after a key
 * rotation, in batches that each commit on their own (a rerun after a failure continues where it stopped, because
 * values already made with the first key are skipped).
 *
 * <pre>{@code
 * // 1. configure alchemy.encryption.keys=<new key>,<old key> and deploy: new writes use the new key
 * // 2. re-encrypt the existing rows (any time, while the application runs)
 * FernetKeyRing ring = FernetKeyRing.ofKeyStrings(List.of(newKey, oldKey));
 * try (Connection c = dataSource.getConnection()) {
 *     Reencrypt.Result r = Reencrypt.column("patient", "id", "ssn").batchSize(500).run(c, ring);
 * }
 * // 3. when every encrypted column reports 0 left over, drop <old key> from the configuration
 * }</pre>
 *
 * <p>Rules: it works on the table directly over JDBC (no entity is loaded, so JPA dirty checking, which would see
 * an unchanged plaintext and skip the update, is not involved). Rows are read in primary-key order with
 * {@code SELECT … FOR UPDATE}, so a row the application changes at the same time is not overwritten with its old
 * value. {@code null} values are left alone. Table and column names must be plain SQL identifiers (optionally
 * schema-qualified). The connection's auto-commit setting is restored afterwards.
 */
public final class Reencrypt {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?");

    private final String table;
    private final String idColumn;
    private final String column;
    private final int batchSize;

    private Reencrypt(String table, String idColumn, String column, int batchSize) {
        this.table = identifier(table, "table");
        this.idColumn = identifier(idColumn, "id column");
        this.column = identifier(column, "column");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * Targets one encrypted column.
     *
     * @param table the table, for example {@code "patient"} or {@code "app.patient"}
     * @param idColumn a unique, non-null, orderable column (the primary key)
     * @param column the column holding Fernet tokens
     * @throws IllegalArgumentException if a name is not a plain SQL identifier
     */
    public static Reencrypt column(String table, String idColumn, String column) {
        return new Reencrypt(table, idColumn, column, 500);
    }

    /** Sets the number of rows read, re-encrypted and committed together (default 500). */
    public Reencrypt batchSize(int rows) {
        return new Reencrypt(table, idColumn, column, rows);
    }

    /** What a run did: rows read, values rewritten with the first key, and {@code null} values skipped. */
    public record Result(long scanned, long reencrypted, long nulls) {}

    /**
     * Rewrites every token of the column that was not made with the first key of {@code ring}.
     *
     * @throws ConversionException {@value Fernet#INVALID_TOKEN} if a value cannot be decrypted with any key of the
     *     ring (the message names the table, column and row id; the batch is rolled back)
     * @throws SQLException if the database fails (the current batch is rolled back)
     */
    public Result run(Connection connection, FernetKeyRing ring) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long scanned = 0;
            long rewritten = 0;
            long nulls = 0;
            Object lastId = null;
            while (true) {
                List<Object[]> rows = readBatch(connection, lastId);
                List<Object[]> updates = new ArrayList<>();
                for (Object[] row : rows) {
                    String token = (String) row[1];
                    if (token == null) {
                        nulls++;
                    } else if (!primary(ring, token, row[0])) {
                        updates.add(new Object[] {rotate(ring, token, row[0]), row[0]});
                    }
                }
                write(connection, updates);
                connection.commit();
                scanned += rows.size();
                rewritten += updates.size();
                if (rows.size() < batchSize) {
                    return new Result(scanned, rewritten, nulls);
                }
                lastId = rows.get(rows.size() - 1)[0];
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private List<Object[]> readBatch(Connection connection, @Nullable Object lastId) throws SQLException {
        String sql = "SELECT " + idColumn + ", " + column + " FROM " + table
                + (lastId == null ? "" : " WHERE " + idColumn + " > ?") + " ORDER BY " + idColumn
                + " FETCH FIRST " + batchSize + " ROWS ONLY FOR UPDATE";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (lastId != null) {
                select.setObject(1, lastId);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getObject(1), rs.getString(2)});
                }
            }
            return rows;
        }
    }

    private void write(Connection connection, List<Object[]> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + table + " SET " + column + " = ? WHERE " + idColumn + " = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Object[] u : updates) {
                update.setString(1, (String) u[0]);
                update.setObject(2, u[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private boolean primary(FernetKeyRing ring, String token, Object id) {
        try {
            return ring.isPrimary(token);
        } catch (ConversionException e) {
            throw undecryptable(e, id);
        }
    }

    private String rotate(FernetKeyRing ring, String token, Object id) {
        try {
            return ring.encrypt(ring.decrypt(token));
        } catch (ConversionException e) {
            throw undecryptable(e, id);
        }
    }

    private ConversionException undecryptable(ConversionException e, Object id) {
        return new ConversionException(
                Fernet.INVALID_TOKEN,
                "cannot re-encrypt " + table + "." + column + " where " + idColumn + " = " + id + ": " + e.detail()
                        + "; add the key that wrote it to the ring",
                null);
    }

    private static String identifier(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    what + " must be a plain SQL identifier such as patient or app.patient, got '" + name + "'");
        }
        return name;
    }
}
