package dev.advancedalchemy.repository.internal.upsert;

import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.exceptions.ForeignKeyException;
import dev.advancedalchemy.exceptions.IntegrityException;
import dev.advancedalchemy.exceptions.RepositoryException;
import java.sql.SQLException;
import java.util.Set;

/** Maps a failed upsert statement to our exceptions by SQLSTATE and vendor code, never by message text. */
final class UpsertErrors {
    /** Message id of a deadlock or serialization failure: the transaction was rolled back and may be retried. */
    static final String RETRYABLE = "ALCH-1330";

    private static final Set<Integer> MARIADB_RETRYABLE = Set.of(1213, 1205);

    private UpsertErrors() {}

    static RepositoryException translate(SQLException e, String entity, int rows) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int vendor = e.getErrorCode();
        String what = "upsert of " + rows + " " + entity + " row(s)";
        if (state.equals("40001") || state.equals("40P01") || MARIADB_RETRYABLE.contains(vendor)) {
            return new RepositoryException(
                    RETRYABLE,
                    what + " lost a deadlock or serialization conflict (SQLSTATE " + state
                            + "); the transaction was rolled back: retry it",
                    e);
        }
        if (state.equals("23505") || vendor == 1062) {
            return new DuplicateKeyException(
                    what + " hit a unique key other than its conflict target (SQLSTATE " + state
                            + "); check matchFields",
                    null,
                    e);
        }
        if (state.equals("23503") || vendor == 1452 || vendor == 1451) {
            return new ForeignKeyException(what + " references a missing row (SQLSTATE " + state + ")", null, e);
        }
        if (state.startsWith("23")) {
            return new IntegrityException(what + " violates a constraint (SQLSTATE " + state + ")", null, e);
        }
        return new RepositoryException("ALCH-1331", what + " failed (SQLSTATE " + state + ")", e);
    }
}
