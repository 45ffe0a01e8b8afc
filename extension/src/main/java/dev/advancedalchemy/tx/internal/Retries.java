package dev.advancedalchemy.tx.internal;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides whether a failed transaction may be re-run: a serialization failure or deadlock the database reported
 * (it rolled the transaction back), and the jittered pause before the next attempt.
 */
final class Retries {
    /** The marker the upsert engine gives a deadlock or serialization failure. */
    private static final String RETRYABLE_ID = "ALCH-1330";

    private static final int MARIADB_DEADLOCK = 1213;

    private Retries() {}

    /**
     * True if the cause chain of {@code failure} holds a {@link SQLException} with SQLSTATE {@code 40001}
     * (serialization failure; also MariaDB/MySQL deadlocks) or {@code 40P01} (PostgreSQL deadlock), vendor code 1213
     * (MariaDB deadlock), or an {@code ALCH-1330} exception.
     */
    static boolean retryable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState())
                            || "40P01".equals(sql.getSQLState())
                            || sql.getErrorCode() == MARIADB_DEADLOCK)) {
                return true;
            }
            if (t instanceof AdvancedAlchemyException a && RETRYABLE_ID.equals(a.messageId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pauses before attempt {@code attempt + 1}: a random time up to {@code initialMillis * 2^(attempt-1)} ("full
     * jitter"), so that the racing transactions do not collide again.
     *
     * @return false if the thread was interrupted (the interrupt flag is restored; do not retry)
     */
    static boolean pause(long initialMillis, int attempt) {
        if (initialMillis <= 0) {
            return true;
        }
        long cap = initialMillis << Math.min(attempt - 1, 16);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
