package dev.advancedalchemy.tx;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Runs code after the current transaction ends: after commit (for example deleting a replaced file) or after
 * rollback (deleting a file written by the failed transaction).
 *
 * <pre>{@code
 * @Inject TransactionHooks hooks;
 *
 * @Transactional
 * void replaceAvatar(User user, FileObject newAvatar) {
 *     FileObject old = user.avatar();
 *     user.setAvatar(newAvatar);
 *     hooks.afterCommit(() -> storage.delete(old));
 *     hooks.afterRollback(() -> storage.delete(newAvatar));
 * }
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The current transaction is the extension's (without JTA) or the JTA transaction (registered as an
 *       interposed synchronization with the {@code TransactionSynchronizationRegistry}).
 *   <li>Actions run once, in registration order, on the thread that ended the transaction. An action that throws
 *       is logged and does not stop the others nor change the outcome of the transaction.
 *   <li>Without an active transaction, {@link #afterCommit} runs the action at once (there is nothing left to
 *       commit) and {@link #afterRollback} drops it.
 * </ul>
 */
public interface TransactionHooks {
    /** True when a transaction is active on this thread. */
    boolean isActive();

    /** Runs {@code action} after the current transaction commits (at once when none is active). */
    void afterCommit(Runnable action);

    /** Runs {@code action} after the current transaction rolls back (dropped when none is active). */
    void afterRollback(Runnable action);

    /**
     * The hooks bean of the running CDI container, for code that cannot inject (JPA entity listeners, converters).
     *
     * @throws IllegalStateException if no CDI container is running
     */
    static TransactionHooks current() {
        return CDI.current().select(TransactionHooks.class).get();
    }
}
