package dev.advancedalchemy.storage.spi;

import java.util.function.Consumer;

/**
 * Tells the file lifecycle when the transaction active on the calling thread ends, so replaced files are deleted
 * only after a commit and files written by a rolled-back transaction are removed.
 *
 * <p>Built in: JTA through {@code java:comp/TransactionSynchronizationRegistry}, and EclipseLink's own
 * RESOURCE_LOCAL transactions. A transaction manager without either (for example the RESOURCE_LOCAL
 * {@code @Transactional} interceptor of {@code alchemy-extension}) implements this interface and registers it with
 * {@link java.util.ServiceLoader} or {@code FileLifecycle.addRegistrar}.
 *
 * <pre>{@code
 * public boolean registerCompletion(Consumer<Boolean> onCompletion) {
 *     Tx tx = current();
 *     if (tx == null) return false;
 *     tx.afterCompletion(committed -> onCompletion.accept(committed));
 *     return true;
 * }
 * }</pre>
 */
public interface TransactionCompletionRegistrar {
    /**
     * Arranges for {@code onCompletion} to run once after the transaction active on this thread ends, with
     * {@code true} for a commit and {@code false} for a rollback. The callback must not throw into the caller.
     *
     * @return {@code false} if this registrar sees no active transaction (the next registrar is then asked)
     */
    boolean registerCompletion(Consumer<Boolean> onCompletion);
}
