package dev.advancedalchemy.tx.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The per-thread stack of local transactions: the top is the current one; a suspended transaction (REQUIRES_NEW,
 * NOT_SUPPORTED) stays below the one that replaced it.
 */
@ApplicationScoped
public class LocalTransactions {
    /** Marks "no transaction" pushed by NOT_SUPPORTED over a suspended one. */
    private static final Optional<LocalTransaction> NONE = Optional.empty();

    private final ThreadLocal<Deque<Optional<LocalTransaction>>> stack = ThreadLocal.withInitial(ArrayDeque::new);
    private @Nullable EntityManagerOpener opener;

    /** For proxies. */
    protected LocalTransactions() {}

    @Inject
    LocalTransactions(EntityManagerOpener opener) {
        this.opener = opener;
    }

    /** The active transaction of this thread, if any. */
    public Optional<LocalTransaction> current() {
        Optional<LocalTransaction> top = stack.get().peek();
        return top == null ? Optional.empty() : top;
    }

    /** True if this thread has no transaction, active or suspended: a transaction begun now is the outermost. */
    public boolean isIdle() {
        Deque<Optional<LocalTransaction>> deque = stack.get();
        if (deque.isEmpty()) {
            stack.remove();
            return true;
        }
        return false;
    }

    /** Begins a transaction on this thread, suspending the current one (if any) until {@link #end()}. */
    public LocalTransaction begin() {
        LocalTransaction tx = new LocalTransaction(opener);
        stack.get().push(Optional.of(tx));
        return tx;
    }

    /** Suspends the current transaction (if any) until {@link #end()}. */
    public void suspend() {
        stack.get().push(NONE);
    }

    /** Pops what {@link #begin()} or {@link #suspend()} pushed, resuming the transaction below. */
    public void end() {
        Deque<Optional<LocalTransaction>> deque = stack.get();
        deque.pop();
        if (deque.isEmpty()) {
            stack.remove();
        }
    }

    /**
     * Runs {@code work} in a new transaction that commits when it returns and rolls back when it throws.
     *
     * @throws RuntimeException what {@code work} or the commit threw
     */
    public <R> R inNewTransaction(Supplier<R> work) {
        LocalTransaction tx = begin();
        try {
            R result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                tx.rollback();
                throw e;
            }
            if (tx.isRollbackOnly()) {
                tx.rollback();
            } else {
                tx.commit();
            }
            return result;
        } finally {
            end();
        }
    }
}
