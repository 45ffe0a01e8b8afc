package dev.advancedalchemy.repository.internal.upsert;

import dev.advancedalchemy.exceptions.RepositoryException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Sorts a failed upsert statement into "retry the transaction" (deadlock, serialization failure) and everything
 * else, which is left to the repository's error translation (constraint kind and name, message overrides).
 */
final class UpsertErrors {
    /** Message id of a deadlock or serialization failure: the transaction was rolled back and may be retried. */
    static final String RETRYABLE = "ALCH-1330";

    private static final Set<Integer> MARIADB_RETRYABLE = Set.of(1213, 1205);

    private UpsertErrors() {}

    static RuntimeException translate(SQLException e, String entity, int rows) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String what = "upsert of " + rows + " " + entity + " row(s)";
        if (state.equals("40001") || state.equals("40P01") || MARIADB_RETRYABLE.contains(e.getErrorCode())) {
            return new RepositoryException(
                    RETRYABLE,
                    what + " lost a deadlock or serialization conflict (SQLSTATE " + state
                            + "); the transaction was rolled back: retry it",
                    e);
        }
        // Constraint violations and the rest: ErrorTranslator classifies them by SQLSTATE / vendor code
        // and reports the constraint name, exactly as for every other write.
        return new PersistenceException(what + " failed (SQLSTATE " + state + ")", e);
    }
}
