package dev.advancedalchemy.files.internal;

import dev.advancedalchemy.storage.spi.TransactionCompletionRegistrar;
import dev.advancedalchemy.tx.TransactionHooks;
import java.util.function.Consumer;

/**
 * Tells the file lifecycle when the transaction of {@link TransactionHooks} ends (the extension's local
 * {@code @Transactional} transaction, or JTA through a {@code TransactionSynchronizationRegistry} bean); inactive
 * when no CDI container runs or no transaction is active. Asked before the storage module's JNDI-based JTA registrar.
 */
public final class HooksCompletionRegistrar implements TransactionCompletionRegistrar {
    /** The priority documented in {@link TransactionCompletionRegistrar}. */
    static final int PRIORITY = 100;

    @Override
    public boolean registerCompletion(Consumer<Boolean> onCompletion) {
        TransactionHooks hooks;
        try {
            hooks = TransactionHooks.current();
        } catch (IllegalStateException | LinkageError e) {
            return false; // no CDI container on this thread, or no CDI at all
        } catch (RuntimeException e) {
            return false; // a container without the extension's beans (UnsatisfiedResolutionException)
        }
        if (!hooks.isActive()) {
            return false;
        }
        hooks.afterCommit(() -> onCompletion.accept(true));
        hooks.afterRollback(() -> onCompletion.accept(false));
        return true;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
