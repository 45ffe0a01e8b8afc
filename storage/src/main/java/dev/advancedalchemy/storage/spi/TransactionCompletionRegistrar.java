package dev.advancedalchemy.storage.spi;

import java.util.function.Consumer;

/**
 * Tells the file lifecycle when the transaction active on the calling thread ends, so replaced files are deleted
 * only after a commit and files written by a rolled-back transaction are removed.
 *
 * <p>Which source of transaction ends is used (fixed, in this order):
 *
 * <ol>
 *   <li>A RESOURCE_LOCAL entity manager: its provider's own transaction events (EclipseLink session events,
 *       Hibernate's transaction-completion callbacks; Hibernate uses them under JTA too). They are exact for the
 *       entity manager that flushed: when one {@code @Transactional} method spans two units, each unit's files
 *       follow that unit's commit, so a second unit that fails to commit cannot make the first unit's committed
 *       rows lose their files. Registrars are not asked.
 *   <li>An EclipseLink entity manager under JTA: the registrars, asked one after another until one returns
 *       {@code true}: first those added with {@code FileLifecycle.addRegistrar} (the last added first), then those
 *       found with {@link java.util.ServiceLoader} by descending {@link #priority()} (ties by class name), then the
 *       built-in one over {@code java:comp/TransactionSynchronizationRegistry}. {@code alchemy-extension} provides
 *       one (priority {@code 100}) over its {@code TransactionHooks}: the extension's local transaction when one is
 *       active, else the JTA transaction of a {@code TransactionSynchronizationRegistry} CDI bean (platforms without
 *       JNDI).
 * </ol>
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

    /**
     * Where a registrar found with {@link java.util.ServiceLoader} is asked: higher first; {@code 0} by default.
     * The built-in JTA registrar is always asked last.
     */
    default int priority() {
        return 0;
    }
}
